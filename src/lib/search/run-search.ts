import type { Pagefind } from './client/pagefind-loader.ts';
import { candidateQuery, findHits, parseQuery, type Range } from './query.ts';
import { recordTexts } from './record-text.ts';

export interface Hit {
  doc: string;
  anchor: string;
  text: string;
  ranges: Range[];
}

export interface Outcome {
  terms: string[];
  /** Passages Pagefind returned before verification. */
  candidates: number;
  hits: Hit[];
}

/** `zh-hans/taiyuan-2021-report.html#p57` → document id and anchor. */
export function parseRecordUrl(url: string): { doc: string; anchor: string } {
  const m = /([^/]+)\.html#(.+)$/.exec(url);
  if (!m) throw new Error(`unexpected search record URL “${url}”`);
  return { doc: m[1]!, anchor: m[2]! };
}

/**
 * Pagefind finds every passage holding all the query's characters; each is then kept only
 * if it holds every term as an exact phrase, in either script.
 */
export async function runSearch(pagefind: Pagefind, query: string): Promise<Outcome> {
  const terms = parseQuery(query);
  const words = candidateQuery(terms);
  if (!words) return { terms, candidates: 0, hits: [] };
  const { results } = await pagefind.search(words);
  const records = await Promise.all(results.map((r) => r.data()));
  const hits: Hit[] = [];
  for (const r of records) {
    const [text, other] = recordTexts(r.content);
    const ranges = findHits(text, other, terms);
    if (ranges) hits.push({ ...parseRecordUrl(r.raw_url), text, ranges });
  }
  return { terms, candidates: records.length, hits };
}
