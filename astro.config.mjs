// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/integrations/search-index.ts';

// Pages must open from disk (file://) as well as from a server: one .html file per page,
// styles and scripts inlined (a module script file cannot load from disk), no root-absolute URLs.
export default defineConfig({
  outDir: process.env.EDITION_DIST ?? 'dist',
  build: { format: 'preserve', inlineStylesheets: 'always' },
  integrations: [mdx(), searchIndex()],
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 64 * 1024 } },
  devToolbar: { enabled: false },
});
