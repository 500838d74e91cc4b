import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD');
const line = z.number().int().positive();
const range = z.tuple([line, line]).refine(([a, b]) => a <= b, 'a line range runs from its first to its last line');
const reason = z.string().min(2);

const person = z.strictObject({ name: z.string().min(1), role: z.string().optional(), affiliation: z.string().optional() });

const documentEntry = z.strictObject({
  id: slug,
  kind: z.enum(['issue', 'article', 'report', 'chronicle']),
  // English titles live in the translation files (content/translations/en), with the rest of the English.
  title: z.strictObject({ 'zh-Hans': z.string().min(1).optional() }).default({}),
  city: z.string().min(1),
  date: isoDate.nullable().optional(),
  dateNote: z.string().optional(),
  occasion: z.string().nullable().optional(),
  people: z.array(person).optional(),
  completeness: z.strictObject({ status: z.enum(['full', 'excerpt', 'abstract']), missing: z.string().optional() }),
  description: z.string().min(1),
});

/** Editorial decisions the parser cannot infer, each tied to a source line and the text expected there. */
const decisions = {
  removed: z.array(z.strictObject({ lines: range, what: z.enum(['web chrome', 'print furniture', 'duplicate']), reason })).default([]),
  excluded: z.array(z.strictObject({ lines: range, reason })).default([]),
  joins: z.array(z.strictObject({ line, reason })).default([]),
  breaks: z.array(z.strictObject({ line, reason })).default([]),
  supplied: z
    .array(z.strictObject({ line, before: z.string().min(1), text: z.string().min(1), reason }))
    .default([]),
  lacunae: z.array(z.strictObject({ line, before: z.string().min(1), reason })).default([]),
  asides: z.array(z.strictObject({ lines: range, reason })).default([]),
};

const header = z
  .strictObject({ title: range.optional(), subtitle: range.optional(), speaker: range.optional() })
  .default({});

export const reportEdition = z.strictObject({
  layout: z.literal('report'),
  source: z.string().regex(/^[\w.-]+\.txt$/, 'name a .txt file in content/sources/'),
  document: documentEntry.extend({ titleSupplied: z.boolean().default(false) }),
  header,
  ...decisions,
});

export const magazineEdition = z.strictObject({
  layout: z.literal('magazine'),
  source: z.string().regex(/^[\w.-]+\.txt$/, 'name a .txt file in content/sources/'),
  issue: documentEntry.extend({
    kind: z.literal('issue'),
    magazine: z.string(),
    year: z.number().int(),
    number: z.number().int(),
    cumulative: z.number().int(),
    published: isoDate,
    frequency: z.string(),
  }),
  regions: z.strictObject({
    cover: range,
    masthead: range,
    toc: range,
    posters: z.array(range),
    chronicle: range,
    slogans: range,
    imprint: range,
  }),
  /** One entry per table-of-contents item, in TOC order. */
  articles: z.array(documentEntry.omit({ city: true }).extend({ city: z.string().optional() })).min(1),
  chronicle: documentEntry.omit({ city: true }).extend({ city: z.string().optional() }),
  ...decisions,
});

export const edition = z.discriminatedUnion('layout', [reportEdition, magazineEdition]);

export type Edition = z.infer<typeof edition>;
export type ReportEdition = z.infer<typeof reportEdition>;
export type MagazineEdition = z.infer<typeof magazineEdition>;
export type DocumentEntry = z.infer<typeof documentEntry>;
export type Decisions = Pick<Edition, keyof typeof decisions>;
