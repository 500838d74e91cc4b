import { EditionError } from '../errors.ts';
import type { Block, Inline, Paragraph, Section } from '../model.ts';
import { concat, editText, note, plain, splitAt } from './inline.ts';
import { numberedMarker, ordinalMarker, RUN_IN_RANK, type Marker, type Rank } from './numbering.ts';
import type { Notes } from './notes.ts';
import { normalizePunctuation } from './punctuation.ts';

/** One non-blank source line on its way into the reading text. */
export interface Line {
  n: number;
  parts: Inline[];
  /** Index of the boxed sidebar the line belongs to. */
  aside?: number;
  /** Forced join with the next line (continuations, editorial joins); the note marks the seam. */
  joinNext?: { note?: string };
  /** Editorial decision: a paragraph ends here even if the line looks unfinished. */
  breakAfter?: boolean;
  /** Editorial decision: the heading on this line counts as number `as` (its printed number repeats or skips). */
  renumber?: { as: number; reason: string };
}

export interface Block0 {
  parts: Inline[];
  lines: [number, number];
  /** Every source line in the block, in reading order. */
  src: number[];
  aside?: number;
  renumber?: { as: number; reason: string };
}

const TERMINAL = /[。！？!?…]$/;
const MID_SENTENCE = /[，,、；;\-－—]$/;

function isStandaloneHeading(text: string): boolean {
  const m = numberedMarker(text);
  if (!m) return false;
  const rest = text.slice(m.printed.length);
  return [...rest].length <= 48 && !/[。！？!?]./.test(rest) && !MID_SENTENCE.test(rest);
}

const isMarkerOnly = (text: string) => {
  const m = numberedMarker(text);
  return m !== null && m.printed === text.trim();
};

/** Would a reader of the printed page read `prev` and `next` as one paragraph? */
export function continuesInto(prev: string, next: string): boolean {
  if (isMarkerOnly(prev)) return true;
  if (isStandaloneHeading(prev)) return false;
  const end = [...prev.trimEnd()].at(-1) ?? '';
  if (MID_SENTENCE.test(end)) return true;
  if (/[:：]/.test(end)) return /\d[:：]$/.test(prev.trimEnd());
  if (TERMINAL.test(end) || /[”’）)》」』]/.test(end)) return false;
  return numberedMarker(next) === null && ordinalMarker(next) === null;
}

/**
 * Joins lines split by line, column or page breaks into paragraphs. Each seam the
 * build infers gets a visible note; seams decided in the edition file carry their own.
 */
export function joinLines(lines: Line[], notes: Notes): Block0[] {
  const out: Block0[] = [];
  let current: Block0 | null = null;
  let prev: Line | null = null;
  for (const line of lines) {
    const normalized = normalizeLine(line.parts);
    if (current && prev && prev.aside === line.aside && !prev.breakAfter) {
      const forced = prev.joinNext;
      const prevText = plain(normalizeLine(current.parts));
      const auto = line.aside === undefined && continuesInto(prevText, plain(normalized));
      if (forced || auto) {
        const seam: Inline[] = forced?.note
          ? [note(forced.note)]
          : isMarkerOnly(plain(normalizeLine(prev.parts)))
            ? []
            : [note(notes.add('join', [prev.n, line.n], { cause: 'break' }))];
        current.parts = concat(current.parts, seam, line.parts);
        current.lines[1] = line.n;
        current.src.push(line.n);
        prev = line;
        continue;
      }
    }
    current = { parts: [...line.parts], lines: [line.n, line.n], src: [line.n], aside: line.aside, ...(line.renumber ? { renumber: line.renumber } : {}) };
    out.push(current);
    prev = line;
  }
  return out;
}

function normalizeLine(parts: Inline[]): Inline[] {
  return editText(parts, (t) => normalizePunctuation(t.trim()).text);
}

/** Normalises half-width punctuation in a whole block, counting the changes for the source notes. */
export function normalizeBlock(parts: Inline[]): { parts: Inline[]; changes: number } {
  let changes = 0;
  const out = editText(parts, (t) => {
    const r = normalizePunctuation(t.trim());
    changes += r.changes;
    return r.text;
  });
  return { parts: out, changes };
}

type Role =
  | { kind: 'heading'; marker: Marker }
  | { kind: 'numbered'; marker: Marker; lead: number }
  | { kind: 'ordinal'; marker: Marker; lead: number }
  | { kind: 'runin'; lead: number; standalone: boolean }
  | { kind: 'plain' };

const firstSentence = (text: string) => {
  const m = text.match(/^[^。！？!?]*[。！？!?]/);
  return m ? [...m[0]].length : -1;
};

