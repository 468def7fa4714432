import { expect, test } from '@playwright/test';
import { readPlacesFromDisk } from '../../src/lib/places-on-disk';
import { axeViolations, stubTileServer, tileOrigin } from './support';

const places = readPlacesFromDisk();
const mapped = [...places].filter(([, place]) => place.position && place.address && place.kind !== 'complaint-body');

test('the map fetches nothing, not even Leaflet, until the reader asks; then it draws every pin with tiles sent a referrer', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const tileReferrers = await stubTileServer(page);

  await page.goto('/da/krisecentre/');
  const consent = page.locator('[data-map-consent]');
  await expect(consent).toHaveText('Vis kort – det henter kortbilleder fra OpenStreetMap');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
  expect(requests.filter((url) => /leaflet/i.test(url))).toEqual([]);

  await consent.click();
  const pins = page.locator('.leaflet-marker-icon');
  await expect(pins).toHaveCount(mapped.length);
  await expect(page.getByRole('region', { name: 'Kort over krisecentre og kontorer' })).toBeVisible();
  await expect.poll(() => tileReferrers.length).toBeGreaterThan(0);
  // OpenStreetMap refuses tiles without a referrer; the rest of the site sends none.
  expect(new Set(tileReferrers)).toEqual(new Set([`${baseURL}/`]));
  expect(requests.filter((url) => !url.startsWith(baseURL!) && !url.startsWith(tileOrigin))).toEqual([]);

  // A pin opens from the keyboard, with the name, address, phone and directions from the street address.
  const egmont = places.get('egmontgaarden')!;
  const egmontPin = pins.and(page.locator('[title="Egmontgården"]'));
  await egmontPin.focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('.leaflet-popup');
  // The popup takes the focus, and Escape gives it back to the pin.
  await expect(popup.locator('.map-popup a').first()).toBeFocused();
  await expect(popup.locator('.leaflet-popup-close-button')).toHaveAttribute('aria-label', 'Luk');
  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(egmontPin).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(popup).toContainText('Egmontgården');
  await expect(popup).toContainText(`${egmont.address!.street}, ${egmont.address!.postalCode} ${egmont.address!.city}`);
  await expect(popup.locator(`a[href="tel:${egmont.phone!.dial}"]`)).toBeVisible();
  const directions = await popup.getByRole('link', { name: 'Rutevejledning i din kort-app' }).getAttribute('href');
  expect(decodeURIComponent(directions!)).toContain(`${egmont.address!.street}, ${egmont.address!.postalCode} ${egmont.address!.city}`);
  expect(directions).not.toContain(String(egmont.position!.lat));

  // Each place also has a button of full size, as the city's pins lie close together at first.
  await page.locator('.map-places').getByRole('button', { name: 'Garvergården' }).click();
  const garver = page.locator('.leaflet-popup', { hasText: 'Garvergården' });
  await expect(garver).toBeVisible();
  await expect(garver.locator('.map-popup a').first()).toBeFocused();

  expect(await axeViolations(page, 'centres-map')).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no map section with a button that would do nothing; the list of addresses is the page', async ({ page }) => {
    await page.goto('/da/krisecentre/');
    await expect(page.locator('centres-map')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Kort' })).toHaveCount(0);
    await expect(page.locator('[data-place-card="egmontgaarden"]')).toContainText('Svendborggade 1, 1. sal');
  });
});
