/** The numbers in a text, written with any digits (Arabic-Indic and Persian ones read as 0–9). */
export function numbersIn(text: string): Set<string> {
  // Both blocks start at a code point ending in 0 (U+0660, U+06F0), so the last hex digit is the digit.
  const western = text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
  return new Set(western.match(/\d+/g) ?? []);
}
