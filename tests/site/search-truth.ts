import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EditionDocument, Lang } from '../../src/lib/model.ts';
import { otherScript, passagesOf, type Passage } from '../../src/lib/search/passages.ts';

/** The passages of a built site, read from the models its build wrote. */
export function sitePassages(generated: string, lang: Lang): Map<string, Passage[]> {
  const load = (l: Lang) => new Map(readdirSync(join(generated, 'data', l)).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(generated, 'data', l, f), 'utf8')) as EditionDocument]));
  const [docs, twins] = [load(lang), load(otherScript(lang))];
  return new Map([...docs].map(([id, d]) => [id, passagesOf(d, twins.get(id)!, lang)]));
}

// Written apart from the search code on purpose: the ground truth must not share its bugs.
const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Every `doc#anchor` whose text holds each space-separated term exactly (Latin letters in any case), in either script. */
export function expectedHits(passages: Map<string, Passage[]>, query: string): string[] {
  const terms = query.trim().split(/\s+/).map(fold);
  const holds = (p: Passage) => terms.every((t) => fold(p.text).includes(t) || fold(p.other).includes(t));
  return [...passages].flatMap(([doc, ps]) => ps.filter(holds).map((p) => `${doc}#${p.anchor}`)).sort();
}

/** English: every `doc#anchor` whose English holds each space-separated term as a whole word or phrase (any case); Chinese terms are looked up in the aligned Chinese. */
export function expectedEnglishHits(english: Map<string, Passage[]>, chinese: Map<string, Passage[]>, query: string): string[] {
  const terms = query.trim().split(/\s+/);
  if (terms.some((t) => /\p{Script=Han}/u.test(t))) return expectedHits(chinese, query).filter((key) => english.get(key.split('#')[0]!)?.some((p) => `${key.split('#')[0]}#${p.anchor}` === key));
  const word = (t: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu');
  return [...english].flatMap(([doc, ps]) => ps.filter((p) => terms.every((t) => word(t).test(p.text))).map((p) => `${doc}#${p.anchor}`)).sort();
}
