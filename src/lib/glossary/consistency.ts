import type { EditionDocument } from '../model.ts';
import type { Translation } from '../translation/load.ts';
import { translationUnits } from '../translation/units.ts';
import type { Term } from './load.ts';
import { termsIn, usesRendering } from './occurrences.ts';

export interface GlossaryMiss {
  id: string;
  term: string;
  zh: string;
  renderings: string[];
}

/**
 * Where the Chinese of a heading or paragraph uses a glossary term, its English must use one
 * of the term's renderings, unless the entry declares why not (`glossary: { term: reason }`).
 */
export function glossaryMisses(doc: EditionDocument, tr: Translation, terms: Term[]): GlossaryMiss[] {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const reading = new Set([...doc.sections.map((s) => s.id), ...doc.paragraphs.map((p) => p.id)]);
  return translationUnits(doc)
    .filter((u) => reading.has(u.id))
    .flatMap((u) =>
      [...termsIn(u.zh, terms)]
        .map((id) => byId.get(id)!)
        .filter((t) => !usesRendering(tr.get(u.id) ?? '', t) && !tr.glossaryExceptions.get(u.id)?.[t.id])
        .map((t) => ({ id: u.id, term: t.id, zh: t['zh-Hans'], renderings: t.en })),
    );
}
