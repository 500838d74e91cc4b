import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { parse } from 'yaml';
import { z } from 'zod';
import { EditionError } from '../errors.ts';

const term = z.strictObject({ cn: z.string().min(1), tw: z.string().min(1), why: z.string().optional() });
const termsFile = z.strictObject({ protected: z.array(term), corrections: z.array(term) });
export type Terms = z.infer<typeof termsFile>;

export function loadTerms(path: string): Terms {
  const r = termsFile.safeParse(parse(readFileSync(path, 'utf8')));
  if (!r.success) throw new EditionError(path, null, `${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}`, 'each entry needs `cn` and `tw`');
  return r.data;
}

// Placeholders from a private-use block the text never contains (the parser uses U+E000…).
const PLACEHOLDER = 0xf000;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A 简→繁 conversion; `keeps` lists characters its project terms write on purpose (并 of 并州). */
export type Convert = ((s: string) => string) & { keeps?: ReadonlySet<string> };

const [[stPhrases, stCharacters]] = OpenCC.Locale.from.cn as unknown as [[string, string]];
const entries = (dict: string) => dict.split('|').map((e) => e.split(' ') as [string, string]);

/**
 * OpenCC's phrase table is keyed by 简体 phrases only, so 繁體 text converted again can
 * change (風采 → 風採, 長征 → 長徵). Every 繁體 phrase it produces is added as mapping to
 * itself, which makes the conversion a fixed point on its own output.
 */
function stableBase(): Convert {
  const keys = new Set(entries(stPhrases).map(([s]) => s));
  const identity = entries(stPhrases)
    .filter(([, t]) => t && !keys.has(t))
    .map(([, t]) => `${t} ${t}`)
    .join('|');
  return OpenCC.ConverterFactory([identity, stPhrases, stCharacters], ...(OpenCC.Locale.to.tw as OpenCC.DictGroup[]));
}

/**
 * 简体 → 繁體 (Taiwan standard characters, mainland vocabulary kept: Converter cn → tw)
 * with the project's terms swapped out before OpenCC runs and back in after. Terms match
 * in either script, so converting converted text again is a no-op.
 */
export function createHantConverter(terms: Terms): Convert {
  const base = stableBase();
  const table = new Map<string, string>();
  for (const t of [...terms.protected, ...terms.corrections]) {
    table.set(t.cn, t.tw);
    table.set(t.tw, t.tw);
  }
  const keys = [...table.keys()].sort((a, b) => b.length - a.length);
  const re = keys.length ? new RegExp(keys.map(escapeRe).join('|'), 'g') : null;
  const convert: Convert = (s) => {
    if (!re) return base(s);
    const held: string[] = [];
    const marked = s.replace(re, (m) => String.fromCharCode(PLACEHOLDER + held.push(table.get(m)!) - 1));
    return base(marked).replace(/[\uf000-\uf8ff]/g, (ch) => held[ch.charCodeAt(0) - PLACEHOLDER] ?? ch);
  };
  convert.keeps = new Set([...terms.protected, ...terms.corrections].flatMap((t) => [...t.tw]));
  return convert;
}

let kept: Set<string> | null = null;

/** Characters OpenCC keeps unchanged inside some phrase (若干, 皇后, 公里…) are valid in 繁體 text. */
function keptCharacters(): Set<string> {
  if (kept) return kept;
  kept = new Set();
  for (const [s, t] of entries(stPhrases)) {
    const a = [...s];
    const b = [...(t ?? '')];
    if (a.length === b.length) a.forEach((ch, i) => ch === b[i] && kept!.add(ch));
  }
  return kept;
}

/** Characters in `text` that exist only in 简体: OpenCC converts them and never keeps them. */
export function simplifiedOnly(text: string, convert: Convert): string[] {
  const valid = keptCharacters();
  const found = new Set<string>();
  for (const ch of text) if (/\p{Script=Han}/u.test(ch) && !valid.has(ch) && !convert.keeps?.has(ch) && convert(ch) !== ch) found.add(ch);
  return [...found];
}
