import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultLang, type Lang } from '../config/locales';
import { useTranslations } from '../i18n';
import { escapeHtml } from '../lib/html';
import { sectionReference } from '../lib/section-reference';
import { markedTextHtml } from '../lib/text-marks';
import type { Place } from '../schemas/place';
import { resolveLink, type ContentFile } from './links';

/** A part of the standard, or one heading of it: `klageadgang`, `sagsbehandling-og-indskrivning#anonymitet`. */
const target = /^([a-z0-9-]+)(?:#([a-z0-9-]+))?$/;

/** Stands for a piece of HTML inside a translated sentence until the sentence has been escaped and marked. */
const slot = (index: number) => String.fromCharCode(0xe000 + index);

/** A translated text as HTML, its Danish terms marked, with each slot replaced by its piece of HTML. */
function fillSlots(text: string, lang: Lang, pieces: string[]): string {
  return pieces.reduce((html, piece, index) => html.replace(slot(index), piece), markedTextHtml(text, lang));
}

/** The part's Markdown in the page's language, or the Danish one standing in for a missing translation. */
function partSource(file: ContentFile, part: string): { markdown: string; lang: Lang } {
  for (const lang of [file.lang, defaultLang]) {
    const path = fileURLToPath(new URL(`standard/${lang}/${part}.md`, file.contentDir));
    if (existsSync(path)) return { markdown: readFileSync(path, 'utf8'), lang };
  }
  throw new Error(`there is no content/standard/${defaultLang}/${part}.md`);
}

/** "afsnit 2.3" or "afsnit 2.2, Anonymitet", linked to the heading, in the page's language. */
function referenceLink(spec: string, file: ContentFile, places: ReadonlyMap<string, Place>): string {
  const [, part, heading] = target.exec(spec) ?? [];
  if (!part) throw new Error(`::source "${spec}": name a part of the standard, or a heading of it: part#heading-id`);
  const href = resolveLink(`standard:${spec}`, file, places);
  const source = partSource(file, part);
  let reference;
  try {
    reference = sectionReference(source.markdown, heading);
  } catch (error) {
    throw new Error(`::source "${spec}": ${(error as Error).message}`, { cause: error });
  }
  const t = useTranslations(file.lang);
  if (!reference.title)
    return `<a href="${escapeHtml(href)}">${fillSlots(t('standardSource.section', { number: reference.number }), file.lang, [])}</a>`;
  // A title read from the Danish text, where the part is not translated yet, is read aloud as Danish.
  const title =
    source.lang === file.lang
      ? markedTextHtml(reference.title, file.lang)
      : `<span lang="${defaultLang}">${escapeHtml(reference.title)}</span>`;
  return `<a href="${escapeHtml(href)}">${fillSlots(t('standardSource.sectionWithTitle', { number: reference.number, title: slot(0) }), file.lang, [title])}</a>`;
}

/**
 * The line under an answer that says where the standard says it: "Det står i kvalitetsstandarden, afsnit
 * 2.2, Anonymitet og afsnit 2.2, Orienteringspligt." Written `::source{standard="part#heading …"}`, one or
 * more targets separated by spaces. Each number and title is read from the standard's headings, so the
 * line cannot name a section that says something else; a part or heading that does not exist stops the
 * build.
 */
export function standardSourceHtml(targets: string | undefined, file: ContentFile, places: ReadonlyMap<string, Place>): string {
  const specs = (targets ?? '').split(/\s+/).filter(Boolean);
  if (specs.length === 0) throw new Error('::source needs standard="part#heading-id" (one or more, separated by spaces)');
  const links = specs.map((spec) => referenceLink(spec, file, places));
  // The language's own "and" between the references, and its own commas.
  const parts = new Intl.ListFormat(file.lang, { type: 'conjunction' }).formatToParts(links.map((_, index) => slot(index)));
  const list = parts.map((part) => (part.type === 'element' ? part.value : escapeHtml(part.value))).join('');
  const t = useTranslations(file.lang);
  const sentence = fillSlots(t('standardSource.sentence', { sections: slot(links.length) }), file.lang, []);
  return `<p class="standard-source">${sentence.replace(
    slot(links.length),
    links.reduce((html, link, index) => html.replace(slot(index), link), list),
  )}</p>`;
}
