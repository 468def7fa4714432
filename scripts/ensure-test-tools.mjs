#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium (Playwright cannot download its own browser builds on
// every machine), run the generated nginx configuration in Debian's nginx, and check every page with the
// W3C's Nu Html Checker, which runs on Java. Install what is missing when we may; otherwise say exactly
// what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath as chromium } from './chromium.ts';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const hasNginx = () => has('nginx') || existsSync('/usr/sbin/nginx');

if (process.env.CHROMIUM_PATH && !existsSync(chromium)) {
  console.error(`CHROMIUM_PATH is set to ${chromium}, but there is no browser there.`);
  process.exit(1);
}

/** What is missing, as Debian packages. nginx-light is Debian 12's small build; later releases have only nginx. */
const missing = [];
if (!existsSync(chromium)) missing.push({ name: 'Chromium', at: chromium, packages: ['chromium'] });
if (!hasNginx()) missing.push({ name: 'nginx', at: '/usr/sbin/nginx', packages: ['nginx-light', 'nginx'] });
if (!has('java')) missing.push({ name: 'Java', at: '/usr/bin/java', packages: ['default-jre-headless'] });
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !has('apt-get')) {
  const it = missing.length > 1 ? 'them' : 'it';
  console.error(
    [
      `The end-to-end tests need ${new Intl.ListFormat('en').format(missing.map((tool) => `${tool.name} at ${tool.at}`))}, which ${missing.length > 1 ? 'are' : 'is'} not installed.`,
      has('apt-get')
        ? `Install ${it} with:  sudo apt-get install -y ${missing.map((tool) => tool.packages[0]).join(' ')}`
        : `Install ${it} with your package manager.`,
      ...(missing.some((tool) => tool.name === 'Chromium') ? ['Or point CHROMIUM_PATH at an installed Chromium or Chrome.'] : []),
      'Then run npm test again.',
    ].join('\n'),
  );
  process.exit(1);
}

console.log(`Installing Debian's ${new Intl.ListFormat('en').format(missing.map((tool) => tool.name))} for the end-to-end tests …`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
for (const tool of missing) {
  // The first package the release has.
  const installed = tool.packages.some(
    (name) => spawnSync('apt-get', ['install', '-y', '-qq', name], { stdio: 'inherit', env }).status === 0,
  );
  const there = { nginx: hasNginx, Java: () => has('java') }[tool.name] ?? (() => existsSync(tool.at));
  if (!installed || !there()) {
    console.error(`apt-get finished, but ${tool.at} is still missing.`);
    process.exit(1);
  }
}
