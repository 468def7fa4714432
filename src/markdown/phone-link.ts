import { escapeHtml } from '../lib/html';
import type { Phone } from '../schemas/phone';
import type { Place } from '../schemas/place';

/**
 * A phone number inside running text, printed from the data: `:phone{helpline="lev-uden-vold"}` (112,
 * 1888, 114 from content/helplines.json) or `:phone{place="den-sociale-doegnvagt"}` (a place's number).
 * No number is typed into the text, so a changed number changes everywhere. It is a link that dials, kept
 * left-to-right inside right-to-left text.
 */
export function phoneLinkHtml(
  attributes: Readonly<Record<string, string | null | undefined>>,
  places: ReadonlyMap<string, Place>,
  helplines: ReadonlyMap<string, Phone>,
): string {
  const { helpline, place } = attributes;
  let phone: Phone | undefined;
  if (helpline && !place) {
    phone = helplines.get(helpline);
    if (!phone)
      throw new Error(`:phone helpline "${helpline}" is not in content/helplines.json (known: ${[...helplines.keys()].join(', ')})`);
  } else if (place && !helpline) {
    phone = places.get(place)?.phone;
    if (!phone) throw new Error(`:phone place "${place}" is not a place with a phone in content/places/`);
  } else {
    throw new Error(':phone needs either helpline="<id>" or place="<id>"');
  }
  return `<a class="phone-link" href="tel:${escapeHtml(phone.dial)}"><bdi dir="ltr">${escapeHtml(phone.display)}</bdi></a>`;
}
