import type { Place } from '../schemas/place';
import { weekdays } from '../schemas/hours';

const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const day = (weekday: (typeof weekdays)[number]) => `https://schema.org/${dayNames[weekdays.indexOf(weekday)]}`;

/**
 * schema.org data for one place, so that search engines and phone assistants give the same number,
 * address and hours as the page: a crisis centre is an EmergencyService, any other place a
 * GovernmentOffice. Hours are Copenhagen local time, as schema.org expects local times.
 */
export function placeStructuredData(place: Place, url: string): Record<string, unknown> {
  const hours = place.hours;
  const openingHoursSpecification =
    hours === undefined
      ? undefined
      : hours.type === 'weekly'
        ? hours.rules.map((rule) => ({ '@type': 'OpeningHoursSpecification', dayOfWeek: rule.days.map(day), opens: rule.opens, closes: rule.closes }))
        : [{ '@type': 'OpeningHoursSpecification', dayOfWeek: weekdays.map(day), opens: '00:00', closes: '23:59' }];
  return {
    '@context': 'https://schema.org',
    '@type': place.kind === 'crisis-centre' ? 'EmergencyService' : 'GovernmentOffice',
    '@id': url,
    name: place.name,
    url,
    ...(place.phone ? { telephone: place.phone.dial } : {}),
    ...(place.email ? { email: place.email } : {}),
    ...(place.address
      ? {
          address: {
            '@type': 'PostalAddress',
            streetAddress: place.address.street,
            postalCode: place.address.postalCode,
            addressLocality: place.address.city,
            addressCountry: 'DK',
          },
        }
      : {}),
    ...(openingHoursSpecification ? { openingHoursSpecification } : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the element. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
