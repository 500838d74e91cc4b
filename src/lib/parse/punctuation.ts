// Half-width punctuation set between Chinese characters is print/web damage; the
// reading text uses full width. Latin and numeric contexts (6.5:51.7, 1,000) keep theirs.

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’《》〈〉〔〕…—]/u;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

export interface Normalized {
  text: string;
  changes: number;
}

/** Pairs of parentheses are converted together so that （…) never appears half-converted. */
function parenPairs(chars: string[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  chars.forEach((c, i) => {
    if (c === '(' || c === '（') open.push(i);
    else if ((c === ')' || c === '）') && open.length) pairs.set(open.pop()!, i);
  });
  return pairs;
}

export function normalizePunctuation(input: string): Normalized {
  const chars = [...input];
  let changes = 0;
  const convert = (i: number) => {
    const full = FULL[chars[i]!];
    if (full) {
      chars[i] = full;
      changes++;
    }
  };
  for (const [o, c] of parenPairs(chars)) {
    if (chars[o] !== '(' && chars[c] !== ')') continue;
    const inner = chars.slice(o + 1, c);
    if (isCjk(chars[o - 1]) || isCjk(chars[c + 1]) || inner.some((ch) => isCjk(ch)) || o === 0) {
      if (chars[o] === '(') convert(o);
      if (chars[c] === ')') convert(c);
    }
  }
  chars.forEach((c, i) => {
    if (!(c in FULL) || c === '(' || c === ')') return;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (c === ':' && /\d/.test(prev ?? '') && /\d/.test(next ?? '')) return;
    if (isCjk(prev) || isCjk(next) || (/[%\d]/.test(prev ?? '') && isCjk(chars[i + 1]))) convert(i);
  });
  return { text: chars.join(''), changes };
}
