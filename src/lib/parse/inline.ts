import type { Inline } from '../model.ts';

// Inline runs are edited as one string with each note marker replaced by a private-use
// character, so that regular expressions see the running text and markers keep their place.
const BASE = 0xe000;

export function toMarked(parts: Inline[]): { text: string; notes: string[] } {
  const notes: string[] = [];
  const text = parts
    .map((p) => {
      if (p.t === 'text') return p.s;
      notes.push(p.note);
      return String.fromCharCode(BASE + notes.length - 1);
    })
    .join('');
  return { text, notes };
}

export function fromMarked(text: string, notes: string[]): Inline[] {
  const out: Inline[] = [];
  let buf = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= BASE && code < BASE + notes.length) {
      if (buf) out.push({ t: 'text', s: buf });
      buf = '';
      out.push({ t: 'note', note: notes[code - BASE]! });
    } else buf += ch;
  }
  if (buf) out.push({ t: 'text', s: buf });
  return out;
}

export const isMarker = (ch: string | undefined) => ch !== undefined && ch.charCodeAt(0) >= BASE && ch.charCodeAt(0) < BASE + 0x1000;

/** Rewrites the text of `parts` with `edit`, keeping note markers where they stand. */
export function editText(parts: Inline[], edit: (marked: string) => string): Inline[] {
  const { text, notes } = toMarked(parts);
  return fromMarked(edit(text), notes);
}

export function plain(parts: Inline[]): string {
  return parts.map((p) => (p.t === 'text' ? p.s : '')).join('');
}

/** Splits after `count` characters of running text (markers at the cut go with the head). */
export function splitAt(parts: Inline[], count: number): [Inline[], Inline[]] {
  const { text, notes } = toMarked(parts);
  const chars = [...text];
  let seen = 0;
  let cut = 0;
  while (cut < chars.length && (seen < count || isMarker(chars[cut]))) {
    if (!isMarker(chars[cut])) seen++;
    cut++;
  }
  return [fromMarked(chars.slice(0, cut).join(''), notes), fromMarked(chars.slice(cut).join(''), notes)];
}

export function concat(...runs: Inline[][]): Inline[] {
  const out: Inline[] = [];
  for (const part of runs.flat()) {
    const last = out.at(-1);
    if (part.t === 'text' && last?.t === 'text') out[out.length - 1] = { t: 'text', s: last.s + part.s };
    else if (part.t === 'text' && part.s === '') continue;
    else out.push(part);
  }
  return out;
}

export const text = (s: string): Inline[] => (s ? [{ t: 'text', s }] : []);
export const note = (id: string): Inline => ({ t: 'note', note: id });
