import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { contentPlugins, markdownFeatures } from '../../src/markdown/plugins';

export const root = join(import.meta.dirname, '..', '..');

/** Every Markdown file below a content folder, as paths relative to the project root. */
export function markdownFiles(folder: string): string[] {
  const dir = join(root, 'content', folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => relative(root, join(dir, name)))
    .sort();
}

/** Renders a content file through the site's own Markdown pipeline, as the build does. */
export function renderMarkdown(source: string, path: string): { frontmatter: unknown; html: string } {
  const result = markdownToHtml(source, {
    features: markdownFeatures,
    mdastPlugins: contentPlugins(),
    fileURL: pathToFileURL(join(root, path)),
  });
  // Sätteri only returns a promise when a plugin is asynchronous; the site's plugins never are.
  if (result instanceof Promise) throw new Error('the content plugins are expected to be synchronous');
  return { frontmatter: result.frontmatter ? parseYaml(result.frontmatter.value) : undefined, html: result.html };
}

export function renderContentFile(path: string) {
  return renderMarkdown(readFileSync(join(root, path), 'utf8'), path);
}

/** The ids of the h2/h3 headings in rendered HTML, in document order. */
export function headingIds(html: string): string[] {
  return [...html.matchAll(/<h[23] id="([^"]+)"/g)].map((match) => match[1]!);
}
