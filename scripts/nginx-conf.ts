/**
 * Writes `deploy/nginx.conf`, the site's nginx server block, from the built site (`npm run build` first):
 *
 *   npm run nginx-conf [-- --feed-file /var/lib/krisecentre/availability.json]
 *
 * Its headers come from the same rules as the build's `dist/_headers`, including the hashes of the
 * build's inline scripts, so regenerate it whenever a build changes them; the tests say when.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { headerRulesOfBuild } from '../src/integrations/deploy-headers.ts';
import { renderNginx } from '../src/lib/deploy-headers.ts';
import { redirects } from '../src/i18n/paths.ts';
import { availabilitySettings } from '../src/config/availability.ts';

export const defaultFeedFile = '/var/lib/krisecentre/availability.json';

const dist = 'dist';
if (!existsSync(dist)) {
  console.error('error: dist/ is missing; run npm run build first');
  process.exit(1);
}
const flag = process.argv.indexOf('--feed-file');
const feedFile = flag >= 0 ? process.argv[flag + 1] : process.env.AVAILABILITY_FILE || defaultFeedFile;
if (!feedFile?.startsWith('/')) {
  console.error('error: --feed-file needs an absolute path');
  process.exit(1);
}
writeFileSync('deploy/nginx.conf', renderNginx(headerRulesOfBuild(dist), redirects, { path: availabilitySettings(process.env).feedUrl, file: feedFile }));
console.log(`wrote deploy/nginx.conf (feed file ${feedFile})`);
