import type { EditionDocument, Lang } from '../model.ts';
import { labels, titleIn } from '../site/i18n.ts';
import { FACETS, type DocInfo, type Facet } from './arrange.ts';
import { passagesOf } from './passages.ts';

export interface SearchPageData {
  docs: DocInfo[];
  labels: ReturnType<typeof labels>['search'] & { kinds: Record<string, string> };
}

const dateOf = (doc: EditionDocument) => doc.meta.date ?? doc.meta.publication?.published ?? '';

/** What the search page needs to name, filter and order hits without fetching anything else. */
export function searchPageData(docs: EditionDocument[], lang: Lang): Omit<SearchPageData, 'labels'> {
  return {
    docs: docs.map((doc) => {
      const passages = passagesOf(doc, doc, lang);
      const standalone = new Set(doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.section] : [])));
      // As printed, numbering included, so that a hit shows where it stands: 二、以转型出雏型“布局”.
      const headings = Object.fromEntries(passages.filter((p) => standalone.has(p.anchor)).map((p) => [p.anchor, p.text.replace(/。$/, '')]));
      return {
        id: doc.meta.id,
        title: titleIn(doc.meta.title, lang),
        kind: doc.meta.kind,
        city: doc.meta.city,
        year: dateOf(doc).slice(0, 4),
        date: dateOf(doc),
        anchors: passages.map((p) => p.anchor),
        headings,
      };
    }),
  };
}

/**
 * The values each filter offers, as [value, label], from the documents themselves: documents
 * in catalogue order, the others sorted. The page's script adds the count of hits to each.
 */
export function facetOptions(docs: DocInfo[], kinds: Record<string, string>): Record<Facet, [string, string][]> {
  const option = (d: DocInfo, f: Facet): [string, string] => (f === 'doc' ? [d.id, d.title] : f === 'kind' ? [d.kind, kinds[d.kind] ?? d.kind] : [d[f], d[f]]);
  return Object.fromEntries(
    FACETS.map((f) => {
      const values = [...new Map(docs.map((d) => option(d, f))).entries()].filter(([v]) => v);
      return [f, f === 'doc' ? values : values.sort((a, b) => a[0].localeCompare(b[0]))];
    }),
  ) as Record<Facet, [string, string][]>;
}
