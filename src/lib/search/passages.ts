import { EditionError } from '../errors.ts';
import type { EditionDocument, Lang } from '../model.ts';
import { plain } from '../parse/inline.ts';
import { bylineOf, readingText } from '../render/reading-text.ts';
import { titleIn } from '../site/i18n.ts';
import { displayedText } from './record-text.ts';

/** One searchable element of a reading page: its id, its text, and the same text in the other script. */
export interface Passage {
  anchor: string;
  text: string;
  other: string;
}

/** The script a query may also be typed in; languages without a twin script search themselves. */
export const otherScript = (lang: Lang): Lang => (lang === 'zh-Hans' ? 'zh-Hant' : lang === 'zh-Hant' ? 'zh-Hans' : lang);

/** The text a reader sees in each element with an id, in document order. */
function elementTexts(doc: EditionDocument, lang: Lang): [anchor: string, text: string, line: number][] {
  const m = doc.meta;
  const reading = readingText(doc);
  const paragraphs = new Map(reading.paragraphs.map((p) => [p.id, p.text]));
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  const paraLines = new Map(doc.paragraphs.map((p) => [p.id, p.lines[0]]));
  const out: [string, string, number][] = [['title', titleIn(m.title, lang), m.source.lines[0]]];
  if (m.subtitle) out.push(['subtitle', m.subtitle, m.source.lines[0]]);
  if (m.people.length) out.push(['byline', bylineOf(m), m.source.lines[0]]);
  for (const b of doc.blocks) {
    if (b.type === 'heading') {
      const s = sections.get(b.section)!;
      out.push([s.id, plain(s.printed), s.lines[0]]);
    } else if (b.type === 'signoff') out.push([b.id, b.text, b.src[0]!]);
    else for (const id of b.type === 'para' ? [b.para] : b.paras) out.push([id, paragraphs.get(id)!, paraLines.get(id)!]);
  }
  return out.map(([anchor, text, line]) => [anchor, displayedText(text), line]);
}

/**
 * The passages of `doc` (in `lang`) paired with its twin in the other script. Hits found in
 * the other script are shown and highlighted by position, so both must have the same length.
 */
export function passagesOf(doc: EditionDocument, twin: EditionDocument, lang: Lang): Passage[] {
  const others = new Map(elementTexts(twin, otherScript(lang)).map(([a, t]) => [a, t]));
  return elementTexts(doc, lang)
    .filter(([, text]) => text.length > 0)
    .map(([anchor, text, line]) => {
      const other = others.get(anchor) ?? '';
      if (other.length !== text.length)
        throw new EditionError(
          doc.meta.source.file,
          line,
          `#${anchor} of “${doc.meta.id}” is ${text.length} characters long in ${lang} but ${other.length} in ${otherScript(lang)}; search maps hits between scripts by position`,
          'add a content/zh-hant/terms.yaml correction whose 繁體 form has as many characters as the 简体 one',
        );
      return { anchor, text, other };
    });
}
