import type { EditionDocument } from '../model.ts';
import type { Convert } from './convert.ts';

// Identifiers, dates, numbers, file names and quotations of the source stay as they are:
// only the text a reader reads changes script.
const KEEP = new Set(['id', 'note', 'original', 'file', 'date', 'dateEnd', 'published', 'issueId', 'doc', 't', 'type', 'parent', 'section', 'lead', 'kind', 'en', 'status', 'claims', 'mark', 'detail']);

function mapStrings<T>(value: T, convert: Convert, key = ''): T {
  if (KEEP.has(key)) return value;
  if (typeof value === 'string') return convert(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, convert, key)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, convert, k)])) as T;
  return value;
}

/** The 繁體 twin of a document: same ids and structure, every reading string converted. */
export function toHant(doc: EditionDocument, convert: Convert): EditionDocument {
  const out = mapStrings(doc, convert);
  out.meta.title = { ...doc.meta.title, 'zh-Hant': convert(doc.meta.title['zh-Hans']) };
  return out;
}
