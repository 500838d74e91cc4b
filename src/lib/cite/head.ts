import type { CslItem } from './record.ts';

export interface MetaTag {
  name: string;
  content: string;
}

const date = (item: CslItem, sep: string) => item.issued?.['date-parts'][0]?.map((n, i) => (i ? String(n).padStart(2, '0') : String(n))).join(sep);
const authorName = (a: NonNullable<CslItem['author']>[number]) => ('literal' in a ? a.literal : /\p{Script=Han}/u.test(a.family) ? `${a.family}${a.given}` : `${a.family}, ${a.given}`);

/**
 * What reference managers read from a page head: Highwire Press `citation_*` tags (Zotero's
 * Embedded Metadata translator, Google Scholar) and Dublin Core, from the same record.
 */
export function citationMeta(item: CslItem): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: item.title }];
  for (const a of item.author ?? []) tags.push({ name: 'citation_author', content: authorName(a) });
  const d = date(item, '/');
  if (d) tags.push({ name: 'citation_publication_date', content: d });
  if (item['container-title']) tags.push({ name: 'citation_journal_title', content: item['container-title'] });
  if (item.issue) tags.push({ name: 'citation_issue', content: item.issue });
  const pages = item.page?.split(/[-,]\s*/).filter(Boolean);
  if (pages?.length) tags.push({ name: 'citation_firstpage', content: pages[0]! }, { name: 'citation_lastpage', content: pages.at(-1)! });
  if (item.event) tags.push({ name: 'citation_conference_title', content: item.event });
  if (item.publisher) tags.push({ name: 'citation_publisher', content: item.publisher });
  tags.push({ name: 'citation_language', content: item.language }, { name: 'citation_public_url', content: item.URL });
  tags.push({ name: 'DC.title', content: item.title });
  for (const a of item.author ?? []) tags.push({ name: 'DC.creator', content: authorName(a) });
  const dc = date(item, '-');
  if (dc) tags.push({ name: 'DC.date', content: dc });
  tags.push({ name: 'DC.type', content: item.type === 'speech' ? 'Text.Speech' : 'Text' }, { name: 'DC.language', content: item.language }, { name: 'DC.identifier', content: item.URL });
  if (item['container-title']) tags.push({ name: 'DC.source', content: item['container-title'] });
  if (item.publisher) tags.push({ name: 'DC.publisher', content: item.publisher });
  return tags;
}

/** A COinS (OpenURL ContextObject in a span title), which Zotero also reads. */
export function coins(item: CslItem): string {
  const kev = new URLSearchParams({ ctx_ver: 'Z39.88-2004' });
  if (item.type === 'article-magazine') {
    kev.set('rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal');
    kev.set('rft.genre', 'article');
    kev.set('rft.atitle', item.title);
    kev.set('rft.jtitle', item['container-title'] ?? '');
    if (item.issue) kev.set('rft.issue', item.issue);
    if (item.page) kev.set('rft.pages', item.page);
  } else {
    kev.set('rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc');
    kev.set('rft.title', item.title);
    kev.set('rft.type', item.type);
  }
  const d = date(item, '-');
  if (d) kev.set('rft.date', d);
  for (const a of item.author ?? []) kev.append('rft.au', authorName(a));
  kev.set('rft_id', item.URL);
  kev.set('rft.language', item.language);
  return kev.toString();
}
