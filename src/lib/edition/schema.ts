import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'no such day in the calendar');
const sourceName = z.string().regex(/^[\w.-]+\.txt$/, 'a source is a .txt file directly in content/sources/, named with letters, digits, “_”, “.” and “-” only (no spaces or folders)');
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

/** The beginning of the first line a decision acts on, as the source has it: a shifted source fails loudly. */
const text = z.string().min(1, 'quote the beginning of the line, as the source has it');
/** A stretch of source lines and the text its first line begins with. */
const located = z.strictObject({ lines: range, text });

/** What a removal leaves out: each kind of page matter has its own name (and note). */
export const REMOVAL_KINDS = ['web chrome', 'navigation', 'dateline', 'editor line', 'photo caption', 'related links', 'print furniture', 'duplicate'] as const;

/** Editorial decisions the parser cannot infer, each tied to a source line and the text expected there. */
const decisions = {
  removed: z.array(z.strictObject({ lines: range, text, what: z.enum(REMOVAL_KINDS), reason })).default([]),
  excluded: z.array(z.strictObject({ lines: range, text, reason })).default([]),
  joins: z.array(z.strictObject({ line, text, reason })).default([]),
  breaks: z.array(z.strictObject({ line, text, reason })).default([]),
  supplied: z
    .array(z.strictObject({ line, before: z.string().min(1), text: z.string().min(1), reason }))
    .default([]),
  lacunae: z.array(z.strictObject({ line, before: z.string().min(1), reason })).default([]),
  asides: z.array(z.strictObject({ lines: range, text, reason })).default([]),
  /** A heading printed with a repeated or out-of-order number: the id follows `as`, the printed number is kept. */
  renumbered: z.array(z.strictObject({ line, text, as: z.number().int().positive(), reason })).default([]),
};

const header = z
  .strictObject({ title: located.optional(), subtitle: located.optional(), speaker: located.optional() })
  .default({});

export const reportEdition = z.strictObject({
  layout: z.literal('report'),
  source: sourceName,
  document: documentEntry.extend({ titleSupplied: z.boolean().default(false) }),
  header,
  ...decisions,
});

export const magazineEdition = z.strictObject({
  layout: z.literal('magazine'),
  source: sourceName,
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
    cover: located,
    masthead: located,
    toc: located,
    posters: z.array(located),
    chronicle: located,
    slogans: located,
    imprint: located,
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
