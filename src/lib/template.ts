/** Fills `{name}` placeholders in a translated text; unknown placeholders are left as they are. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  // Own keys only: `{constructor}` must not pick up Object.prototype.constructor.
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? (values[name] ?? match) : match,
  );
}

/**
 * Text kept whole and left-to-right inside right-to-left text: wrapped in Unicode isolates, the plain-text
 * equivalent of `<bdi dir="ltr">`, so it also holds where no markup can go.
 */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}
