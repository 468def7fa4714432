// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { contentPlugins, markdownFeatures } from './src/markdown/plugins.ts';
import { pageDirectives } from './src/config/security.ts';
import { inlineScript, inlineScriptNames, scriptHash } from './src/integrations/inline-scripts.ts';
import { deployHeaders } from './src/integrations/deploy-headers.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { redirects } from './src/i18n/paths.ts';
import { defaultLang, locales } from './src/config/locales.ts';
import { siteUrl } from './src/config/site.ts';

export default defineConfig({
  // The public address, for canonical and alternate-language links; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL || siteUrl,
  // Links are written with a trailing slash everywhere, so one page has exactly one URL to share.
  trailingSlash: 'always',
  // The stylesheet (about 5 KB gzip) comes in the page itself: on a slow network, one round trip less
  // before the first words show. Its hash is in each page's Content-Security-Policy.
  build: { inlineStylesheets: 'always' },
  integrations: [
    react(),
    // Every page in every language, each with its alternates; not the short addresses, which only lead on.
    sitemap({
      i18n: { defaultLocale: defaultLang, locales: Object.fromEntries(locales.map(({ lang }) => [lang, lang])) },
      filter: (page) => !redirects.some(({ from }) => new URL(page).pathname.startsWith(`${from}/`)),
      // The root is in no language (it offers all nine); only the /<lang>/ pages are each other's alternates.
      serialize: (item) => {
        const isRoot = (/** @type {string} */ url) => new URL(url).pathname === '/';
        return isRoot(item.url) ? { ...item, links: undefined } : { ...item, links: item.links?.filter((link) => !isRoot(link.url)) };
      },
    }),
    // The search index first: the deploy headers cover every folder of the build, its folder too.
    searchIndex(),
    deployHeaders(),
  ],
  markdown: {
    processor: satteri({ features: markdownFeatures, mdastPlugins: contentPlugins() }),
    // The standard has no code to highlight, and Shiki's inline styles would need 'unsafe-inline'.
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
  },
  // Every page carries its Content-Security-Policy. Astro adds the hashes of its own scripts and styles;
  // the site's inline scripts are named here by theirs, so no other inline script can run.
  security: {
    csp: {
      directives: [...pageDirectives],
      scriptDirective: { hashes: inlineScriptNames.map((name) => scriptHash(inlineScript(name))) },
    },
  },
  devToolbar: { enabled: false },
});
