import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EditionDocument, Lang } from '../../src/lib/model.ts';
import { otherScript, passagesOf, type Passage } from '../../src/lib/search/passages.ts';
import { findHits, parseQuery } from '../../src/lib/search/query.ts';

/** The passages of a built site, read from the models its build wrote. */
export function sitePassages(generated: string, lang: Lang): Map<string, Passage[]> {
  const load = (l: Lang) => new Map(readdirSync(join(generated, 'data', l)).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(generated, 'data', l, f), 'utf8')) as EditionDocument]));
  const [docs, twins] = [load(lang), load(otherScript(lang))];
  return new Map([...docs].map(([id, d]) => [id, passagesOf(d, twins.get(id)!, lang)]));
}

/** Every `doc#anchor` whose text holds each term of the query, in either script. */
export function expectedHits(passages: Map<string, Passage[]>, query: string): string[] {
  const terms = parseQuery(query);
  return [...passages].flatMap(([doc, ps]) => ps.filter((p) => findHits(p.text, p.other, terms)).map((p) => `${doc}#${p.anchor}`)).sort();
}
