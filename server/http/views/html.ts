import { escapeHtml } from '../../../src/lib/html.ts';

/** Markup that is already safe: built by `h`, so every value in it was escaped. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

/**
 * The staff pages' only way to write markup: a template whose values are escaped unless they are
 * `SafeHtml` themselves. A name or a note can never become markup.
 */
export function h(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, text, i) => out + text + (i < values.length ? render(values[i] as Value) : ''), ''));
}
