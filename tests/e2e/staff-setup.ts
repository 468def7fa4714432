import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The site's port in the end-to-end tests. E2E_PORT lets two checkouts run their tests side by side. */
export const sitePort = Number(process.env.E2E_PORT || 4322);

/**
 * Where the end-to-end tests find the staff service, and the environment it and the staff command run
 * with: a port beside the site's, and a data folder of its own for each run. The runner makes the folder
 * when it loads the config; its test workers inherit the variable, so they all use the same one.
 */
if (!process.env.E2E_STAFF_DATA) {
  const made = mkdtempSync(join(tmpdir(), 'krisecentre-e2e-staff-'));
  process.env.E2E_STAFF_DATA = made;
  // Removed when the runner exits, after it has stopped the staff service that writes in it.
  process.once('exit', () => rmSync(made, { recursive: true, force: true }));
}
const port = sitePort + 2;

export const staffE2e = {
  origin: `http://localhost:${port}`,
  /** For checking that it is up: the loopback address it listens on. */
  health: `http://127.0.0.1:${port}/personale/health`,
  env: {
    KRISECENTRE_ENV_FILE: '',
    PORT: String(port),
    KRISECENTRE_DATA: process.env.E2E_STAFF_DATA,
    // Every test signs in from the same address; the limits themselves are tested in tests/service.
    STAFF_RATE_ENROL: '10000',
    STAFF_RATE_SIGN_IN: '10000',
  },
};
