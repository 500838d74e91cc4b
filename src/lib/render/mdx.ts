import type { Annotation, EditionDocument, Inline, Lang } from '../model.ts';

// Every piece of source text enters the MDX as a JavaScript string literal inside an
// expression, never as Markdown or JSX text, so {, <, #, *, _, |, `, import/export and
// the like can only ever render as themselves.
const literal = (s: string) => `{${JSON.stringify(s)}}`;
const attr = (s: string) => JSON.stringify(s);

function inlines(parts: Inline[], notes: Map<string, Annotation>): string {
  return parts.map((p) => (p.t === 'text' ? literal(p.s) : `<Ref id=${attr(p.note)} type=${attr(notes.get(p.note)?.type ?? 'join')} />`)).join('');
}

/** The reading text of one document as MDX: ids and components explicit, nothing for a Markdown processor to infer. */
export function documentToMdx(doc: EditionDocument, lang: Lang): string {
  const notes = new Map(doc.annotations.map((a) => [a.id, a]));
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
  const para = (id: string) => {
    const p = paragraphs.get(id)!;
    const lead = p.lead ? `<Lead id=${attr(p.lead)}>${inlines(sections.get(p.lead)!.printed, notes)}</Lead>` : '';
    const date = p.date ? ` date=${attr(p.date)}` : '';
    return `<P id=${attr(p.id)} lines=${attr(p.lines.join('–'))}${date}>${lead}${inlines(p.content, notes)}</P>`;
  };
  const body = doc.blocks.map((b) => {
    if (b.type === 'heading') {
      const s = sections.get(b.section)!;
      return `<H id=${attr(s.id)} level={${s.level}}>${inlines(s.printed, notes)}</H>`;
    }
    if (b.type === 'para') return para(b.para);
    return `<Aside>\n<AsideTitle>${inlines(b.title, notes)}</AsideTitle>\n${b.paras.map(para).join('\n')}\n</Aside>`;
  });
  return `---\n${JSON.stringify({ doc: doc.meta.id, lang })}\n---\n\n${body.join('\n\n')}\n`;
}
