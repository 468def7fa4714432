import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry, type PluginFactoryContext } from 'satteri';
import { defaultLang } from '../config/locales';
import { useTranslations } from '../i18n';
import { escapeHtml } from '../lib/html';
import { placeDetailsHtml } from '../lib/place-details';
import { readHelplinesFromDisk, readPlacesFromDisk } from '../lib/places-on-disk';
import { markText, type TextPart } from '../lib/text-marks';
import { contentFileOf, resolveLink, type ContentFile } from './links';
import { phoneLinkHtml } from './phone-link';
import { standardSourceHtml } from './standard-source';
import { parseTimeline, timelineHtml } from './timeline';

/** The Markdown features the content uses: `{#id}` on headings, and directives: `::place{…}`, `::source{…}`, `:phone{…}`. */
export const markdownFeatures = { headingAttributes: true, directive: true, smartPunctuation: false } as const;

/** Ids are what advisers share; they must be plain ASCII so they read the same in every language. */
const headingIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function describeFile(fileURL: URL | undefined): string {
  return fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : '(unknown file)';
}

/** A value read from disk the first time it is asked for, then kept. */
function readOnce<T>(read: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= read());
}

/** Runs one step of a file's plugins; an error stops the build with the file's name in front of it. */
function naming<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * A marked part of running text as a node of its own, which becomes an element with the mark's
 * attributes: a Danish term `<span lang="da">`, a range of numbers `<bdi dir="ltr">`. Being elements
 * with text inside, not raw HTML, they keep their words in the headings' text (the contents list).
 */
function markedNode(part: TextPart) {
  const text = { type: 'text' as const, value: part.text };
  if (part.mark === 'danish') return { type: 'danishTerm', data: { hName: 'span', hProperties: { lang: defaultLang } }, children: [text] };
  if (part.mark === 'ltr') return { type: 'ltrRange', data: { hName: 'bdi', hProperties: { dir: 'ltr' } }, children: [text] };
  return text;
}

/**
 * The site's Markdown plugins. A mistake in content stops the build with the file and what is wrong,
 * rather than publishing a broken page.
 */
export function contentPlugins(): MdastPluginEntry[] {
  // Read once for all files, when a file first needs them.
  const placesOnDisk = readOnce(readPlacesFromDisk);
  const helplinesOnDisk = readOnce(readHelplinesFromDisk);
  return [
    (factory: PluginFactoryContext) => {
      const file = describeFile(factory.fileURL);
      const located = contentFileOf(factory.fileURL);
      /** What the file is, from where it lies; a file elsewhere stops the build when a link, directive or timeline needs to know. */
      const contentFile = (): ContentFile => {
        if (!located) throw new Error(`${file}: the file must live in content/<collection>/<language>/`);
        return located;
      };
      /** A link's address as the page gets it (src/markdown/links.ts); a wrong one stops the build, naming the file. */
      const linkTarget = (url: string) => {
        const places = placesOnDisk();
        return naming(file, () => resolveLink(url, contentFile(), places));
      };
      // Danish text needs no marks; a translation gets its Danish terms and, right to left, its ranges marked.
      const textLang = located?.lang;
      const marksText = textLang !== undefined && textLang !== defaultLang;
      return defineMdastPlugin({
        name: 'crisis-centres-content',
        heading(node, ctx) {
          const text = ctx.textContent(node);
          if (node.depth === 1) {
            throw new Error(`${file}: heading "${text}": the page title is the frontmatter title; start sub-parts at ##`);
          }
          const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
          if (typeof id !== 'string' || !headingIdPattern.test(id)) {
            throw new Error(`${file}: heading "${text}" needs an explicit id in lower-case ASCII, e.g. "## ${text} {#some-id}"`);
          }
        },
        leafDirective(node, ctx) {
          const places = placesOnDisk();
          if (node.name === 'source') {
            naming(file, () =>
              ctx.replaceNode(node, {
                type: 'html',
                value: standardSourceHtml(node.attributes?.standard ?? undefined, contentFile(), places),
              }),
            );
            return;
          }
          if (node.name !== 'place') throw new Error(`${file}: unknown directive "::${node.name}"`);
          const id = node.attributes?.id;
          const place = id ? places.get(id) : undefined;
          if (!id || !place) {
            throw new Error(
              `${file}: ::place id "${id ?? ''}" is not a place in content/places/ (known: ${[...places.keys()].join(', ')})`,
            );
          }
          const source = contentFile();
          const { lang } = source;
          const t = useTranslations(lang);
          const href = resolveLink(`place:${id}`, source, places);
          const capacity = place.capacity
            ? ` <span class="place-block__capacity">(${escapeHtml(t('places.places', { count: place.capacity }))})</span>`
            : '';
          ctx.replaceNode(node, {
            type: 'html',
            value:
              `<div class="place-block" data-place="${escapeHtml(id)}"><p class="place-block__name">` +
              `<a href="${href}" lang="da">${escapeHtml(place.name)}</a>${capacity}</p>${placeDetailsHtml(id, place, lang)}</div>`,
          });
        },
        link(node, ctx) {
          ctx.setProperty(node, 'url', linkTarget(node.url));
        },
        definition(node, ctx) {
          ctx.setProperty(node, 'url', linkTarget(node.url));
        },
        text(node, ctx) {
          if (!marksText) return;
          const parts = markText(node.value, textLang);
          if (parts.every((part) => !part.mark)) return;
          ctx.replaceNode(node, parts.map(markedNode));
        },
        textDirective(node, ctx) {
          if (node.name !== 'phone') throw new Error(`${file}: unknown inline directive ":${node.name}" (write "\\:" for a literal colon)`);
          const places = placesOnDisk();
          const helplines = helplinesOnDisk();
          naming(file, () => ctx.replaceNode(node, { type: 'html', value: phoneLinkHtml(node.attributes ?? {}, places, helplines) }));
        },
        containerDirective(node) {
          throw new Error(`${file}: unknown block directive ":::${node.name}"`);
        },
        code(node, ctx) {
          if (node.lang !== 'timeline') return;
          naming(file, () => ctx.replaceNode(node, { type: 'html', value: timelineHtml(parseTimeline(node.value), contentFile().lang) }));
        },
      });
    },
  ];
}
