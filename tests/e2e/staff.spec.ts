import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { inviteLink, nodeScriptOrThrow } from '../helpers/service-process';
import { staffE2e } from './staff-setup';
import { axeViolations, setHidden, sidewaysScroll } from './support';

/*
 * The staff service in Chromium, as a night shift uses it: a link from the staff command, a passkey made
 * with the phone's (virtual) authenticator, reports with one tap, and the public page following at its
 * next poll. The service runs on the machine's clock, and so does every page here.
 */

test.use({ viewport: { width: 360, height: 740 } });

const { origin } = staffE2e;
/** The environment of the staff service's own commands on the server. */
const serverEnv = { ...process.env, ...staffE2e.env };

/** `npm run staff -- invite …` on the server: the enrolment link it prints. */
const invite = async (...args: string[]) => inviteLink(await nodeScriptOrThrow('scripts/staff.ts', serverEnv, 'invite', ...args));

/** The phone's own passkey store: Chromium's virtual authenticator, verifying the user (fingerprint, face, code). */
async function phoneFor(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

async function enrol(context: BrowserContext, page: Page, centre: string, name: string) {
  const phone = await phoneFor(context, page);
  await page.goto(await invite(centre, '--name', name));
  await page.locator('[data-enrol]').click();
  await page.waitForURL(`${origin}/personale/`);
  return phone;
}

const feed = async (page: Page) =>
  (await (await page.request.get(`${origin}/availability.json`)).json()) as {
    centers: { id: string; available: number; updated: string }[];
  };

test('a night shift makes a passkey from the link, reports with one tap, and the public page shows it at its next poll', async ({
  browser,
}) => {
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await staff.clock.install();
  const phone = await phoneFor(staffContext, staff);
  await staff.goto(await invite('garvergaarden', '--name', 'Nattevagt'));
  await expect(staff.locator('[data-enrol-intro]')).toHaveText(
    /^Hej Nattevagt\. Du er inviteret til at melde ledige pladser for Garvergården\./,
  );
  await staff.locator('[data-enrol]').click();
  await staff.waitForURL(`${origin}/personale/`);
  expect((await phone.cdp.send('WebAuthn.getCredentials', { authenticatorId: phone.authenticatorId })).credentials).toHaveLength(1);

  const centre = staff.locator('[data-staff-centre="garvergaarden"]');
  await expect(staff.locator('[data-staff-centre]')).toHaveCount(1);
  await centre.locator('input[name="available"]').fill('3');
  await centre.locator('form[data-action="set"] button').click();
  await expect(centre.locator('[data-staff-count]')).toHaveText('3');

  // A reader, on another phone, with the centres page open.
  const reader = await (await browser.newContext()).newPage();
  await reader.clock.install();
  await reader.goto(`${origin}/da/krisecentre/`);
  const shown = reader.locator('[data-availability-for="garvergaarden"]');
  await expect(shown).toHaveAttribute('data-free-places', '3');

  // +1 without a reload: the count, a message, and focus back on the button for the next tap.
  const urlBefore = staff.url();
  await centre.locator('[data-action="plus"]').click();
  await expect(centre.locator('[data-staff-count]')).toHaveText('4');
  await expect(staff.locator('[data-staff-centre="garvergaarden"] [data-centre-message]')).toHaveText(
    'Gemt: Garvergården har nu 4 ledige pladser.',
  );
  await expect(staff.locator('[data-staff-centre="garvergaarden"] [data-action="plus"]')).toBeFocused();
  expect(staff.url()).toBe(urlBefore);

  await reader.clock.fastForward(66_000);
  await expect(shown).toHaveAttribute('data-free-places', '4');
  await expect(reader.locator('.availability [role="status"]')).toHaveText('Garvergården: 4 ledige pladser.');

  // "Unchanged" stamps the count again without changing it: the usual night report.
  const before = (await feed(staff)).centers.find((entry) => entry.id === 'garvergaarden')!;
  await expect.poll(() => Date.now()).toBeGreaterThan(Date.parse(before.updated) + 1_000);
  await staff.locator('[data-staff-centre="garvergaarden"] [data-action="confirm"]').click();
  await expect(staff.locator('[data-staff-centre="garvergaarden"] [data-centre-message]')).toHaveText(
    'Gemt: Garvergården har stadig 4 ledige pladser. Tiden er opdateret.',
  );
  const after = (await feed(staff)).centers.find((entry) => entry.id === 'garvergaarden')!;
  expect(after.available).toBe(4);
  expect(Date.parse(after.updated)).toBeGreaterThan(Date.parse(before.updated));

  // A replay of her own request for another centre, with her cookie, is refused and changes nothing.
  const replay = await staff.request.post(`${origin}/personale/meld/`, {
    headers: { origin, accept: 'application/json' },
    form: { centre: 'klostermosegaard', action: 'set', available: '9', version: '' },
  });
  expect(replay.status()).toBe(403);
  expect((await feed(staff)).centers.some((entry) => entry.id === 'klostermosegaard')).toBe(false);
  // Nor does the reader's phone hold anything of the service's.
  expect(await reader.context().cookies()).toEqual([]);

  // Back at the phone after a call: a colleague's change (here from the server's command line) is there.
  await nodeScriptOrThrow('scripts/availability.ts', serverEnv, 'set', 'garvergaarden', '2');
  await setHidden(staff, true);
  await staff.clock.fastForward(61_000);
  await setHidden(staff, false);
  await expect(staff.locator('[data-staff-centre="garvergaarden"] [data-staff-count]')).toHaveText('2');
  await expect(staff.locator('[data-staff-centre="garvergaarden"]')).toContainText('fra serveren');
});

test('a phone that does not verify the person signs nobody in, and says so', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const phone = await enrol(context, page, 'klostermosegaard', 'Dagvagt');
  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page).toHaveURL(`${origin}/personale/log-ind/?ud=1`);
  await expect(page.getByText('Du er logget ud.')).toBeVisible();

  await phone.cdp.send('WebAuthn.setUserVerified', { authenticatorId: phone.authenticatorId, isUserVerified: false });
  await page.locator('[data-sign-in]').click();
  await expect(page.locator('[data-staff-status]')).toHaveText(
    'Du blev ikke logget ind: telefonen bekræftede ikke, at det var dig. Prøv igen.',
  );
  expect((await page.request.get(`${origin}/personale/`, { maxRedirects: 0 })).status()).toBe(303);

  // Verified, the passkey alone signs her in: no name to type.
  await phone.cdp.send('WebAuthn.setUserVerified', { authenticatorId: phone.authenticatorId, isUserVerified: true });
  await page.locator('[data-sign-in]').click();
  await page.waitForURL(`${origin}/personale/`);
  await expect(page.locator('[data-staff-centre="klostermosegaard"]')).toBeVisible();
});

