import type { ReportEdition } from '../edition/schema.ts';
import type { DocumentMeta, EditionDocument } from '../model.ts';
import type { SourceText } from '../source.ts';
import { assemble } from './assemble.ts';
import { noteOmissions, readingLines } from './lines.ts';
import { Notes } from './notes.ts';
import { plain } from './inline.ts';
import { EditionError } from '../errors.ts';

const JUMP_MARKER = /[（(](?:下转|上接)第\d+页[）)]/;
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
  const headerRanges = Object.values(ed.header).map((h) => h.lines);
  const inHeader = (n: number) => headerRanges.some(([a, b]) => n >= a && n <= b);
  if (ed.header.subtitle && ed.header.subtitle.lines[0] !== ed.header.subtitle.lines[1])
    notes.add('join', [...ed.header.subtitle.lines], { cause: 'subtitle' });
  const reading = readingLines(src, ed, notes, 1, last, inHeader);
  // Jumps between pages are stitched only in the magazine layout; in a report they would stay in the text.
  const jump = reading.find((l) => JUMP_MARKER.test(plain(l.parts)));
  if (jump) throw new EditionError(src.file, jump.n, `a page-jump marker (${plain(jump.parts).match(JUMP_MARKER)![0]}) stands in a document with \`layout: report\``, 'continuations are stitched only with `layout: magazine`; otherwise record the marker as `removed` (print furniture)');
  const body = assemble(reading, notes, src.file);
  const lines = (r?: readonly [number, number]) => (r ? { src: Array.from({ length: r[1] - r[0] + 1 }, (_, i) => r[0] + i).filter((n) => src.lines[n]!.trim() !== '') } : undefined);
  const printedTitle = lineText(src, ed.header.title?.lines);
  const meta: DocumentMeta = {
    id: d.id,
    kind: d.kind,
    title: { 'zh-Hans': d.title['zh-Hans'] ?? lineText(src, ed.header.title?.lines)! },
    titleSupplied: d.titleSupplied,
    city: d.city,
    date: d.date ?? null,
    ...(d.dateNote ? { dateNote: d.dateNote } : {}),
    occasion: d.occasion ?? null,
    ...(ed.header.subtitle ? { subtitle: lineText(src, ed.header.subtitle.lines) } : {}),
    people: d.people ?? [],
    completeness: d.completeness,
    source: { file: src.file, description: d.description, lines: [1, last] },
    ...(printedTitle && d.title['zh-Hans'] && printedTitle !== d.title['zh-Hans'] ? { printedTitle } : {}),
    from: { ...(ed.header.title ? { title: lines(ed.header.title.lines) } : {}), ...(ed.header.subtitle ? { subtitle: lines(ed.header.subtitle.lines) } : {}), ...(ed.header.speaker ? { byline: lines(ed.header.speaker.lines) } : {}) },
  };
  return { meta, ...body };
}
