import { buildYear } from '../config/build-time';
import type { Lang } from '../config/locales';
import { useTranslations } from '../i18n';
import type { Place } from '../schemas/place';
import { describeHours } from './hours/describe';
import { hoursForBrowser } from './hours/holidays';
import { escapeHtml } from './html';

/** A street address on one line, "Enghavevej 32C, 1674 København V", as a map popup or the help card gives it. */
export function addressInOneLine(address: NonNullable<Place['address']>): string {
  return `${address.street}, ${address.postalCode} ${address.city}`;
}

const hoursCache = new Map<string, ReturnType<typeof hoursForBrowser>>();

/**
 * The hours the browser needs, with the closed days from last year (a phone whose clock is behind, a build
 * just after New Year) to the year after next: a build at least every other year keeps "open now" right;
 * beyond that the page stops claiming and points to the hours.
 */
function hoursNowData(id: string, hours: NonNullable<Place['hours']>) {
  let data = hoursCache.get(id);
  if (!data) {
    const year = buildYear();
    data = hoursForBrowser(hours, year - 1, year + 2);
    hoursCache.set(id, data);
  }
  return data;
}

/**
 * A place's address, phone, e-mail and hours as HTML. It is the one rendering of these facts: the place
 * cards use it, and so do the contact blocks inside the standard, so a number is never written twice.
 * Numbers and e-mail addresses are isolated left-to-right so they read and dial correctly inside
 * right-to-left text.
 */
export function placeDetailsHtml(id: string, place: Place, lang: Lang, options: { withAccess?: boolean } = {}): string {
  const t = useTranslations(lang);
  const rows: string[] = [];
  const row = (label: string, value: string) => `<div><dt>${escapeHtml(label)}</dt><dd>${value}</dd></div>`;

  if (place.address) {
    const { street, postalCode, city } = place.address;
    // A Danish address, kept whole and left-to-right inside right-to-left text ("1. sal" must not be reordered).
    rows.push(
      row(
        t('places.address'),
        `<bdi lang="da" dir="ltr">${escapeHtml(street)}</bdi><br><bdi lang="da" dir="ltr">${escapeHtml(postalCode)} ${escapeHtml(city)}</bdi>`,
      ),
    );
  }
  if (place.phone) {
    const { dial, display } = place.phone;
    rows.push(row(t('places.phone'), `<a class="tel-link" href="tel:${escapeHtml(dial)}"><bdi dir="ltr">${escapeHtml(display)}</bdi></a>`));
  }
  if (place.email) {
    const email = escapeHtml(place.email);
    rows.push(row(t('places.email'), `<a href="mailto:${email}"><bdi dir="ltr">${email}</bdi></a>`));
  }
  if (place.hours) {
    const lines = describeHours(place.hours, lang, t).map((line) => `<li>${escapeHtml(line)}</li>`);
    // Filled in on the reader's phone ("Open now · closes 15:00"); hidden without JavaScript.
    const now = `<p class="hours-now" data-hours-for="${escapeHtml(id)}" data-hours="${escapeHtml(JSON.stringify(hoursNowData(id, place.hours)))}" hidden></p>`;
    rows.push(row(t('places.hours'), `${now}<ul>${lines.join('')}</ul>`));
  }
  if (options.withAccess && place.access) {
    const notes = [place.access.lift && t('places.lift'), !place.access.wheelchairAccessibleRooms && t('places.notWheelchair')];
    rows.push(row(t('places.access'), escapeHtml(notes.filter(Boolean).join('. ') + '.')));
  }
  return `<dl class="place-details">${rows.join('')}</dl>`;
}
