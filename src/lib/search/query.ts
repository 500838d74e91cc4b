// Query preparation before Pagefind and verification after it. Pure; runs in the browser
// and in the benchmark, so both judge a passage by the same rule.

/** Inclusive-exclusive character range in a passage's text. */
export type Range = [start: number, end: number];

const QUOTES = /^["'“”‘’「」『』]+|["'“”‘’「」『』]+$/g;

/** Whitespace separates terms; each term is an exact phrase. Quotes are accepted and dropped. */
export function parseQuery(query: string): string[] {
  const terms = query
    .split(/[\s\u3000]+/)
    .map((t) => t.replace(QUOTES, ''))
    .filter(Boolean);
  return [...new Set(terms)];
}

/**
 * What Pagefind is asked: every letter and digit of the terms as a separate word. Pagefind
 * ANDs words, so it returns every passage holding all these characters in either script, a
 * superset of the passages that hold the phrases. Empty when nothing in the query is searchable.
 */
export function candidateQuery(terms: string[]): string {
  const chars = new Set<string>();
  for (const term of terms) for (const ch of term.toLowerCase()) if (/[\p{L}\p{N}]/u.test(ch)) chars.add(ch);
  return [...chars].join(' ');
}

// Latin letters match regardless of case; everything else exactly. Length-preserving, so
// positions found in the folded text are positions in the text.
const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

function occurrences(text: string, term: string): Range[] {
  const out: Range[] = [];
  for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) out.push([i, i + term.length]);
  return out;
}

/**
 * Where the terms occur in a passage, or null unless every term occurs in it, in the
 * passage's own script or in the other one. Both scripts are aligned character for
 * character (the build checks it), so a hit in either is a range of the passage's text.
 */
export function findHits(text: string, other: string, terms: string[]): Range[] | null {
  if (!terms.length) return null;
  const [a, b] = [fold(text), fold(other)];
  const ranges: Range[] = [];
  for (const term of terms.map(fold)) {
    const found = occurrences(a, term);
    if (b !== a) found.push(...occurrences(b, term));
    if (!found.length) return null;
    ranges.push(...found);
  }
  return merge(ranges);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where the terms occur in an English passage as whole words or phrases (case ignored),
 * or null unless every term occurs: “coal” does not match inside “coalbed”.
 */
export function findWordHits(text: string, terms: string[]): Range[] | null {
  if (!terms.length) return null;
  const ranges: Range[] = [];
  for (const term of terms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(term)}(?![\\p{L}\\p{N}])`, 'giu');
    const found = [...text.matchAll(re)].map((m): Range => [m.index, m.index + m[0].length]);
    if (!found.length) return null;
    ranges.push(...found);
  }
  return merge(ranges);
}

/** Queries with a Chinese character are answered from the Chinese side of the records. */
export const isChineseQuery = (terms: string[]) => terms.some((t) => /\p{Script=Han}/u.test(t));

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/** A window of the text around the first hit, cut at `radius` characters each side, hits marked. */
export function excerpt(text: string, ranges: Range[], radius = 36): ExcerptPart[] {
  const first = ranges[0] ?? [0, 0];
  const start = Math.max(0, first[0] - radius);
  const end = Math.min(text.length, Math.max(first[1] + radius, start + 2 * radius));
  const parts: ExcerptPart[] = [];
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    const [from, to] = [Math.max(s, start), Math.min(e, end)];
    if (from > at) parts.push({ text: text.slice(at, from), hit: false });
    parts.push({ text: text.slice(from, to), hit: true });
    at = to;
  }
  if (at < end) parts.push({ text: text.slice(at, end), hit: false });
  if (start > 0) parts.unshift({ text: '…', hit: false });
  if (end < text.length) parts.push({ text: '…', hit: false });
  return parts;
}

/** The strings to highlight on the target page, in the reader's script. */
export const hitStrings = (text: string, ranges: Range[]) => [...new Set(ranges.map(([s, e]) => text.slice(s, e)))];
