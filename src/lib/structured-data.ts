import { buildYear } from '../config/build-time';
import type { Place } from '../schemas/place';
import { weekdays, type Weekday } from '../config/weekdays';
import { closedDates } from './hours/holidays';
import type { Faq } from './faq';

/** schema.org's days of the week (https://schema.org/DayOfWeek): fixed English names, whatever the page's language. */
const schemaDays: Readonly<Record<Weekday, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const day = (weekday: Weekday) => `https://schema.org/${schemaDays[weekday]}`;

/**
 * schema.org data for one place, so that search engines and phone assistants give the same number,
 * address and hours as the page: a crisis centre is an EmergencyService, any other place a
 * GovernmentOffice. Hours are Copenhagen local time, as schema.org expects local times.
 */
export function placeStructuredData(place: Place, url: string, id: string, year = buildYear()): Record<string, unknown> {
  const hours = place.hours;
  // Whole days closed (public holidays, Christmas), so that a search engine does not show them as open.
  const closed = hours?.type === 'weekly' ? closedDates(hours, year, year + 1) : [];
  const specialOpeningHoursSpecification = closed.map((date) => ({
    '@type': 'OpeningHoursSpecification',
    opens: '00:00',
    closes: '00:00',
    validFrom: date,
    validThrough: date,
  }));
  const openingHoursSpecification =
    hours === undefined
      ? undefined
      : hours.type === 'weekly'
        ? hours.rules.map((rule) => ({
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: rule.days.map(day),
            opens: rule.opens,
            closes: rule.closes,
          }))
        : [{ '@type': 'OpeningHoursSpecification', dayOfWeek: weekdays.map(day), opens: '00:00', closes: '23:59' }];
  return {
    '@context': 'https://schema.org',
    '@type': place.kind === 'crisis-centre' ? 'EmergencyService' : 'GovernmentOffice',
    '@id': id,
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
    ...(specialOpeningHoursSpecification.length ? { specialOpeningHoursSpecification } : {}),
  };
}

/**
 * schema.org data for the questions-and-answers page: a FAQPage whose answers carry the sentence that
 * says where the standard says it, and cite those headings by their full address. The text is the
 * page's own, as plain text, so a search engine shows exactly what the page says.
 */
export function faqStructuredData(faq: Faq, page: { url: string; name: string; lang: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: page.url,
    name: page.name,
    inLanguage: page.lang,
    mainEntity: faq.entries.map((entry) => ({
      '@type': 'Question',
      url: `${page.url}#${entry.id}`,
      name: entry.question,
      acceptedAnswer: {
        '@type': 'Answer',
        // One paragraph a line in the page; one text here.
        text: `${entry.answer} ${entry.source}`.replace(/\n/g, ' '),
        citation: entry.sourceLinks.map((href) => new URL(href, page.url).href),
      },
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the element. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
