import type { APIRoute } from 'astro';
import { catalogOf } from '../lib/site/catalog.ts';
import { PUBLISHED } from '../lib/site/i18n.ts';
import { citePath } from '../lib/site/urls.ts';
import { citationOf } from '../site/cite.ts';
import { documents } from '../site/data.ts';

// Each entry carries the document's citation record (CSL-JSON) per language: the same record
// the page head, the downloads and the citations are made from.
export const GET: APIRoute = () => {
  const { documents: entries } = catalogOf(documents('zh-Hans'), PUBLISHED);
  const withRecords = entries.map((e) => ({
    ...e,
    csl: Object.fromEntries(PUBLISHED.map((l) => [l, citationOf(e.id, l).item])),
    cite: Object.fromEntries(PUBLISHED.map((l) => [l, { json: citePath(l, e.id, 'json'), bib: citePath(l, e.id, 'bib'), ris: citePath(l, e.id, 'ris') }])),
  }));
  return new Response(JSON.stringify({ documents: withRecords }, null, 1));
};
