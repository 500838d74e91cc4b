import type { EditionDocument } from '../model.ts';
import { plain } from '../parse/inline.ts';
import { bylineOf } from '../render/reading-text.ts';

/** One piece of Chinese the translation must render, keyed by its permanent id. */
export interface Unit {
  id: string;
  zh: string;
}

/**
 * Every translatable piece of a document, in reading order: title block fields, headings,
 * paragraphs, sidebar titles and the issue record. Ids are the anchors of the reading text
 * (`s3-2`, `p57`) or fixed names for title-block fields, so a translation aligns with the
 * Chinese in every script.
 */
export function translationUnits(doc: EditionDocument): Unit[] {
  const m = doc.meta;
  const out: Unit[] = [];
  const add = (id: string, zh: string | null | undefined) => {
    if (zh) out.push({ id, zh });
  };
  add('title', m.title['zh-Hans']);
  add('city', m.city);
  add('publication', m.publication?.title);
  add('subtitle', m.subtitle);
  add('dateline', m.dateline);
  add('byline', bylineOf(m, false));
  m.people.forEach((p, i) => add(`affiliation-${i + 1}`, p.affiliation));
  add('occasion', m.occasion);
  add('date-note', m.dateNote);
  add('description', m.source.description);
  add('missing', m.completeness.missing);
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
  const para = (id: string) => {
    const p = paragraphs.get(id)!;
    if (p.lead) add(p.lead, plain(sections.get(p.lead)!.printed));
    add(p.id, plain(p.content));
  };
  for (const b of doc.blocks) {
    if (b.type === 'heading') add(b.section, plain(sections.get(b.section)!.printed));
    else if (b.type === 'para') para(b.para);
    else if (b.type === 'signoff') add(b.id, b.text);
    else {
      add(b.id, plain(b.title));
      b.paras.forEach(para);
    }
  }
  const issue = doc.issue;
  if (issue) {
    issue.cover.forEach((c, i) => add(`cover-${i + 1}`, c.text));
    issue.masthead.forEach((e, i) => {
      add(`masthead-${i + 1}-label`, e.label);
      add(`masthead-${i + 1}`, e.value);
    });
    issue.columns.forEach((c, i) => add(`column-${i + 1}`, c.text));
    issue.toc.forEach((e, i) => {
      add(`toc-${i + 1}`, e.title);
      add(`toc-${i + 1}-subtitle`, e.subtitle);
    });
    issue.posters.forEach((p, i) => p.forEach((l, j) => add(`poster-${i + 1}-${j + 1}`, l.text)));
    issue.slogans.forEach((s, i) => add(`slogan-${i + 1}`, s.text));
    issue.imprint.forEach((s, i) => add(`imprint-${i + 1}`, s.text));
  }
  return out;
}
