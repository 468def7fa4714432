import { localeFor, type Lang } from '../config/locales';
import { isolateLtr } from './template';

/**
 * A range of numbers: years ("2023-2024"), hours ("10-15", "10:00–15:00"), § ranges ("§§ 107-110"),
 * dates ("2026-11-29"). In Arabic-script text the bidirectional algorithm reads the digits as Arabic
 * numbers and lays the parts out right to left, so "2023-2024" shows as "2024-2023". Such a range is
 * kept whole and left-to-right: with `<bdi dir="ltr">` in markup, with Unicode isolates in plain text.
 *
 * Digits of any script count (`\p{Nd}`); a number may have parts joined by "." or ":" ("10.00").
 */
const number = String.raw`\p{Nd}+(?:[.:]\p{Nd}+)*`;
const dash = String.raw`\s?[-–—]\s?`;
export const numberRange = new RegExp(String.raw`(?:§§?\s?)?${number}(?:${dash}${number})+`, 'gu');

/** Whether a text holds a range of numbers anywhere. */
export function hasNumberRange(text: string): boolean {
  return new RegExp(numberRange.source, 'u').test(text);
}

/**
 * Plain text with every range of numbers kept left-to-right by Unicode isolates (for titles,
 * descriptions, attributes). A range already isolated is left as it is, so the function can be applied
 * twice.
 */
export function isolateRanges(text: string): string {
  return text.replace(numberRange, (range: string, at: number) => (text[at - 1] === '\u2066' ? range : isolateLtr(range)));
}

/**
 * Text for a place no markup can reach (the page's title, a meta description, an attribute, an
 * opening-hours line): on a right-to-left page its ranges of numbers are kept left-to-right with Unicode
 * isolates. Danish terms there cannot be marked.
 */
export function plainTextFor(text: string, lang: Lang): string {
  return localeFor(lang).dir === 'rtl' ? isolateRanges(text) : text;
}
