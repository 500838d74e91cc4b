import type { Annotation, EditionDocument, Inline } from '../model.ts';
import type { SourceText } from '../source.ts';

/** Something the edition publishes from the source: its text and the lines it came from. */
export interface Piece {
  src: number[];
  text: string;
  /** An ornament printed before the text (◎, ◇) that the edition renders as layout instead. */
  mark?: string;
  what: string;
}

export interface ConservationProblem {
  line: number;
  problem: string;
}

// Whitespace carries no text, and half-width punctuation is normalised by a recorded note.
const HALF: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };
export const fold = (s: string) => s.replace(/\s+/g, '').replace(/[,:;!?()]/g, (c) => HALF[c]!);

/** The reading text with every recorded emendation undone: what the source should show. */
export function asInSource(parts: Inline[], notes: Map<string, Annotation>): string {
  let out = '';
  for (const p of parts) {
    if (p.t === 'text') {
      out += p.s;
      continue;
    }
    const a = notes.get(p.note);
    if (a?.type === 'supplied' || a?.type === 'lacuna') out = out.replace(/〔[^〔〕]*〕$/, '');
    else if (a?.type === 'emendation' && a.original !== undefined) out = out.replace(/.$/u, a.original);
  }
  return out;
}

/** Everything a document shows that comes from its source, each piece with its source lines. */
export function piecesOf(doc: EditionDocument): Piece[] {
  const notes = new Map(doc.annotations.map((a) => [a.id, a]));
  const text = (parts: Inline[]) => asInSource(parts, notes);
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
  const m = doc.meta;
  const out: Piece[] = [];
  const field = (key: keyof typeof m.from, value: string | undefined) => {
    const f = m.from[key];
    if (f && value !== undefined) out.push({ src: f.src, text: value, ...(f.mark ? { mark: f.mark } : {}), what: key });
  };
  field('title', m.printedTitle ?? m.title['zh-Hans']);
  field('subtitle', m.subtitle);
  field('byline', m.people.map((p) => `${p.role ?? ''}${p.name}`).join(''));
  field('dateline', m.dateline);
  const para = (id: string) => {
    const p = paragraphs.get(id)!;
    out.push({ src: p.src, text: (p.lead ? text(sections.get(p.lead)!.printed) : '') + text(p.content), what: `#${p.id}` });
  };
  for (const b of doc.blocks) {
    if (b.type === 'heading') out.push({ src: sections.get(b.section)!.src, text: text(sections.get(b.section)!.printed), what: `#${b.section}` });
    else if (b.type === 'para') para(b.para);
    else if (b.type === 'signoff') out.push({ src: b.src, text: b.text, what: `#${b.id}` });
    else {
      out.push({ src: b.src, text: text(b.title), what: `#${b.id}` });
      b.paras.forEach(para);
    }
  }
  const issue = doc.issue;
  if (issue) {
    const printed = (what: string) => (p: { text: string; line: number; mark?: string }) => out.push({ src: [p.line], text: p.text, ...(p.mark ? { mark: p.mark } : {}), what });
    issue.cover.forEach(printed('cover'));
    for (const e of issue.masthead) out.push({ src: e.src, text: `${e.label}${e.label ? '：' : ''}${e.value}`, what: 'masthead' });
    printed('toc')(issue.tocTitle);
    issue.columns.forEach(printed('toc column'));
    for (const e of issue.toc) out.push({ src: e.src, text: `${e.page}${e.title}${e.subtitle ?? ''}${e.authors.join('')}`, mark: '-', what: 'toc' });
    issue.posters.forEach((p) => p.forEach(printed('poster')));
    issue.slogans.forEach(printed('slogan'));
    issue.imprint.forEach(printed('imprint'));
  }
  return out;
}

/**
 * Every character of a source is published once, in the reading text or the issue record,
 * or accounted for by a note that removes it; nothing appears that the source lacks unless
 * a note records the emendation. Returns every violation with its source line.
 */
export function checkConservation(src: SourceText, docs: EditionDocument[]): ConservationProblem[] {
  const problems: ConservationProblem[] = [];
  const owner = new Map<number, string>();
  const claimed = new Map<number, string[]>();
  const own = (n: number, what: string) => {
    if (owner.has(n)) problems.push({ line: n, problem: `line ${n} is published twice (${owner.get(n)} and ${what})` });
    else owner.set(n, what);
  };
  for (const doc of docs) {
    for (const a of doc.annotations) {
      if (a.type === 'removed' || a.type === 'excluded') for (const n of a.lines) if (src.lines[n]?.trim()) own(n, `${doc.meta.id} note ${a.id}`);
      for (const c of a.claims ?? []) claimed.set(c.line, [...(claimed.get(c.line) ?? []), c.text]);
    }
  }
  const sourceOf = (n: number) => {
    let line = fold(src.lines[n] ?? '');
    for (const c of claimed.get(n) ?? []) line = line.replace(fold(c), '');
    return line;
  };
  for (const doc of docs) {
    for (const piece of piecesOf(doc)) {
      const where = `${doc.meta.id} ${piece.what}`;
      piece.src.forEach((n) => own(n, where));
      const expected = piece.src.map(sourceOf);
      const got = fold((piece.mark ?? '') + piece.text);
      const mismatch = firstMismatch(expected, got);
      if (mismatch) problems.push({ line: piece.src[mismatch.index] ?? piece.src.at(-1) ?? 0, problem: `${where}: ${mismatch.problem}` });
    }
  }
  for (let n = 1; n < src.lines.length; n++)
    if (src.lines[n]!.trim() && !owner.has(n)) problems.push({ line: n, problem: `line ${n} “${src.lines[n]!.trim().slice(0, 24)}” is neither published nor removed by a note` });
  return problems.sort((a, b) => a.line - b.line);
}

/** Walks the piece's source lines through its published text; reports the first line that differs. */
function firstMismatch(lines: string[], got: string): { index: number; problem: string } | null {
  let at = 0;
  for (const [index, line] of lines.entries()) {
    const shown = got.slice(at, at + line.length);
    if (shown !== line) {
      let k = 0;
      while (k < line.length && line[k] === shown[k]) k++;
      const around = (s: string) => s.slice(Math.max(0, k - 8), k + 12);
      return { index, problem: `the source line reads “…${around(line)}…” but the edition shows “…${around(shown)}…” without a note recording the change` };
    }
    at += line.length;
  }
  return at === got.length ? null : { index: lines.length, problem: `shows “${got.slice(at, at + 24)}”, which no source line has and no note records` };
}
