import type { Annotation, EditionDocument, Inline, Lang } from '../model.ts';
import type { Occurrence } from '../glossary/occurrences.ts';
import { plain, splitAt } from '../parse/inline.ts';

// Every piece of source text enters the MDX as a JavaScript string literal inside an
// expression, never as Markdown or JSX text, so {, <, #, *, _, |, `, import/export and
// the like can only ever render as themselves.
const literal = (s: string) => `{${JSON.stringify(s)}}`;
const attr = (s: string) => JSON.stringify(s);

/**
 * Text runs as string literals and note markers as <Ref>; a glossary term marked at a plain-text
 * offset of the element becomes <Term> (only where it lies within one text run).
 */
function inlines(parts: Inline[], notes: Map<string, Annotation>, terms: Occurrence[] = []): string {
  let offset = 0;
  return parts
    .map((p) => {
      if (p.t === 'note') return `<Ref id=${attr(p.note)} type=${attr(notes.get(p.note)?.type ?? 'join')} n={${notes.get(p.note)?.n ?? 0}} />`;
      const start = offset;
      offset += p.s.length;
      let out = '';
      let at = 0;
      for (const o of terms.filter((o) => o.at >= start && o.at + o.text.length <= offset).sort((a, b) => a.at - b.at)) {
        const from = o.at - start;
        if (from < at) continue;
        out += (from > at ? literal(p.s.slice(at, from)) : '') + `<Term id=${attr(o.term)}>${literal(p.s.slice(from, from + o.text.length))}</Term>`;
        at = from + o.text.length;
      }
      return out + (at < p.s.length ? literal(p.s.slice(at)) : '');
    })
    .join('');
}

/**
 * Retired ids stay anchors at the place their text now stands inside the paragraph; in a
 * translation, whose sentences do not map onto the Chinese characters, at its start.
 */
function withAliases(parts: Inline[], aliases: NonNullable<EditionDocument['aliases']>, notes: Map<string, Annotation>, lang: Lang, terms: Occurrence[]): string {
  const alias = (a: (typeof aliases)[number]) => `<Alias id=${attr(a.id)} of=${attr(a.target)} />`;
  if (lang === 'en' || !aliases.length) return aliases.map(alias).join('') + inlines(parts, notes, terms);
  let rest = parts;
  let shift = 0;
  let out = '';
  for (const a of aliases) {
    const at = plain(rest).indexOf([...a.head].slice(0, 6).join(''));
    if (at < 0) throw new Error(`alias #${a.id} names text “${a.head}” that #${a.target} does not contain`);
    const [before, after] = splitAt(rest, at);
    out += inlines(before, notes, terms.map((o) => ({ ...o, at: o.at - shift }))) + alias(a);
    shift += plain(before).length;
    rest = after;
  }
  return out + inlines(rest, notes, terms.map((o) => ({ ...o, at: o.at - shift })));
}

/** The reading text of one document as MDX: ids and components explicit, nothing for a Markdown processor to infer. */
export function documentToMdx(doc: EditionDocument, lang: Lang, terms: Occurrence[] = []): string {
  const marked = (anchor: string) => terms.filter((o) => o.anchor === anchor);
  const notes = new Map(doc.annotations.map((a) => [a.id, a]));
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
  const para = (id: string) => {
    const p = paragraphs.get(id)!;
    // English sets a space between a run-in heading and its sentence; Chinese does not.
    const lead = p.lead ? `<Lead id=${attr(p.lead)}>${inlines(sections.get(p.lead)!.printed, notes, marked(p.lead))}</Lead>${lang === 'en' ? literal(' ') : ''}` : '';
    const date = p.date ? ` date=${attr(p.date)}` : '';
    return `<P id=${attr(p.id)} lines=${attr(p.lines.join('–'))}${date}>${lead}${withAliases(p.content, (doc.aliases ?? []).filter((a) => a.target === p.id), notes, lang, marked(p.id))}</P>`;
  };
  const body = doc.blocks.map((b) => {
    if (b.type === 'heading') {
      const s = sections.get(b.section)!;
      return `<H id=${attr(s.id)} level={${s.level}}>${inlines(s.printed, notes, marked(s.id))}</H>`;
    }
    if (b.type === 'para') return para(b.para);
    if (b.type === 'signoff') return `<Signoff id=${attr(b.id)} lines=${attr(b.src.join('–'))}>${literal(b.text)}</Signoff>`;
    return `<Aside id=${attr(b.id)}>\n<AsideTitle>${inlines(b.title, notes)}</AsideTitle>\n${b.paras.map(para).join('\n')}\n</Aside>`;
  });
  return `---\n${JSON.stringify({ doc: doc.meta.id, lang })}\n---\n\n${body.join('\n\n')}\n`;
}
