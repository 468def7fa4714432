/**
 * Writes `deploy/nginx.conf`, the site's and the staff service's nginx server blocks, from the built site
 * (`npm run build` first):
 *
 *   npm run nginx-conf [-- --feed-file /var/lib/krisecentre/availability.json]
 *
 * Its headers come from the same rules as the build's `dist/_headers`, including the hashes of the
 * build's inline scripts, so regenerate it whenever a build changes them; the tests say when.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { nginxConfOfBuild } from '../src/integrations/deploy-headers.ts';
import { productionFeedFile } from '../src/lib/deploy-headers.ts';

const dist = 'dist';
if (!existsSync(dist)) {
  console.error('error: dist/ is missing; run npm run build first');
  process.exit(1);
}
const flag = process.argv.indexOf('--feed-file');
const feedFile = flag >= 0 ? process.argv[flag + 1] : process.env.AVAILABILITY_FILE || productionFeedFile;
if (!feedFile?.startsWith('/')) {
  console.error('error: --feed-file needs an absolute path');
  process.exit(1);
}
writeFileSync('deploy/nginx.conf', nginxConfOfBuild(dist, feedFile));
console.log(`wrote deploy/nginx.conf (feed file ${feedFile})`);
