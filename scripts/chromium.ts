/**
 * The browser the end-to-end tests and the benchmark drive: Debian's Chromium (Playwright cannot download
 * its own builds on every machine), or the one CHROMIUM_PATH names, started without the background
 * services that reach for the internet, which these machines refuse.
 */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
