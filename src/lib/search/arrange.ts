import type { Range } from './query.ts';
import type { Hit } from './run-search.ts';

/** What the search page knows about each document, embedded in the page at build time. */
export interface DocInfo {
  id: string;
  title: string;
  kind: string;
  city: string;
  year: string;
  /** ISO date used for sorting; empty when the source gives none. */
  date: string;
  /** Element ids in document order. */
  anchors: string[];
  /** Standalone headings: id → text, for showing where a hit stands. */
  headings: Record<string, string>;
}

export const FACETS = ['doc', 'kind', 'city', 'year'] as const;
export type Facet = (typeof FACETS)[number];
export type Filters = Partial<Record<Facet, string>>;
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORTS)[number];

export interface Group {
  doc: DocInfo;
  hits: (Hit & { section: string | null })[];
}

const facetValue = (doc: DocInfo, f: Facet) => (f === 'doc' ? doc.id : doc[f]);
const isHeadingLike = (anchor: string) => anchor === 'title' || anchor === 'subtitle' || anchor.startsWith('s');
const covered = (ranges: Range[]) => ranges.reduce((n, [s, e]) => n + e - s, 0);

/** Relevance of one passage: the share of it the query covers, titles and headings first. */
export const hitScore = (h: Hit) => (covered(h.ranges) / Math.sqrt(h.text.length)) * (h.anchor === 'title' ? 3 : isHeadingLike(h.anchor) ? 2 : 1);

/** The nearest standalone heading at or before an anchor. */
function sectionOf(doc: DocInfo, anchor: string): string | null {
  const at = doc.anchors.indexOf(anchor);
  for (let i = at; i >= 0; i--) {
    const title = doc.headings[doc.anchors[i]!];
    if (title !== undefined) return i === at ? null : title;
  }
  return null;
}

/**
 * Verified hits → filtered, grouped by document and ordered. Facet counts are of verified
 * passages, each computed with the other facets applied, so every count is what choosing
 * that value would show.
 */
export function arrange(hits: Hit[], docs: Map<string, DocInfo>, filters: Filters, sort: SortOrder) {
  const known = hits.filter((h) => docs.has(h.doc));
  const passes = (h: Hit, except?: Facet) => FACETS.every((f) => f === except || !filters[f] || facetValue(docs.get(h.doc)!, f) === filters[f]);
  const facets = Object.fromEntries(
    FACETS.map((f) => {
      const counts = new Map<string, number>();
      for (const h of known) if (passes(h, f)) counts.set(facetValue(docs.get(h.doc)!, f), (counts.get(facetValue(docs.get(h.doc)!, f)) ?? 0) + 1);
      return [f, counts];
    }),
  ) as Record<Facet, Map<string, number>>;
  const byDoc = new Map<string, Hit[]>();
  for (const h of known.filter((h) => passes(h))) byDoc.set(h.doc, [...(byDoc.get(h.doc) ?? []), h]);
  const groups: Group[] = [...byDoc].map(([id, list]) => {
    const doc = docs.get(id)!;
    const order = (h: Hit) => doc.anchors.indexOf(h.anchor);
    const sorted = sort === 'relevance' ? [...list].sort((a, b) => hitScore(b) - hitScore(a) || order(a) - order(b)) : [...list].sort((a, b) => order(a) - order(b));
    return { doc, hits: sorted.map((h) => ({ ...h, section: sectionOf(doc, h.anchor) })) };
  });
  const best = (g: Group) => Math.max(...g.hits.map(hitScore));
  // Documents without a date come last in either direction.
  const byDate = (dir: number) => (a: Group, b: Group) => Number(!a.doc.date) - Number(!b.doc.date) || dir * a.doc.date.localeCompare(b.doc.date) || a.doc.id.localeCompare(b.doc.id);
  groups.sort(sort === 'relevance' ? (a, b) => best(b) - best(a) || b.hits.length - a.hits.length || a.doc.id.localeCompare(b.doc.id) : byDate(sort === 'oldest' ? 1 : -1));
  return { groups, facets, total: groups.reduce((n, g) => n + g.hits.length, 0) };
}
