import type { EditionDocument, Inline } from '../model.ts';
import { noteEn } from '../notes/text.ts';
import type { Translation } from './load.ts';

/** The English of a unit, followed by the note markers its Chinese carries (notes are keyed to the Chinese). */
function withNotes(en: string, parts: Inline[]): Inline[] {
  return [{ t: 'text', s: en }, ...parts.filter((p) => p.t === 'note')];
}

/**
 * The English twin of a document: the same ids, blocks and notes, every text unit replaced
 * by its translation. The source quotations in notes stay Chinese.
 */
export function toEnglish(doc: EditionDocument, tr: Translation, translationOf: (id: string) => Translation | undefined = () => undefined): EditionDocument {
  const out: EditionDocument = structuredClone(doc);
  const en = (id: string) => tr.get(id)!;
  const opt = (id: string, value: string | null | undefined) => (value ? en(id) : value);
  const m = out.meta;
  m.title = { ...m.title, en: en('title') };
  m.city = en('city');
  if (m.publication) m.publication = { ...m.publication, title: en('publication') };
  m.subtitle = opt('subtitle', m.subtitle) ?? undefined;
  m.dateline = opt('dateline', m.dateline) ?? undefined;
  m.occasion = opt('occasion', m.occasion) ?? null;
  if (m.dateNote) m.dateNote = en('date-note');
  m.source = { ...m.source, description: en('description') };
  if (m.completeness.missing) m.completeness = { ...m.completeness, missing: en('missing') };
  // The byline is translated whole (names in pinyin, office after the name).
  if (m.people.length) m.people = [{ name: m.people[0]!.affiliation ? `${en('byline')} (${en('affiliation-1')})` : en('byline') }];
  for (const s of out.sections) {
    s.printed = withNotes(en(s.id), s.printed);
    // The English heading carries its numbering as translated (I., (II), First,).
    s.number = null;
    s.title = en(s.id).replace(/[.:]$/, '');
  }
  for (const p of out.paragraphs) p.content = withNotes(en(p.id), p.content);
  for (const b of out.blocks) {
    if (b.type === 'aside') b.title = withNotes(en(b.id), b.title);
    else if (b.type === 'signoff') b.text = en(b.id);
  }
  for (const a of out.annotations) a.text = noteEn(a);
  const issue = out.issue;
  if (issue) {
    const column = new Map(issue.columns.map((c, i) => [c.text, `column-${i + 1}`]));
    issue.cover.forEach((c, i) => (c.text = en(`cover-${i + 1}`)));
    issue.masthead.forEach((e, i) => {
      if (e.label) e.label = en(`masthead-${i + 1}-label`);
      e.value = en(`masthead-${i + 1}`);
    });
    issue.toc.forEach((e, i) => {
      e.column = en(column.get(e.column)!);
      e.title = en(`toc-${i + 1}`);
      // The contents name authors as the articles' English bylines do.
      const byline = e.doc ? translationOf(e.doc)?.get('byline') : undefined;
      if (byline) e.authors = [byline];
      if (e.subtitle) e.subtitle = en(`toc-${i + 1}-subtitle`);
    });
    issue.columns.forEach((c, i) => (c.text = en(`column-${i + 1}`)));
    issue.posters.forEach((p, i) => p.forEach((l, j) => (l.text = en(`poster-${i + 1}-${j + 1}`))));
    issue.slogans.forEach((s, i) => (s.text = en(`slogan-${i + 1}`)));
    issue.imprint.forEach((s, i) => (s.text = en(`imprint-${i + 1}`)));
  }
  return out;
}
