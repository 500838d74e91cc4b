import type { EditionDocument, Inline, Lang } from '../model.ts';
import { plain } from '../parse/inline.ts';
import type { Term } from './load.ts';

/** Where a term is marked: the element (paragraph or heading) and the character range of its text run. */
export interface Occurrence {
  term: string;
  anchor: string;
  /** Offset into the element's plain text and the matched text as printed. */
  at: number;
  text: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// English renderings match as whole words in any case, also in the plural, and with a comma or
// full stop set inside a closing quotation mark (“six new,”); Chinese forms as they are written.
function englishForm(form: string): string {
  const f = form.replace(/[,.;:]([”’]?)$/, '$1');
  const quoted = /^(.*?)([”’])$/.exec(f);
  const core = quoted ? `${escapeRe(quoted[1]!)}(?:e?s)?[,.;:!?]?${quoted[2]}` : `${escapeRe(f)}(?:e?s)?`;
  return `(?<![\\p{L}\\p{N}])${core}(?![\\p{L}\\p{N}])`;
}

interface Match {
  at: number;
  text: string;
  /** null for a `notIn` word: matched so that the term inside it is not. */
  term: string | null;
}
type Matcher = (text: string) => Match[];
const matchers = new WeakMap<Term[], Map<Lang, Matcher>>();

/** Built once per glossary and language: a corpus has a thousand passages to scan. */
function matcher(terms: Term[], lang: Lang): Matcher {
  const byLang = matchers.get(terms) ?? new Map<Lang, Matcher>();
  matchers.set(terms, byLang);
  let m = byLang.get(lang);
  if (!m) byLang.set(lang, (m = lang === 'en' ? englishMatcher(terms) : chineseMatcher(terms, lang)));
  return m;
}

/**
 * Chinese: one alternation, longest form first so that 放管服效 wins over 放管服. A term's
 * `notIn` words are matched too, and then ignored: 健康养殖 is not 康养.
 */
function chineseMatcher(terms: Term[], lang: 'zh-Hans' | 'zh-Hant'): Matcher {
  const forms = terms.flatMap((t) => [[t[lang], t.id] as const, ...(t.notIn ?? []).map((f) => [f, null] as const)]).sort((a, b) => b[0].length - a[0].length);
  const byForm = new Map(forms.map(([f, id]) => [f, id]));
  const re = new RegExp(forms.map(([f]) => escapeRe(f)).join('|'), 'gu');
  return (text) => [...text.matchAll(re)].map((m) => ({ at: m.index, text: m[0], term: byForm.get(m[0]) ?? null }));
}

/**
 * English: hundreds of renderings with word boundaries make one alternation slow, so each
 * rendering is looked for only where its words occur; overlaps go to the leftmost, longest.
 */
function englishMatcher(terms: Term[]): Matcher {
  const forms = terms.flatMap((t) => t.en.map((f) => ({ id: t.id, probe: f.replace(/^[“‘"']+|[”’"',.;:]+$/g, '').toLowerCase(), re: new RegExp(englishForm(f), 'giu') })));
  return (text) => {
    const lower = text.toLowerCase();
    const found = forms.filter((f) => lower.includes(f.probe)).flatMap((f) => [...text.matchAll(f.re)].map((m) => ({ at: m.index, text: m[0], term: f.id })));
    found.sort((x, y) => x.at - y.at || y.text.length - x.text.length);
    let end = 0;
    return found.filter((m) => (m.at >= end ? ((end = m.at + m.text.length), true) : false));
  };
}

/**
 * The first occurrence of each glossary term in each section of a document, in reading
 * order: headings and paragraphs (run-in headings included). Pure, so the reading pages
 * that mark the terms and the glossary page that lists them agree.
 */
export function termOccurrences(doc: EditionDocument, lang: Lang, terms: Term[]): Occurrence[] {
  if (!terms.length) return [];
  const matches = matcher(terms, lang);
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const out: Occurrence[] = [];
  const scan = (anchor: string, section: string | null, parts: Inline[]) => {
    for (const m of matches(plain(parts))) {
      const key = `${section}|${m.term}`;
      if (!m.term || seen.has(key)) continue;
      seen.add(key);
      out.push({ term: m.term, anchor, at: m.at, text: m.text });
    }
  };
  for (const b of doc.blocks) {
    const para = (pid: string) => {
      const p = paragraphs.get(pid)!;
      if (p.lead) scan(p.lead, p.lead, sections.get(p.lead)!.printed);
      scan(p.id, p.section, p.content);
    };
    if (b.type === 'heading') scan(b.section, b.section, sections.get(b.section)!.printed);
    else if (b.type === 'para') para(b.para);
    else if (b.type === 'aside') b.paras.forEach(para);
  }
  return out;
}

/** Terms whose Chinese occurs in a text (every occurrence, longest match first). */
export function termsIn(text: string, terms: Term[]): Set<string> {
  if (!terms.length) return new Set();
  return new Set(matcher(terms, 'zh-Hans')(text).flatMap((m) => m.term ?? []));
}

const renderings = new WeakMap<Term, RegExp>();
/** Does an English text use one of the term's renderings (whole words, any case)? */
export function usesRendering(en: string, t: Term): boolean {
  let re = renderings.get(t);
  if (!re) renderings.set(t, (re = new RegExp(t.en.map(englishForm).join('|'), 'iu')));
  return re.test(en);
}
