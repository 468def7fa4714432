/**
 * How much JavaScript the availability island costs a reader, from the built site (`npm run build` first):
 *
 *   npm run size:island
 *
 * Follows the island's component and renderer modules through their imports in `dist/_astro/` and prints
 * each file's size, raw and gzip (level 9, as a static host compresses), plus the inline island loader.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const page = process.argv[2] ?? '/da/krisecentre/';
const htmlFile = join(dist, page, 'index.html');
if (!existsSync(htmlFile)) {
  console.error(`error: ${htmlFile} is missing; run npm run build first`);
  process.exit(1);
}
const html = readFileSync(htmlFile, 'utf8');
const island = /<astro-island[^>]*component-url="([^"]+)"[^>]*renderer-url="([^"]+)"/.exec(html);
if (!island) {
  console.error(`error: ${page} has no island`);
  process.exit(1);
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).byteLength;
const seen = new Map<string, { raw: number; gzip: number }>();

function follow(url: string): void {
  if (seen.has(url)) return;
  const code = readFileSync(join(dist, url));
  seen.set(url, { raw: code.byteLength, gzip: gzip(code) });
  for (const [, specifier] of code.toString('utf8').matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    follow(posix.join(posix.dirname(url), specifier!));
  }
}
follow(island[1]!);
follow(island[2]!);

const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code]) => code!).filter((code) => code.includes('astro'));
const rows: [string, number, number][] = [...seen].map(([url, size]) => [url, size.raw, size.gzip]);
for (const code of inline) rows.push(['(inline) Astro island loader', Buffer.byteLength(code), gzip(code)]);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`JavaScript for the availability island on ${page}\n`);
console.log('| file | raw | gzip |\n|---|---:|---:|');
for (const [name, raw, zipped] of rows) console.log(`| ${name} | ${kb(raw)} | ${kb(zipped)} |`);
const total = rows.reduce((sum, [, raw, zipped]) => [sum[0]! + raw, sum[1]! + zipped], [0, 0]);
console.log(`| **total** | ${kb(total[0]!)} | **${kb(total[1]!)}** |`);
