import type { Decisions } from '../edition/schema.ts';
import { EditionError } from '../errors.ts';
import type { SourceText } from '../source.ts';
import { note, text } from './inline.ts';
import type { Notes } from './notes.ts';
import type { Line } from './structure.ts';

const within = (n: number, [a, b]: readonly [number, number]) => n >= a && n <= b;

// OCR of the magazine read some 和 as the English word: only between Chinese text.
const STRAY_AND = /(?<=[\p{Script=Han}”’）)])\s*\band\b\s*(?=[\p{Script=Han}“‘（(])/gu;

/** Source notes for what the editor left out of the reading text (chrome, furniture, foreign text). */
export function noteOmissions(src: SourceText, d: Decisions, notes: Notes, from: number, to: number): void {
  for (const r of d.removed.filter((r) => within(r.lines[0], [from, to]))) {
    const original = src.lines.slice(r.lines[0], r.lines[1] + 1).map((l) => l.trim()).filter(Boolean).join(' / ');
    notes.add('removed', range(r.lines), { what: r.what, reason: r.reason }, { original });
  }
  for (const r of d.excluded.filter((r) => within(r.lines[0], [from, to]))) {
    const original = src.lines.slice(r.lines[0], r.lines[1] + 1).map((l) => l.trim()).filter(Boolean).join(' / ');
    notes.add('excluded', range(r.lines), { reason: r.reason }, { original });
  }
}

const range = ([a, b]: readonly [number, number]) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/**
 * The non-blank source lines from `from` to `to` that belong to the reading text, with
 * the edition file's decisions and the automatic emendations applied and noted.
 */
export function readingLines(src: SourceText, d: Decisions, notes: Notes, from: number, to: number, skip: (n: number) => boolean = () => false): Line[] {
  const out: Line[] = [];
  for (let n = from; n <= to; n++) {
    const raw = src.lines[n] ?? '';
    if (raw.trim() === '' || skip(n)) continue;
    if (d.removed.some((r) => within(n, r.lines)) || d.excluded.some((r) => within(n, r.lines))) continue;
    let parts = text(raw.trim());
    for (const s of d.supplied.filter((s) => s.line === n)) parts = insertBefore(src, n, parts, s.before, `〔${s.text}〕`, notes.add('supplied', [n], { text: s.text, reason: s.reason }, { original: '' }));
    for (const l of d.lacunae.filter((l) => l.line === n)) parts = insertBefore(src, n, parts, l.before, '〔□〕', notes.add('lacuna', [n], { reason: l.reason }, { original: '' }));
    parts = replaceWithNote(parts, STRAY_AND, '和', () => notes.add('emendation', [n], {}, { original: 'and' }));
    const aside = d.asides.findIndex((a) => within(n, a.lines));
    out.push({
      n,
      parts,
      ...(aside >= 0 ? { aside } : {}),
      ...(d.breaks.some((b) => b.line === n) ? { breakAfter: true } : {}),
      ...renumberAt(d, n),
    });
  }
  for (const j of d.joins.filter((j) => within(j.line, [from, to]))) {
    const line = out.find((l) => l.n === j.line);
    const next = out[out.findIndex((l) => l.n === j.line) + 1];
    if (!line || !next) throw new EditionError(src.file, j.line, 'a `joins` decision names a line with no following text line', 'point `joins[].line` at the first of the two lines to join');
    line.joinNext = { note: notes.add('join', [line.n, next.n], { cause: 'decision', reason: j.reason }) };
  }
  return out;
}

const renumberAt = (d: Decisions, n: number) => {
  const r = d.renumbered.find((x) => x.line === n);
  return r ? { renumber: { as: r.as, reason: r.reason } } : {};
};

type Parts = ReturnType<typeof text>;

/** Replaces every match in the text runs, placing a fresh note marker after each replacement. */
function replaceWithNote(parts: Parts, re: RegExp, replacement: string, makeNote: () => string): Parts {
  return parts.flatMap((p) => {
    if (p.t !== 'text') return [p];
    const out: Parts = [];
    let last = 0;
    for (const m of p.s.matchAll(re)) {
      out.push(...text(p.s.slice(last, m.index) + replacement), note(makeNote()));
      last = m.index + m[0].length;
    }
    return [...out, ...text(p.s.slice(last))];
  });
}

function insertBefore(src: SourceText, n: number, parts: Parts, before: string, insert: string, noteId: string) {
  let found = false;
  const out = parts.flatMap((p) => {
    if (found || p.t !== 'text' || !p.s.includes(before)) return [p];
    found = true;
    const at = p.s.indexOf(before);
    return [...text(p.s.slice(0, at) + insert), note(noteId), ...text(p.s.slice(at))];
  });
  if (!found) throw new EditionError(src.file, n, `the edition file expects “${before}” on this line`, 'the source changed: update `line`/`before` of that decision in the edition file');
  return out;
}
