// Numbers a translation must carry over: every value written in digits in the Chinese,
// with its 万/亿/万亿 multiple applied, must appear with the same value in the English.

const ZH_MULTIPLE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };
const EN_MULTIPLE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Compares values written differently (142.57 billion = 1425.7亿) without float noise. */
export const sameValue = (a: number, b: number) => Math.abs(a - b) <= Math.abs(a) * 1e-9;

const digits = (s: string) => s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

/** 1425.7亿元 → 142570000000; 2—4家 → 2, 4; 6.6% → 6.6; 2021年 → 2021. */
export function chineseNumbers(text: string): { value: number; printed: string }[] {
  // 4千亿 = 4 × 1000 × 10⁸; 200余万 = 200 × 10⁴ (余/多 say “more than”, not a different value).
  return [...digits(text).matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)\s*(?:(千|百)(?![伏瓦米克卡焦帕赫]))?(?:余|多)?(万亿|亿|万)?/g)].map((m) => ({
    value: Number(m[1]!.replace(/,/g, '')) * (m[2] === '千' ? 1e3 : m[2] === '百' ? 1e2 : 1) * (m[3] ? ZH_MULTIPLE[m[3]]! : 1),
    printed: m[0],
  }));
}

/** 142.57 billion → 142570000000; 3–5 → 3, 5; 23 February → 23, 2. */
export function englishNumbers(text: string): number[] {
  const out = [...text.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)(?:[\s-]*(thousand|million|billion|trillion)\b)?/gi)].map((m) => Number(m[1]!.replace(/,/g, '')) * (m[2] ? EN_MULTIPLE[m[2].toLowerCase()]! : 1));
  for (const m of text.matchAll(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g)) out.push(MONTHS.indexOf(m[1]!.toLowerCase()) + 1);
  return out;
}

/** The Chinese numbers the English does not carry, as printed. */
export function missingNumbers(zh: string, en: string): string[] {
  const have = englishNumbers(en);
  return chineseNumbers(zh)
    .filter(({ value }) => !have.some((v) => sameValue(v, value)))
    .map((n) => n.printed);
}
