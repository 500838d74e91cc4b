// The documents' own numbering, ranked from outermost to innermost. Section ids are built
// from these numbers, never from heading text, so they are identical in every script.

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function chineseNumber(s: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(s)) return null;
  if (s === '十') return 10;
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  const t = s.includes('十') ? (tens === '' ? 1 : DIGITS[tens!]) : 0;
  const o = ones === '' ? 0 : DIGITS[ones!];
  return t === undefined || o === undefined ? null : t * 10 + o;
}

export type Rank = 1 | 2 | 3 | 4 | 5 | 6;

export interface Marker {
  rank: Rank;
  value: number;
  /** The marker as printed, e.g. "三、", "（二）", "一是". */
  printed: string;
}

const NUMBERED: { rank: Rank; re: RegExp; num: (m: RegExpMatchArray) => number | null }[] = [
  { rank: 1, re: /^([一二三四五六七八九十]+)、/, num: (m) => chineseNumber(m[1]!) },
  { rank: 2, re: /^（([一二三四五六七八九十]+)）/, num: (m) => chineseNumber(m[1]!) },
  { rank: 3, re: /^(\d{1,2})[.．](?!\d)/, num: (m) => Number(m[1]) },
  { rank: 4, re: /^（(\d{1,2})）/, num: (m) => Number(m[1]) },
];

/** Section numbering at the start of a (punctuation-normalised) paragraph. */
export function numberedMarker(text: string): Marker | null {
  for (const { rank, re, num } of NUMBERED) {
    const m = text.match(re);
    const value = m ? num(m) : null;
    if (m && value) return { rank, value, printed: m[0] };
  }
  return null;
}

/** Enumerations written into the sentence: 一是…, 二要…, 第三阶段…. */
export function ordinalMarker(text: string): Marker | null {
  const m = text.match(/^([一二三四五六七八九十]+)(?:是|要)|^第([一二三四五六七八九十]+)阶段/);
  const value = m ? chineseNumber(m[1] ?? m[2]!) : null;
  return m && value ? { rank: 6, value, printed: m[0] } : null;
}

export const RUN_IN_RANK: Rank = 5;
