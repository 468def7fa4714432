import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { htmlErrors, missingJava } from '../helpers/nu-html-checker';
import { builtPages } from './support';

// Reads the production build the tests' server was started with (playwright.config.ts), page by
// page as files: no browser, and no second build.

test('every built page is valid HTML to the W3C\'s Nu Html Checker', async () => {
  // One Java process checks all the pages; on a busy 2-core machine that takes a quarter of a minute.
  test.setTimeout(120_000);
  const java = missingJava();
  if (java) throw new Error(java);
  const files = builtPages().map((path) => join('dist', path.endsWith('/') ? `${path}index.html` : path));
  expect(files.length).toBeGreaterThan(100);
  const errors = await htmlErrors(files, 'dist');
  expect(errors.map(({ file, line, message }) => `${file}:${line ?? '?'}: ${message}`)).toEqual([]);
});
