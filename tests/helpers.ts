import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../src/lib/corpus.ts';
import type { EditionDocument } from '../src/lib/model.ts';
import { EditionError } from '../src/lib/errors.ts';
import { plain } from '../src/lib/parse/inline.ts';
import { readingText } from '../src/lib/render/reading-text.ts';

let corpus: EditionDocument[] | null = null;
export const docs = () => (corpus ??= loadCorpus(['content']).map((e) => e.doc));
export const doc = (id: string) => docs().find((d) => d.meta.id === id)!;
/** All reading text of a document (headings and paragraphs), as readers see it. */
export const fullText = (d: EditionDocument) => {
  const t = readingText(d);
  return [...t.sections.map((s) => s.title), ...t.paragraphs.map((p) => p.text)].join('\n');
};
export const outline = (d: EditionDocument, depth = 9) => d.sections.filter((s) => s.level <= depth).map((s) => `${s.id} ${plain(s.printed).replace(/。$/, '')}`);
export const read = (...p: string[]) => readFileSync(join(...p), 'utf8');

/** The EditionError `fn` throws; fails the test if it throws nothing or something else. */
export function editionError(fn: () => unknown): EditionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EditionError) return e;
    throw e;
  }
  throw new Error('expected an EditionError');
}
