import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { EditionError } from '../errors.ts';
import type { Convert } from '../script/convert.ts';

const text = z.string().trim().min(1);
const entry = z.strictObject({
  // Glossary ids are also HTML ids (glossary.html#five-year-plan-14th): they begin with a letter.
  id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'ids are permanent lowercase slugs: a letter first, then letters, digits, single hyphens'),
  'zh-Hans': text,
  en: z.array(text).min(1, 'list the English rendering(s) the translation uses'),
  /** Longer words that contain the term's characters without being the term (康养 in 健康养殖). */
  notIn: z.array(text).optional(),
  note: z.strictObject({ 'zh-Hans': text, en: text }),
});
const file = z.strictObject({ terms: z.array(entry).min(1) });

/** A glossary term in every language of the edition; 繁體 is converted from 简体 at build time like all text. */
export interface Term {
  id: string;
  'zh-Hans': string;
  'zh-Hant': string;
  en: string[];
  notIn?: string[];
  note: { 'zh-Hans': string; 'zh-Hant': string; en: string };
}

/** `content/glossary.yaml`: every problem reported at its line. */
export function loadGlossary(path: string, convert: Convert): Term[] {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines });
  if (doc.errors.length) throw new EditionError(path, lines.linePos(doc.errors[0]!.pos[0]).line, doc.errors[0]!.message, 'fix the YAML syntax');
  const lineOf = (index: unknown) => {
    const terms = isMap(doc.contents) ? doc.contents.get('terms', true) : null;
    const item = isSeq(terms) && typeof index === 'number' ? terms.items[index] : null;
    const range = (item as { range?: [number, number, number] } | null)?.range;
    return range ? lines.linePos(range[0]).line : null;
  };
  const parsed = file.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new EditionError(path, lineOf(issue.path[1]), `${issue.path.join('.')}: ${issue.message}`, 'each term needs id, zh-Hans, en (a list) and note (zh-Hans, en)');
  }
  const seen = new Map<string, number>();
  parsed.data.terms.forEach((t, i) => {
    for (const key of [`id:${t.id}`, `zh:${t['zh-Hans']}`]) {
      if (seen.has(key)) throw new EditionError(path, lineOf(i), `“${key.slice(key.indexOf(':') + 1)}” is in the glossary twice (terms ${seen.get(key)! + 1} and ${i + 1})`, 'merge the two entries');
      seen.set(key, i);
    }
  });
  return parsed.data.terms.map((t) => ({ ...t, 'zh-Hant': convert(t['zh-Hans']), note: { ...t.note, 'zh-Hant': convert(t.note['zh-Hans']) } }));
}
