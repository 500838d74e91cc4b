import type { APIRoute } from 'astro';
import { editionInfo } from '../../../lib/cite/edition-info.ts';
import { readingText } from '../../../lib/render/reading-text.ts';
import { citationOf } from '../../../site/cite.ts';
import { documentById } from '../../../site/data.ts';
import { documentRoutes, type DocumentRouteProps } from '../../../site/paths.ts';

export const getStaticPaths = documentRoutes;

/** The reading text as data, with the metadata the page carries: the citation record, the permalink and the edition version. */
export const GET: APIRoute = ({ props }) => {
  const { lang, id } = props as DocumentRouteProps;
  const { version, date } = editionInfo();
  const citation = citationOf(id, lang);
  return new Response(JSON.stringify({ ...readingText(documentById(id, lang), lang), permalink: citation.url, edition: { version, date }, citation: citation.item }));
};
