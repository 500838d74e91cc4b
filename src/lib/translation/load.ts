import { existsSync, readFileSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { EditionError } from '../errors.ts';
import type { EditionDocument } from '../model.ts';
import { missingNumbers } from './numbers.ts';
import { translationUnits } from './units.ts';

const entry = z.strictObject({
  zh: z.string(),
  en: z.string().trim().min(1, 'write the English (a blank is never published)'),
  /** Why a number of the Chinese legitimately does not appear in the English. */
  numbers: z.string().min(2).optional(),
  /** Glossary terms of the Chinese the English rightly does not render (term id → reason). */
  glossary: z.record(z.string(), z.string().min(2)).optional(),
});
const file = z.record(z.string(), entry);

/** A document's English by id, with the glossary exceptions its entries declare. */
export class Translation extends Map<string, string> {
  readonly glossaryExceptions = new Map<string, Record<string, string>>();
}

/**
 * A document's translation, checked against the document: one entry per unit, each for
 * the Chinese as it reads now, with every number carried over. All problems of the file
 * are reported at once, each at its line.
 */
export function loadTranslation(path: string, doc: EditionDocument): Translation {
  if (!existsSync(path)) throw new EditionError(path, null, `“${doc.meta.id}” has no English translation`, `write ${path} with one entry (zh, en) per id: \`npm run translation:skeleton -- ${doc.meta.id}\` lists them`);
  const lines = new LineCounter();
  const text = readFileSync(path, 'utf8');
  const yaml = parseDocument(text, { lineCounter: lines });
  if (yaml.errors.length) throw new EditionError(path, lines.linePos(yaml.errors[0]!.pos[0]).line, yaml.errors[0]!.message, 'fix the YAML syntax');
  const lineOf = (id: string) => {
    const pair = isMap(yaml.contents) ? yaml.contents.items.find((p) => isScalar(p.key) && p.key.value === id) : undefined;
    return pair && isScalar(pair.key) && pair.key.range ? lines.linePos(pair.key.range[0]).line : null;
  };
  const parsed = file.safeParse(yaml.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new EditionError(path, lineOf(String(issue.path[0])), `${issue.path.join('.')}: ${issue.message}`, 'each entry is `id: { zh: …, en: … }`');
  }
  const entries = parsed.data;
  const problems: { line: number | null; text: string }[] = [];
  const units = translationUnits(doc);
  const known = new Set(units.map((u) => u.id));
  for (const u of units) {
    const e = entries[u.id];
    if (!e) problems.push({ line: null, text: `#${u.id} has no English; its Chinese: “${u.zh}”` });
    else if (e.zh !== u.zh) problems.push({ line: lineOf(u.id), text: `#${u.id}: the Chinese changed since it was translated: was “${e.zh}”, now “${u.zh}”` });
    else if (!e.numbers) {
      const missing = missingNumbers(u.zh, e.en);
      if (missing.length) problems.push({ line: lineOf(u.id), text: `#${u.id}: the English lacks ${missing.map((m) => `“${m}”`).join(', ')} of the Chinese` });
    }
  }
  for (const id of Object.keys(entries)) if (!known.has(id)) problems.push({ line: lineOf(id), text: `#${id} translates nothing: “${doc.meta.id}” has no such id` });
  if (problems.length)
    throw new EditionError(path, problems.find((p) => p.line)?.line ?? null, `${problems.length} problem(s) in the English of “${doc.meta.id}”:\n${problems.map((p) => `    ${p.line ? `line ${p.line}: ` : ''}${p.text}`).join('\n')}`, 'translate the new Chinese and copy it into `zh`, add the missing entries, carry every number over (or give `numbers: <reason>`), remove entries for ids that no longer exist');
  const tr = new Translation(Object.entries(entries).map(([id, e]) => [id, e.en]));
  for (const [id, e] of Object.entries(entries)) if (e.glossary) tr.glossaryExceptions.set(id, e.glossary);
  return tr;
}