function roleOf(text: string): Role {
  const numbered = numberedMarker(text);
  if (numbered) {
    if (isStandaloneHeading(text)) return { kind: 'heading', marker: numbered };
    const lead = firstSentence(text);
    return { kind: 'numbered', marker: numbered, lead: lead > 0 && lead <= 64 ? lead : [...numbered.printed].length };
  }
  const ordinal = ordinalMarker(text);
  const lead = firstSentence(text);
  if (ordinal && lead > 0 && lead <= 48 && lead < [...text].length) return { kind: 'ordinal', marker: ordinal, lead };
  const head = [...text].slice(0, lead).join('');
  if (lead > 2 && lead <= 24 && head.endsWith('。') && !/[，,；;：:]/.test(head))
    return { kind: 'runin', lead, standalone: lead === [...text].length };
  return { kind: 'plain' };
}

/**
 * Run-in and ordinal headings are only headings in company: a lone 一是 or a lone short
 * first sentence is prose. Decided per stretch of text between numbered headings.
 */
function confirmRoles(roles: Role[]): Role[] {
  const out = [...roles];
  const bounds = out.flatMap((r, i) => (r.kind === 'heading' || r.kind === 'numbered' ? [i] : []));
  const segments = [[0, bounds[0] ?? out.length], ...bounds.map((b, k) => [b + 1, bounds[k + 1] ?? out.length])] as const;
  segments.forEach(([from, to], k) => settle(out, from, to, k > 0));
  return out;
}

function settle(out: Role[], from: number, to: number, insideNumbered: boolean): void {
  const indices = (kind: Role['kind']) => [...Array(Math.max(0, to - from)).keys()].map((i) => i + from).filter((i) => out[i]!.kind === kind);
  // A standalone run-in heading owns the paragraph after it, which is never itself a heading.
  for (const i of indices('runin')) {
    const r = out[i]!;
    if (r.kind === 'runin' && r.standalone && out[i + 1]?.kind === 'runin' && i + 1 < to) out[i + 1] = { kind: 'plain' };
  }
  const runins = indices('runin');
  // Unnumbered run-in headings only structure text inside numbered sections.
  if (runins.length < 2 || !insideNumbered) for (const i of runins) out[i] = { kind: 'plain' };
  let run: number[] = [];
  const flush = () => {
    if (run.length < 2) for (const i of run) out[i] = { kind: 'plain' };
    run = [];
  };
  for (const i of indices('ordinal')) {
    const value = (out[i] as { marker: Marker }).marker.value;
    const previous = run.length ? (out[run.at(-1)!] as { marker: Marker }).marker.value : 0;
    if (value !== previous + 1) flush();
    if (value === 1 || run.length) run.push(i);
    else out[i] = { kind: 'plain' };
  }
  flush();
}

export interface Structure {
  sections: Section[];
  paragraphs: Paragraph[];
  blocks: Block[];
}

/**
 * A run-in heading printed on a line of its own, among siblings that open their paragraphs,
 * is joined to the paragraph after it (with a note), so that every item of a list reads alike.
 */
function alignRunIns(blocks: Block0[], roles: Role[], notes: Notes): [Block0[], Role[]] {
  const outBlocks: Block0[] = [];
  const outRoles: Role[] = [];
  const segmentOf = (i: number) => {
    let a = i;
    while (a > 0 && !['heading', 'numbered'].includes(roles[a - 1]!.kind)) a--;
    let b = i;
    while (b < roles.length - 1 && !['heading', 'numbered'].includes(roles[b + 1]!.kind)) b++;
    return roles.slice(a, b + 1);
  };
  for (let i = 0; i < blocks.length; i++) {
    const role = roles[i]!;
    const next = blocks[i + 1];
    const inline = role.kind === 'runin' && role.standalone && next && next.aside === undefined && roles[i + 1]!.kind === 'plain' && segmentOf(i).some((r) => r.kind === 'runin' && !r.standalone);
    if (!inline) {
      outBlocks.push(blocks[i]!);
      outRoles.push(role);
      continue;
    }
    const b = blocks[i]!;
    const seam = note(notes.add('join', [b.lines[1], next.lines[0]], { cause: 'run-in' }));
    outBlocks.push({ parts: concat(b.parts, [seam], next.parts), lines: [b.lines[0], next.lines[1]], src: [...b.src, ...next.src] });
    outRoles.push({ ...role, standalone: false });
    i++;
  }
  return [outBlocks, outRoles];
}

