import type { Annotation, EditionDocument, Inline } from '../model.ts';
import type { Translation } from './load.ts';

/** The English of a unit, followed by the note markers its Chinese carries (notes are keyed to the Chinese). */
function withNotes(en: string, parts: Inline[]): Inline[] {
  return [{ t: 'text', s: en }, ...parts.filter((p) => p.t === 'note')];
}

const lines = (a: Annotation) => (a.lines.length === 1 ? `source line ${a.lines[0]}` : a.lines.length === 2 ? `source lines ${a.lines[0]} and ${a.lines[1]}` : `source lines ${a.lines[0]}–${a.lines.at(-1)}`);

/** Editorial notes in English, from what each note records (its kind, lines and source form). */
export function noteInEnglish(a: Annotation): string {
  switch (a.type) {
    case 'join':
      return `A break between ${lines(a)} (line, column or page break, or a heading printed on its own line) is joined: the text runs on as one paragraph.`;
    case 'continuation':
      return `The text jumps pages here (“${a.original}”); the continuation, ${lines(a)}, is moved here so that the article reads on.`;
    case 'emendation':
      return `The source (${lines(a)}) has the English word “${a.original}”, a misreading of 和 (“and”), corrected.`;
    case 'supplied':
      return `Characters lost in the source (${lines(a)}) are supplied by the editors in 〔〕.`;
    case 'lacuna':
      return `Characters are lost in the source (${lines(a)}) and cannot be supplied; marked 〔□〕.`;
    case 'supplied-title':
      return 'The source has no title; the title is supplied by the editors.';
    case 'removed':
      return `Left out of the reading text: ${lines(a)} (web page or print matter that is not part of the document).`;
    case 'excluded':
      return `Left out of the reading text: ${lines(a)} belong to another text.`;
    case 'normalized':
      return 'Half-width punctuation next to Chinese characters is changed to full width throughout; the source text shows the original forms.';
    case 'sidebar':
      return `A boxed sidebar (${lines(a)}) is kept apart from the running text.`;
    case 'relocated':
      return `Text moved by the editors (${lines(a)}).`;
  }
}

/**
 * The English twin of a document: the same ids, blocks and notes, every text unit replaced
 * by its translation. The source quotations in notes stay Chinese.
 */
export function toEnglish(doc: EditionDocument, tr: Translation): EditionDocument {
  const out: EditionDocument = structuredClone(doc);
  const en = (id: string) => tr.get(id)!;
  const opt = (id: string, value: string | null | undefined) => (value ? en(id) : value);
  const m = out.meta;
  m.title = { ...m.title, en: en('title') };
  m.subtitle = opt('subtitle', m.subtitle) ?? undefined;
  m.dateline = opt('dateline', m.dateline) ?? undefined;
  m.occasion = opt('occasion', m.occasion) ?? null;
  if (m.dateNote) m.dateNote = en('date-note');
  m.source = { ...m.source, description: en('description') };
  if (m.completeness.missing) m.completeness = { ...m.completeness, missing: en('missing') };
  // The byline is translated whole (names in pinyin, office after the name).
  if (m.people.length) m.people = [{ name: en('byline'), ...(m.people[0]!.affiliation ? { affiliation: en('affiliation-1') } : {}) }];
  for (const s of out.sections) s.printed = withNotes(en(s.id), s.printed);
  for (const p of out.paragraphs) p.content = withNotes(en(p.id), p.content);
  for (const b of out.blocks) {
    if (b.type === 'aside') b.title = withNotes(en(b.id), b.title);
    else if (b.type === 'signoff') b.text = en(b.id);
  }
  for (const a of out.annotations) a.text = noteInEnglish(a);
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
      if (e.subtitle) e.subtitle = en(`toc-${i + 1}-subtitle`);
    });
    issue.columns.forEach((c, i) => (c.text = en(`column-${i + 1}`)));
    issue.posters.forEach((p, i) => p.forEach((l, j) => (l.text = en(`poster-${i + 1}-${j + 1}`))));
    issue.slogans.forEach((s, i) => (s.text = en(`slogan-${i + 1}`)));
    issue.imprint.forEach((s, i) => (s.text = en(`imprint-${i + 1}`)));
  }
  return out;
}
