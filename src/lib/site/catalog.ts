import type { EditionDocument, Lang } from '../model.ts';
import { docPath, textPath } from './urls.ts';

export interface CatalogEntry {
  id: string;
  kind: EditionDocument['meta']['kind'];
  title: Partial<Record<Lang, string>>;
  city: string;
  date: string | null;
  /** Whether `date` is the document's own date or, for an undated article, its issue's. */
  dateOf: 'document' | 'issue' | null;
  pages: number[];
  urls: Partial<Record<Lang, string>>;
  text: Partial<Record<Lang, string>>;
  plain: Partial<Record<Lang, string>>;
  partOf: string | null;
}

/** Open data: one entry per document, paths relative to the site root. */
export function catalogOf(docs: EditionDocument[], langs: Lang[]): { documents: CatalogEntry[] } {
  const per = (f: (lang: Lang) => string) => Object.fromEntries(langs.map((l) => [l, f(l)]));
  return {
    documents: docs.map((d) => ({
      id: d.meta.id,
      kind: d.meta.kind,
      title: Object.fromEntries(langs.map((l) => [l, d.meta.title[l] ?? d.meta.title['zh-Hans']])),
      city: d.meta.city,
      date: d.meta.date ?? d.meta.publication?.published ?? null,
      dateOf: d.meta.date ? 'document' : d.meta.publication ? 'issue' : null,
      pages: d.meta.publication?.pages ?? [],
      urls: per((l) => docPath(l, d.meta.id)),
      text: per((l) => textPath(l, d.meta.id, 'json')),
      plain: per((l) => textPath(l, d.meta.id, 'txt')),
      partOf: d.meta.publication && d.meta.publication.issueId !== d.meta.id ? d.meta.publication.issueId : null,
    })),
  };
}
