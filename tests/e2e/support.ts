import type { Page, Request } from '@playwright/test';
import { quickExitUrl } from '../../src/config/site';

/** One page of each kind the site has; tests that hold for every page run over these. */
export const pageTypes = [
  { name: 'root', path: '/' },
  { name: 'home', path: '/da/' },
  { name: 'centres', path: '/da/krisecentre/' },
  { name: 'centre', path: '/da/krisecentre/egmontgaarden/' },
  { name: 'standard contents', path: '/da/standard/' },
  { name: 'standard part', path: '/da/standard/sagsbehandling-og-indskrivning/' },
  { name: 'standard part with timeline', path: '/da/standard/forloeb-og-indhold/' },
  { name: 'safety', path: '/da/sikkerhed/' },
  { name: 'not found', path: '/da/findes-ikke/' },
] as const;

/**
 * Stands in for the neutral site the quick exit leads to (the machines running the tests have no
 * internet), and records each request made to it.
 */
export async function stubNeutralSite(page: Page): Promise<Request[]> {
  const requests: Request[] = [];
  await page.route(`${quickExitUrl}**`, async (route) => {
    requests.push(route.request());
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>DMI</title><h1>Vejret</h1>' });
  });
  return requests;
}
