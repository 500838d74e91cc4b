import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EditionDocument } from '../lib/model.ts';

export const generatedDir = process.env.EDITION_GENERATED ?? '.generated';
const dir = join(generatedDir, 'data');
let cache: EditionDocument[] | null = null;

/** Document models written by ingestion, in collection order: issue and its parts, then reports by city. */
export function documents(): EditionDocument[] {
  cache ??= readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as EditionDocument)
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  return cache;
}

export function documentById(id: string): EditionDocument {
  const doc = documents().find((d) => d.meta.id === id);
  if (!doc) throw new Error(`no document “${id}” in ${dir}: run \`npm run ingest\``);
  return doc;
}
