import { EditionError } from '../errors.ts';
import type { SourceText } from '../source.ts';
import type { Edition } from './schema.ts';

/** A decision as the checks see it: where it acts, the text it expects there, what it is called. */
interface Located {
  name: string;
  lines: readonly [number, number];
  text: string;
  /** Removals, exclusions, sidebars, header fields and regions own their lines: they must not overlap. */
  owns: boolean;
}

function locatedDecisions(ed: Edition): Located[] {
  const out: Located[] = [];
  const add = (name: string, lines: readonly [number, number], text: string, owns = true) => out.push({ name, lines, text, owns });
  ed.removed.forEach((d, i) => add(`removed[${i}] (${d.what})`, d.lines, d.text));
  ed.excluded.forEach((d, i) => add(`excluded[${i}]`, d.lines, d.text));
  ed.asides.forEach((d, i) => add(`asides[${i}]`, d.lines, d.text));
  ed.joins.forEach((d, i) => add(`joins[${i}]`, [d.line, d.line], d.text, false));
  ed.breaks.forEach((d, i) => add(`breaks[${i}]`, [d.line, d.line], d.text, false));
  ed.renumbered.forEach((d, i) => add(`renumbered[${i}]`, [d.line, d.line], d.text, false));
  if (ed.layout === 'report') for (const [k, h] of Object.entries(ed.header)) add(`header.${k}`, h.lines, h.text);
  else
    for (const [k, r] of Object.entries(ed.regions))
      if (Array.isArray(r)) r.forEach((x, i) => add(`regions.${k}[${i}]`, x.lines, x.text));
      else add(`regions.${k}`, r.lines, r.text);
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, '');
// A header field is a title, subtitle or speaker line: a few lines at most, never a stretch of text.
const HEADER_LINES = 3;

/**
 * Every decision of an edition file checked against its source before anything is parsed:
 * each names the text it expects on its first line, stays inside the file, and does not
 * overlap another; removals leave a text to read. All problems are reported at once.
 */
export function checkDecisions(ed: Edition, src: SourceText, file: string): void {
  const last = src.lines.length - 1;
  const problems: { line: number; text: string }[] = [];
  const decisions = locatedDecisions(ed);
  for (const d of decisions) {
    const [a, b] = d.lines;
    if (b > last) {
      problems.push({ line: b, text: `\`${d.name}\` names line ${b}, past the end of ${src.file} (${last} lines)` });
      continue;
    }
    const found = src.lines[a]!.trim();
    if (!squash(found).startsWith(squash(d.text)))
      problems.push({ line: a, text: `\`${d.name}\` expects line ${a} to begin “${d.text}”, but it reads “${[...found].slice(0, 24).join('')}”` });
    if (d.name.startsWith('header.') && src.lines.slice(a, b + 1).filter((l) => l.trim()).length > HEADER_LINES)
      problems.push({ line: a, text: `\`${d.name}\` spans lines ${a}–${b}: a header field is at most ${HEADER_LINES} lines and would swallow the text` });
  }
  const owning = decisions.filter((d) => d.owns && d.lines[1] <= last);
  owning.forEach((d, i) => {
    for (const e of owning.slice(i + 1))
      if (d.lines[0] <= e.lines[1] && e.lines[0] <= d.lines[1]) problems.push({ line: Math.max(d.lines[0], e.lines[0]), text: `\`${d.name}\` (lines ${d.lines.join('–')}) overlaps \`${e.name}\` (lines ${e.lines.join('–')})` });
  });
  if (ed.layout === 'report') {
    const gone = (n: number) => decisions.some((d) => d.owns && n >= d.lines[0] && n <= d.lines[1]);
    const text = src.lines.flatMap((l, n) => (n > 0 && l.trim() && !gone(n) ? [n] : []));
    if (!text.length) problems.push({ line: 1, text: 'the decisions remove or claim every line: no text would be left to read' });
  }
  if (problems.length)
    throw new EditionError(
      file,
      problems[0]!.line,
      `${problems.length} decision(s) do not fit ${src.file}:\n${problems.map((p) => `    line ${p.line}: ${p.text}`).join('\n')}`,
      'the source changed or the decision is wrong: correct its line numbers and `text` to the lines the source has now',
    );
}
