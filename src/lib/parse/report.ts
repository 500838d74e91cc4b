import type { ReportEdition } from '../edition/schema.ts';
import type { DocumentMeta, EditionDocument } from '../model.ts';
import type { SourceText } from '../source.ts';
import { assemble } from './assemble.ts';
import { noteOmissions, readingLines } from './lines.ts';
import { Notes } from './notes.ts';
import { normalizePunctuation } from './punctuation.ts';

const lineText = (src: SourceText, r?: readonly [number, number]) =>
  r ? normalizePunctuation(src.lines.slice(r[0], r[1] + 1).map((l) => l.trim()).join('')).text : undefined;

/** A government work report: one source, one document. */
export function parseReport(ed: ReportEdition, src: SourceText): EditionDocument {
  const notes = new Notes();
  const last = src.lines.length - 1;
  const d = ed.document;
  if (d.titleSupplied) notes.add('supplied-title', [], { text: d.title['zh-Hans'] });
  noteOmissions(src, ed, notes, 1, last);
  const headerRanges = Object.values(ed.header);
  const inHeader = (n: number) => headerRanges.some(([a, b]) => n >= a && n <= b);
  if (ed.header.subtitle && ed.header.subtitle[0] !== ed.header.subtitle[1])
    notes.add('join', [ed.header.subtitle[0], ed.header.subtitle[1]], { cause: 'subtitle' });
  const body = assemble(readingLines(src, ed, notes, 1, last, inHeader), notes, src.file);
  const lines = (r?: readonly [number, number]) => (r ? { src: Array.from({ length: r[1] - r[0] + 1 }, (_, i) => r[0] + i).filter((n) => src.lines[n]!.trim() !== '') } : undefined);
  const printedTitle = lineText(src, ed.header.title);
  const meta: DocumentMeta = {
    id: d.id,
    kind: d.kind,
    title: { 'zh-Hans': d.title['zh-Hans'] ?? lineText(src, ed.header.title)! },
    titleSupplied: d.titleSupplied,
    city: d.city,
    date: d.date ?? null,
    ...(d.dateNote ? { dateNote: d.dateNote } : {}),
    occasion: d.occasion ?? null,
    ...(ed.header.subtitle ? { subtitle: lineText(src, ed.header.subtitle) } : {}),
    people: d.people ?? [],
    completeness: d.completeness,
    source: { file: src.file, description: d.description, lines: [1, last] },
    ...(printedTitle && d.title['zh-Hans'] && printedTitle !== d.title['zh-Hans'] ? { printedTitle } : {}),
    from: { ...(ed.header.title ? { title: lines(ed.header.title) } : {}), ...(ed.header.subtitle ? { subtitle: lines(ed.header.subtitle) } : {}), ...(ed.header.speaker ? { byline: lines(ed.header.speaker) } : {}) },
  };
  return { meta, ...body };
}
