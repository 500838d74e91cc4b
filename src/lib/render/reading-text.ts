import type { EditionDocument, Lang } from '../model.ts';
import { plain } from '../parse/inline.ts';

export interface ReadingText {
  id: string;
  sections: { id: string; title: string; parent: string | null }[];
  paragraphs: { id: string; section: string | null; text: string; lines: [number, number]; date?: string }[];
}

/** The open-data form of a document's reading text: plain strings keyed by their anchors. */
export function readingText(doc: EditionDocument): ReadingText {
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  return {
    id: doc.meta.id,
    sections: doc.sections.map((s) => ({ id: s.id, title: plain(s.printed).replace(/[。]$/, ''), parent: s.parent })),
    paragraphs: doc.paragraphs.map((p) => ({
      id: p.id,
      section: p.section,
      text: (p.lead ? plain(sections.get(p.lead)!.printed) : '') + plain(p.content),
      lines: p.lines,
      ...(p.date ? { date: p.date } : {}),
    })),
  };
}

/** Who wrote or gave the document, as the title block prints it. */
export const bylineOf = (meta: EditionDocument['meta'], withAffiliation = true) =>
  meta.people.map((p) => [p.role, p.name].filter(Boolean).join(' ')).join('、') + (withAffiliation && meta.people[0]?.affiliation ? `（${meta.people[0].affiliation}）` : '');

/** A plain-text download: title block, then headings and paragraphs with their anchors for citation. */
export function plainTextOf(doc: EditionDocument, lang: Lang, url: string): string {
  const t = readingText(doc);
  const meta = doc.meta;
  const people = bylineOf(meta, false);
  const head = [meta.title[lang] ?? meta.title['zh-Hans'], meta.subtitle, people, meta.date ?? meta.publication?.published, url].filter(Boolean).join('\n');
  const titles = new Map(t.sections.map((s) => [s.id, s.title]));
  const texts = new Map(t.paragraphs.map((p) => [p.id, p.text]));
  const lines: string[] = [];
  for (const b of doc.blocks) {
    if (b.type === 'heading') lines.push(`\n[#${b.section}] ${titles.get(b.section)}`);
    else if (b.type === 'para') lines.push(`[#${b.para}] ${texts.get(b.para)}`);
    else lines.push(`【${plain(b.title)}】`, ...b.paras.map((id) => `[#${id}] ${texts.get(id)}`));
  }
  return `${head}\n\n${lines.join('\n')}\n`;
}