test('without JavaScript every report works as a plain form, and the sign-in page says why it needs it', async ({ browser }) => {
  const withScript = await browser.newContext();
  await enrol(withScript, await withScript.newPage(), 'den-aabne-doer', 'Uden script');
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await withScript.storageState() });
  const page = await context.newPage();
  await page.goto(`${origin}/personale/`);
  const centre = page.locator('[data-staff-centre="den-aabne-doer"]');
  await centre.locator('input[name="available"]').fill('2');
  await centre.locator('input[name="note"]').fill('Kun uden børn i nat');
  await centre.locator('form[data-action="set"] button').click();
  await expect(page.locator('[data-staff-centre="den-aabne-doer"] [data-staff-count]')).toHaveText('2');
  await expect(page.locator('[data-staff-centre="den-aabne-doer"] [data-centre-message]')).toHaveText(
    'Gemt: Den Åbne Dør har nu 2 ledige pladser.',
  );
  await page.locator('[data-staff-centre="den-aabne-doer"] [data-action="minus"]').click();
  await expect(page.locator('[data-staff-centre="den-aabne-doer"] [data-staff-count]')).toHaveText('1');
  await page.locator('[data-staff-centre="den-aabne-doer"] [data-action="full"]').click();
  await expect(page.locator('[data-staff-centre="den-aabne-doer"] [data-centre-message]')).toHaveText('Gemt: Den Åbne Dør er fuldt.');
  await page.locator('[data-staff-centre="den-aabne-doer"] [data-action="minus"]').click();
  await expect(page.locator('[data-staff-centre="den-aabne-doer"] [data-centre-message]')).toHaveText(
    'Ikke gemt: tallet er allerede 0 (fuldt).',
  );

  const signIn = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn.goto(`${origin}/personale/log-ind/`);
  await expect(signIn.getByText('Adgangsnøglen ligger i telefonen, og browseren skal have JavaScript slået til')).toBeVisible();
  await expect(signIn.locator('[data-sign-in]')).toBeHidden();
  // With JavaScript, that line goes and the button comes.
  const withIt = await (await browser.newContext()).newPage();
  await withIt.goto(`${origin}/personale/log-ind/`);
  await expect(withIt.locator('[data-sign-in]')).toBeVisible();
  await expect(withIt.getByText('Adgangsnøglen ligger i telefonen')).toBeHidden();
});

test('the staff pages pass axe and fit a 320 px phone, in Danish and English', async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await enrol(context, page, '--admin', 'Admin');
  for (const path of ['/personale/', '/personale/?lang=en', '/personale/admin/', '/personale/log-ind/?lang=en', '/personale/tilmeld/']) {
    await page.goto(`${origin}${path}`);
    expect(await axeViolations(page), path).toEqual([]);
    expect(await sidewaysScroll(page), path).toBeLessThanOrEqual(0);
  }
  // The buttons a thumb presses are large.
  await page.goto(`${origin}/personale/`);
  for (const button of await page.locator('[data-staff-centre] button').all()) {
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
});
