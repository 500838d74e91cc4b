import { editionInfo, permalink } from '../lib/cite/edition-info.ts';
import { citationFiles } from '../lib/cite/exports.ts';
import { formatCitation, STYLES, type StyleKey } from '../lib/cite/format.ts';
import { cslRecord, type CslItem } from '../lib/cite/record.ts';
import type { Lang } from '../lib/model.ts';
import { docPath } from '../lib/site/urls.ts';
import { documentById } from './data.ts';

export interface Citation {
  item: CslItem;
  url: string;
  styles: Record<StyleKey, string>;
  files: ReturnType<typeof citationFiles>;
}

const cache = new Map<string, Citation>();

/**
 * Who a document is by, in the language's own form: 简体/繁體 names, or the pinyin names the
 * English byline opens with (“Zhang Xinwei, Acting Mayor” → Zhang Xinwei). Sponsors of the
 * issue are publishers, not authors.
 */
function names(id: string, lang: Lang): string[] {
  const zh = documentById(id, 'zh-Hans').meta;
  if (zh.kind === 'issue' || zh.kind === 'chronicle') return [];
  const people = zh.people.map((p) => p.name);
  if (lang !== 'en') return documentById(id, lang).meta.people.map((p) => p.name);
  const byline = documentById(id, 'en').meta.people[0]?.name ?? '';
  return [...byline.matchAll(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g)].slice(0, people.length).map((m) => m[0]);
}

/**
 * A magazine article's publisher: the sponsor (主办) of its issue, in the language's form. The
 * English byline of the issue reads "Sponsored by the …; organized by the …".
 */
function sponsor(id: string, lang: Lang): string | undefined {
  const pub = documentById(id, 'zh-Hans').meta.publication;
  if (!pub) return undefined;
  const i = documentById(pub.issueId, 'zh-Hans').meta.people.findIndex((p) => p.role === '主办');
  if (i < 0) return undefined;
  if (lang !== 'en') return documentById(pub.issueId, lang).meta.people[i]?.name;
  return /^Sponsored by (?:the )?([^;]+)/.exec(documentById(pub.issueId, 'en').meta.people[0]?.name ?? '')?.[1];
}

/** The citation of a document in one language: the record, its formatted forms and its files. */
export function citationOf(id: string, lang: Lang): Citation {
  const key = `${lang}|${id}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const edition = editionInfo();
  const url = permalink(edition, docPath(lang, id));
  const item = cslRecord(documentById(id, lang), lang, { url, names: names(id, lang), accessed: edition.date, version: edition.version, publisher: sponsor(id, lang) });
  const styles = Object.fromEntries((Object.keys(STYLES) as StyleKey[]).map((s) => [s, formatCitation(item, s)])) as Record<StyleKey, string>;
  const c = { item, url, styles, files: citationFiles(item) };
  cache.set(key, c);
  return c;
}