export function buildStructure(input: Block0[], file: string, notes: Notes): Structure {
  const [blocks, roles] = alignRunIns(input, confirmRoles(input.map((b) => (b.aside === undefined ? roleOf(plain(b.parts)) : { kind: 'plain' as const }))), notes);
  const isStructural = (r: Role) => r.kind !== 'plain';
  const lastStructural = roles.findLastIndex(isStructural);
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const out: Block[] = [];
  const ids = new Set<string>();
  const stack: { section: Section; rank: Rank }[] = [];
  const runInCount = new Map<string, number>();

  const open = (rank: Rank, marker: Marker | null, b: Block0, printed: Inline[], runIn: boolean) => {
    while (stack.length && stack.at(-1)!.rank >= rank) stack.pop();
    const parent = stack.at(-1)?.section ?? null;
    const key = parent?.id ?? '';
    const value = b.renumber?.as ?? marker?.value ?? (runInCount.get(key) ?? 0) + 1;
    // The correction is visible where it applies: a note marker right after the printed number.
    if (b.renumber && marker) {
      const [num, rest] = splitAt(printed, [...marker.printed].length);
      printed = concat(num, [note(notes.add('renumbered', [b.lines[0]], { printedNumber: marker.printed, countedAs: b.renumber.as, reason: b.renumber.reason }))], rest);
    }
    if (!marker) runInCount.set(key, value);
    // Enumerations (一是…) get an "e" so they never collide with numbered siblings: s1-e2 beside s1-2.
    const local = rank === 6 ? `e${value}` : `${value}`;
    const id = parent ? `${parent.id}-${local}` : rank === 6 ? local : `s${local}`;
    if (ids.has(id))
      throw new EditionError(
        file,
        b.lines[0],
        `section id "${id}" would be given twice: the heading “${plain(printed).slice(0, 20)}” repeats a number printed before it`,
        `if the source misnumbers this heading, record the correction in the edition file: \`renumbered: [{ line: ${b.lines[0]}, text: "${plain(printed).slice(0, 8)}", as: <the number it should have>, reason: … }]\` (the printed number is kept and noted); if the parser split or joined wrongly here, add a \`breaks\` or \`joins\` decision`,
      );
    ids.add(id);
    const number = marker?.printed ?? null;
    const title = plain(printed).slice(number?.length ?? 0).replace(/[。！？!?]$/, '').trim();
    const section: Section = { id, number, title, printed, parent: parent?.id ?? null, level: stack.length + 1, runIn, lines: b.lines, src: b.src };
    sections.push(section);
    stack.push({ section, rank });
    return section;
  };

  const paragraph = (b: Block0, content: Inline[], lead?: string) => {
    const para: Paragraph = { id: `p${paragraphs.length + 1}`, section: stack.at(-1)?.section.id ?? null, content, lines: [...b.lines], src: b.src, ...(lead ? { lead } : {}) };
    paragraphs.push(para);
    return para.id;
  };

  const asides = new Map<number, Extract<Block, { type: 'aside' }>>();
  blocks.forEach((b, i) => {
    const role = roles[i]!;
    if (b.aside !== undefined) {
      const aside = asides.get(b.aside);
      if (!aside) {
        const created = { type: 'aside' as const, id: `a${asides.size + 1}`, title: b.parts, paras: [], lines: [...b.lines] as [number, number], src: b.src };
        asides.set(b.aside, created);
        out.push(created);
      } else {
        aside.paras.push(paragraph(b, b.parts));
        aside.lines[1] = b.lines[1];
      }
      return;
    }
    if (role.kind === 'heading' || (role.kind === 'runin' && role.standalone)) {
      const marker = role.kind === 'heading' ? role.marker : null;
      out.push({ type: 'heading', section: open(marker?.rank ?? RUN_IN_RANK, marker, b, b.parts, false).id });
      return;
    }
    if (role.kind === 'plain') {
      const next = roles[i + 1];
      if (/^各位(代表|委员)/.test(plain(b.parts))) {
        // The closing address (各位代表，…让我们…) after the last section is the report's own;
        // elsewhere addressing the assembly steps out of a run-in topic.
        if (i > lastStructural) stack.length = 0;
        else while (stack.at(-1)?.section.runIn) stack.pop();
      } else if (stack.at(-1)?.section.runIn && (!next || next.kind === 'heading' || next.kind === 'numbered') && b.aside === undefined) {
        // A paragraph after the last run-in item, before the next numbered heading, closes the section around the items.
        while (stack.at(-1)?.section.runIn) stack.pop();
      }
      out.push({ type: 'para', para: paragraph(b, b.parts) });
      return;
    }
    const marker = role.kind === 'runin' ? null : role.marker;
    const [lead, rest] = splitAt(b.parts, role.lead);
    const s = open(marker?.rank ?? RUN_IN_RANK, marker, b, lead, true);
    out.push({ type: 'para', para: paragraph(b, rest, s.id) });
    // An enumerated paragraph (一是…) is its own section; the next paragraph is not part of it.
    if (role.kind === 'ordinal') stack.pop();
  });
  return { sections, paragraphs, blocks: out };
}
