import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { buildCopy, removeCopies } from '../helpers/build-copy';

afterEach(removeCopies);

/*
 * A part not yet translated must not leave a hole in the site: the page exists in that language with
 * the Danish text, marked as Danish, and a notice in the reader's language; the build names the file.
 */
it('a missing translation builds its page in Danish with a notice, and the build names the file', { timeout: 60_000 }, () => {
  const { status, output, dir } = buildCopy((copy) => rmSync(join(copy, 'content/standard/so/klageadgang.md')));
  expect(status).toBe(0);
  expect(output).toContain('content/standard/so/klageadgang.md is missing');
  const html = readFileSync(join(dir, 'dist/so/standard/klageadgang/index.html'), 'utf8');
  expect(html).toContain('<html lang="so" dir="ltr">');
  expect(html).toContain('data-translation-notice="missing"');
  expect(html).toMatch(/<div lang="da" dir="ltr">\s*<h1[^>]*>8\. Klageadgang<\/h1>/);
  // Its contact blocks lead to the Somali centres page, not the Danish one.
  expect(html).toContain('href="../../krisecentre/#borgerraadgiveren"');
  expect(html).not.toContain('href="/da/krisecentre/');
  // The Somali contents list marks the Danish title as Danish too.
  const contents = readFileSync(join(dir, 'dist/so/standard/index.html'), 'utf8');
  expect(contents).toMatch(/<li lang="da">\s*<a[^>]*href="\/so\/standard\/klageadgang\/"/);
});
