import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Term } from '../lib/glossary/load.ts';
import type { EditionDocument, Lang } from '../lib/model.ts';

export const generatedDir = process.env.EDITION_GENERATED ?? '.generated';
const cache = new Map<Lang, EditionDocument[]>();

/** Document models written by ingestion for one script, ordered by id. */
export function documents(lang: Lang): EditionDocument[] {
  let docs = cache.get(lang);
  if (!docs) {
    const dir = join(generatedDir, 'data', lang);
    docs = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as EditionDocument)
      .sort((a, b) => a.meta.id.localeCompare(b.meta.id));
    cache.set(lang, docs);
  }
  return docs;
}

export function documentById(id: string, lang: Lang): EditionDocument {
  const doc = documents(lang).find((d) => d.meta.id === id);
  if (!doc) throw new Error(`no ${lang} document “${id}” in ${generatedDir}: run \`npm run ingest\``);
  return doc;
}

let terms: Term[] | null = null;
/** The glossary as ingestion wrote it (繁體 converted). */
export const glossary = (): Term[] => (terms ??= JSON.parse(readFileSync(join(generatedDir, 'glossary.json'), 'utf8')) as Term[]);
