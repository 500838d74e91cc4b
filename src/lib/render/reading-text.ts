import type { Annotation, EditionDocument, Lang } from '../model.ts';
import { plain } from '../parse/inline.ts';

export interface ReadingText {
  id: string;
  title: string;
  titleSupplied: boolean;
  byline: string;
  sections: { id: string; title: string; parent: string | null }[];
  paragraphs: { id: string; section: string | null; text: string; lines: [number, number]; date?: string }[];
  /** Lines printed after the text, such as the author's affiliation, as printed. */
  signoff?: { id: string; text: string };
  notes: Pick<Annotation, 'id' | 'n' | 'type' | 'text' | 'lines' | 'original' | 'target'>[];
}

/** The open-data form of a document's reading text: plain strings keyed by their anchors. */
export function readingText(doc: EditionDocument, lang: Lang = 'zh-Hans'): ReadingText {
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  const signoff = doc.blocks.find((b) => b.type === 'signoff');
  return {
    id: doc.meta.id,
    title: doc.meta.title[lang] ?? doc.meta.title['zh-Hans'],
    titleSupplied: doc.meta.titleSupplied,
    byline: bylineOf(doc.meta),
    sections: doc.sections.map((s) => ({ id: s.id, title: plain(s.printed).replace(/[。]$/, ''), parent: s.parent })),
    paragraphs: doc.paragraphs.map((p) => ({
      id: p.id,
      section: p.section,
      text: (p.lead ? plain(sections.get(p.lead)!.printed) : '') + plain(p.content),
      lines: p.lines,
      ...(p.date ? { date: p.date } : {}),
    })),
    ...(signoff ? { signoff: { id: signoff.id, text: signoff.text } } : {}),
    notes: doc.annotations.map(({ id, n, type, text, lines, original, target }) => ({ id, n, type, text, lines, ...(original !== undefined ? { original } : {}), ...(target ? { target } : {}) })),
  };
}

/** Who wrote or gave the document, as the title block prints it. */
export const bylineOf = (meta: EditionDocument['meta'], withAffiliation = true) =>
  meta.people.map((p) => [p.role, p.name].filter(Boolean).join(' ')).join('、') + (withAffiliation && meta.people[0]?.affiliation ? `（${meta.people[0].affiliation}）` : '');

/** A plain-text download: title block, headings and paragraphs with their anchors, then the editorial notes. */
export function plainTextOf(doc: EditionDocument, lang: Lang, url: string, labels: { titleSupplied: string; notes: string; lines: string; issueDate: string; sourceDesc: string; colon: string }, edition?: string): string {
  const t = readingText(doc, lang);
  const meta = doc.meta;
  const head = [
    t.title + (t.titleSupplied ? ` ${labels.titleSupplied}` : ''),
    meta.subtitle,
    t.byline,
    meta.dateline ?? meta.date ?? (meta.publication ? `${labels.issueDate} ${meta.publication.published}` : undefined),
    `${labels.sourceDesc}${labels.colon}${meta.source.description}`,
    edition,
    url,
  ]
    .filter(Boolean)
    .join('\n');
  const titles = new Map(t.sections.map((s) => [s.id, s.title]));
  const texts = new Map(t.paragraphs.map((p) => [p.id, p.text]));
  const lines: string[] = [];
  for (const b of doc.blocks) {
    if (b.type === 'heading') lines.push(`\n[#${b.section}] ${titles.get(b.section)}`);
    else if (b.type === 'para') lines.push(`[#${b.para}] ${texts.get(b.para)}`);
    else if (b.type === 'signoff') lines.push(`[#${b.id}] ${b.text}`);
    else lines.push(`[#${b.id}] 【${plain(b.title)}】`, ...b.paras.map((id) => `[#${id}] ${texts.get(id)}`));
  }
  const apparatus = t.notes.map((n) => `[${n.n}] [#${n.id}]${n.target ? ` (#${n.target})` : ''} ${n.text}${n.lines.length ? ` (${labels.lines} ${n.lines.join(', ')})` : ''}`);
  return `${head}\n\n${lines.join('\n')}\n\n${labels.notes}\n${apparatus.join('\n')}\n`;
}
