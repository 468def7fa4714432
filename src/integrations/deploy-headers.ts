import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availabilitySettings } from '../config/availability.ts';
import {
  headerRules,
  pagePolicy,
  productionNginx,
  renderHeadersFile,
  renderNginx,
  renderRedirectsFile,
  type HeaderRule,
  type NginxSettings,
} from '../lib/deploy-headers.ts';
import { redirects } from '../i18n/paths.ts';

/** The header rules for the build in `dir`: its pages' policies and its top-level files and folders. */
export function headerRulesOfBuild(dir: string): HeaderRule[] {
  const policies: string[] = [];
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const policy = pagePolicy(readFileSync(join(dir, file), 'utf8'));
    if (policy) policies.push(policy);
  }
  if (policies.length === 0) throw new Error(`[deploy-headers] no page in ${dir} has a Content-Security-Policy`);
  const topLevel = readdirSync(dir, { withFileTypes: true }).map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
  return headerRules(policies, topLevel, availabilitySettings(process.env).feedUrl);
}

/** The nginx configuration for the build in `dir`: the municipality's hosts and paths unless others are given. */
export function nginxConfOfBuild(dir: string, feedFile: string, settings: Partial<NginxSettings> = {}): string {
  return renderNginx(headerRulesOfBuild(dir), redirects, {
    ...productionNginx,
    feed: { path: availabilitySettings(process.env).feedUrl, file: feedFile },
    ...settings,
  });
}

/** Writes `_headers` and `_redirects` (the site's short addresses, src/i18n/paths.ts) into the build, for hosts that read them. */
export function deployHeaders(): AstroIntegration {
  return {
    name: 'deploy-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        writeFileSync(join(out, '_headers'), renderHeadersFile(headerRulesOfBuild(out)));
        writeFileSync(join(out, '_redirects'), renderRedirectsFile(redirects));
        logger.info('wrote _headers and _redirects');
      },
    },
  };
}
