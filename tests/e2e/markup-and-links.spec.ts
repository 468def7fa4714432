import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { brokenLinks, readBuild } from '../helpers/link-walk';
import { htmlErrors, missingJava } from '../helpers/nu-html-checker';
import { builtPages } from './support';

// Both read the production build the tests' server was started with (playwright.config.ts), page by
// page as files: no browser, and no second build.

test("every built page is valid HTML to the W3C's Nu Html Checker", async () => {
  // One Java process checks all the pages: about a quarter of a minute on an idle 2-core machine, and up
  // to a minute while the browser tests run beside it.
  test.setTimeout(180_000);
  const java = missingJava();
  if (java) throw new Error(java);
  const files = builtPages().map((path) => join('dist', path.endsWith('/') ? `${path}index.html` : path));
  expect(files.length).toBeGreaterThan(100);
  const errors = await htmlErrors(files, 'dist');
  expect(errors.map(({ file, line, message }) => `${file}:${line ?? '?'}: ${message}`)).toEqual([]);
});

test("every link between the site's pages lands on a page, and on the element its #fragment names", () => {
  // Parsing every page takes a few seconds, several times that while the browser tests run beside it.
  test.setTimeout(60_000);
  const build = readBuild('dist');
  expect(build.pages.size).toBeGreaterThan(100);
  expect(brokenLinks(build)).toEqual([]);
});
