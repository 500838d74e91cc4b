import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from '../lib/search/write-index.ts';
import { PUBLISHED } from '../lib/site/i18n.ts';
import { documents } from '../site/data.ts';

/** Indexes the reading text of the built site with Pagefind once Astro has written the pages. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'edition-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const s = await writeSearchIndex(fileURLToPath(dir), PUBLISHED, documents);
        logger.info(`${Object.entries(s.records).map(([l, n]) => `${n} passages (${l})`).join(', ')} indexed in ${Math.round(s.ms)} ms`);
      },
    },
  };
}
