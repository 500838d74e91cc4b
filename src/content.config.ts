import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The MDX written by `npm run ingest`; never edited by hand, never committed. */
const docs = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${process.env.EDITION_GENERATED ?? '.generated'}/mdx` }),
  schema: z.object({ doc: z.string(), lang: z.enum(['zh-Hans', 'zh-Hant', 'en']) }),
});

export const collections = { docs };
