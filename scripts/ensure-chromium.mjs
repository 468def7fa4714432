#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium (Playwright cannot download its own browser builds on
// every machine). Install it when it is missing and we may; otherwise say exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${path}, but there is no browser there.`);
  process.exit(1);
}
if (!isRoot || !hasApt) {
  console.error(
    [
      'The end-to-end tests need Chromium at /usr/bin/chromium, and it is not installed.',
      hasApt ? 'Install it with:  sudo apt-get install -y chromium' : 'Install Chromium with your package manager,',
      'or point CHROMIUM_PATH at an installed Chromium or Chrome, then run npm test again.',
    ].join('\n'),
  );
  process.exit(1);
}

console.log('Chromium is missing: installing Debian\'s chromium package …');
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
if (!existsSync(path)) {
  console.error(`apt-get finished, but ${path} is still missing.`);
  process.exit(1);
}
