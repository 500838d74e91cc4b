import type { Lang } from '../model.ts';
import type { Pagefind } from './client/pagefind-loader.ts';
import { candidateQuery, findHits, findWordHits, isChineseQuery, parseQuery, type Range } from './query.ts';
import { englishRecordTexts, recordTexts } from './record-text.ts';

export interface Hit {
  doc: string;
  anchor: string;
  /** The passage the hit is shown in: the page's text, or on an English page the Chinese a Chinese query found. */
  text: string;
  ranges: Range[];
  /** Set when `text` is not in the page's language (a Chinese hit listed on the English page). */
  lang?: Lang;
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
 * Chinese: Pagefind finds every passage holding all the query's characters; each is then kept
 * only if it holds every term as an exact phrase, in either script. English: Pagefind finds
 * the passages holding every word (stemmed); each is kept only if it holds every term as a
 * whole word or phrase. A Chinese query on the English index is answered from the Chinese
 * each English record carries, and leads to the aligned English paragraph.
 */
export async function runSearch(pagefind: Pagefind, query: string, lang: Lang = 'zh-Hans'): Promise<Outcome> {
  const terms = parseQuery(query);
  const chinese = lang !== 'en' || isChineseQuery(terms);
  const words = chinese ? candidateQuery(terms) : terms.join(' ');
  if (!candidateQuery(terms)) return { terms, candidates: 0, hits: [] };
  const { results } = await pagefind.search(words);
  const records = await Promise.all(results.map((r) => r.data()));
  const hits: Hit[] = [];
  for (const r of records) {
    const at = parseRecordUrl(r.raw_url);
    if (lang !== 'en') {
      const [text, other] = recordTexts(r.content);
      const ranges = findHits(text, other, terms);
      if (ranges) hits.push({ ...at, text, ranges });
      continue;
    }
    const [en, hans, hant] = englishRecordTexts(r.content, Number(r.meta.split));
    const ranges = chinese ? findHits(hans, hant, terms) : findWordHits(en, terms);
    if (ranges) hits.push({ ...at, ...(chinese ? { text: hans, lang: 'zh-Hans' as const } : { text: en }), ranges });
  }
  return { terms, candidates: records.length, hits };
}
