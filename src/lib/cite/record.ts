import type { EditionDocument, Lang } from '../model.ts';
import { labels, titleIn } from '../site/i18n.ts';

/** A CSL-JSON item: the one metadata record each citation, download and page head is built from. */
export interface CslItem {
  id: string;
  type: 'article-magazine' | 'speech' | 'periodical';
  title: string;
  'original-title'?: string;
  author?: ({ family: string; given: string } | { literal: string })[];
  'container-title'?: string;
  issue?: string;
  volume?: string;
  page?: string;
  issued?: { 'date-parts': number[][] };
  event?: string;
  'event-title'?: string;
  'event-date'?: { 'date-parts': number[][] };
  'event-place'?: string;
  genre?: string;
  publisher?: string;
  language: string;
  URL: string;
  accessed?: { 'date-parts': number[][] };
  /** Where the item was consulted: this edition, with its version. */
  archive?: string;
  edition?: string;
  note?: string;
}

const parts = (iso: string) => [iso.split('-').map(Number)];

/**
 * Chinese names are family name first: 张志川 → 张 + 志川; the English byline gives them in
 * pinyin (Zhang Zhichuan). Organisations and unparsed names stay literal.
 */
function person(name: string, lang: Lang): { family: string; given: string } | { literal: string } {
  if (lang === 'en') {
    const m = /^([A-Z][a-z]+) ([A-Z][a-z]+)$/.exec(name);
    return m ? { family: m[1]!, given: m[2]! } : { literal: name };
  }
  return /^\p{Script=Han}{2,3}$/u.test(name) ? { family: [...name][0]!, given: [...name].slice(1).join('') } : { literal: name };
}

/** Consecutive pages as ranges: [15, 16, 21] → "15-16, 21". */
export function pageRanges(pages: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    out.push(i === j ? `${pages[i]}` : `${pages[i]}-${pages[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

/** What a record needs beyond the document: where and when the edition publishes it, and by whom. */
export interface RecordContext {
  url: string;
  /** The document's people as its language gives them (English: pinyin). */
  names: string[];
  accessed: string;
  /** The edition's version, named in `archive` so every citation says which state of the text it quotes. */
  version: string;
  /** A magazine article's publisher: the sponsor (主办) of its issue. */
  publisher?: string;
}

/**
 * The record of a document in one language of the edition. A magazine article is an
 * `article-magazine` (container, issue, year, pages, publisher); a government work report is a
 * `speech` by its speaker at the session it names, in its city on its date; an excerpt or
 * abstract says so in `genre`.
 */
export function cslRecord(doc: EditionDocument, lang: Lang, { url, names, accessed, version, publisher }: RecordContext): CslItem {
  const m = doc.meta;
  const pub = m.publication;
  const date = m.date ?? pub?.published;
  const kind = m.completeness.status;
  const base = {
    id: m.id,
    title: titleIn(m.title, lang),
    ...(lang === 'en' ? { 'original-title': m.title['zh-Hans'] } : {}),
    ...(names.length ? { author: names.map((n) => person(n, lang)) } : {}),
    ...(date ? { issued: { 'date-parts': parts(date) } } : {}),
    language: lang === 'en' ? 'en' : lang === 'zh-Hant' ? 'zh-TW' : 'zh-CN',
    URL: url,
    archive: labels(lang).consultedIn(version),
    accessed: { 'date-parts': parts(accessed) },
  };
  if (m.kind === 'issue') return { ...base, type: 'periodical', issue: String(pub!.issue), volume: String(pub!.year) };
  if (pub) return { ...base, type: 'article-magazine', 'container-title': pub.title, issue: String(pub.issue), ...(pub.pages.length ? { page: pageRanges(pub.pages) } : {}), ...(publisher ? { publisher } : {}) };
  // Styles supply their own article ("Presented at the …"): an event name carries none.
  const event = m.occasion?.replace(/^The /, '');
  // A work report is delivered on behalf of the municipal people's government: its institution.
  const government = lang === 'en' ? `${m.city} Municipal People's Government` : `${m.city}市人民政府`;
  const delivered = m.date ? { 'event-date': { 'date-parts': parts(m.date) }, 'event-place': m.city } : {};
  return { ...base, type: 'speech', publisher: government, ...(event ? { event, 'event-title': event } : {}), ...delivered, ...(kind !== 'full' ? { genre: labels(lang)[kind] } : {}) };
}
