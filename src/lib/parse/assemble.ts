import { openEnds } from '../check/splits.ts';
import { EditionError } from '../errors.ts';
import type { Annotation, Block, Paragraph, Section } from '../model.ts';
import type { Notes } from './notes.ts';
import { buildStructure, joinLines, normalizeBlock, type Line } from './structure.ts';

export interface Body {
  sections: Section[];
  paragraphs: Paragraph[];
  blocks: Block[];
  annotations: Annotation[];
}

/** Lines → joined paragraphs → normalised punctuation → section tree → numbered notes. */
export function assemble(lines: Line[], notes: Notes, file: string): Body {
  let normalized = 0;
  const blocks = joinLines(lines, notes).map((b) => {
    const r = normalizeBlock(b.parts);
    normalized += r.changes;
    return { ...b, parts: r.parts };
  });
  const { sections, paragraphs, blocks: out } = buildStructure(blocks, file, notes);
  const open = openEnds(out, paragraphs, new Set(lines.filter((l) => l.breakAfter).map((l) => l.n)));
  if (open.length)
    throw new EditionError(file, open[0]!.line, `${open.length} paragraph(s) end mid-sentence before text that does not start a new unit: ${open.map((o) => `line ${o.line} “…${o.tail}” | “${o.next}…”`).join('; ')}`, 'if the print break split one paragraph, add a `joins` decision for that line; if the paragraph really ends there, add a `breaks` decision saying why');
  if (normalized)
    notes.add('normalized', [], { count: normalized, scope: 'text' });
  const annotations = notes.finish(out, new Map(sections.map((s) => [s.id, s])), new Map(paragraphs.map((p) => [p.id, p])));
  return { sections, paragraphs, blocks: out, annotations };
}
