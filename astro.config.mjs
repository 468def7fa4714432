// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { contentPlugins, markdownFeatures } from './src/markdown/plugins.ts';

export default defineConfig({
  // The public address, for canonical and alternate-language links; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL || 'https://krisecentre.kk.dk',
  // Links are written with a trailing slash everywhere, so one page has exactly one URL to share.
  trailingSlash: 'always',
  integrations: [react()],
  markdown: {
    processor: satteri({ features: markdownFeatures, mdastPlugins: contentPlugins() }),
  },
  vite: {
    plugins: [tailwindcss()],
  },
  devToolbar: { enabled: false },
});
