// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

// Pages must open from disk (file://) as well as from a server: one .html file per page,
// styles inlined and no root-absolute asset URLs.
export default defineConfig({
  outDir: process.env.EDITION_DIST ?? 'dist',
  build: { format: 'preserve', inlineStylesheets: 'always' },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
