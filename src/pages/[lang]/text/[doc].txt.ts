import type { APIRoute } from 'astro';
import { editionInfo } from '../../../lib/cite/edition-info.ts';
import { plainTextOf } from '../../../lib/render/reading-text.ts';
import { labels } from '../../../lib/site/i18n.ts';
import { citationOf } from '../../../site/cite.ts';
import { documentById } from '../../../site/data.ts';
import { documentRoutes, type DocumentRouteProps } from '../../../site/paths.ts';

export const getStaticPaths = documentRoutes;

// A UTF-8 byte-order mark: servers that send .txt without a charset, and browsers opening it
// from disk, then read the Chinese correctly.
export const GET: APIRoute = ({ props }) => {
  const { lang, id } = props as DocumentRouteProps;
  const t = labels(lang);
  const edition = editionInfo();
  return new Response(`\ufeff${plainTextOf(documentById(id, lang), lang, citationOf(id, lang).url, t, t.editionVersion(edition.version, t.formatDate(edition.date)))}`);
};
