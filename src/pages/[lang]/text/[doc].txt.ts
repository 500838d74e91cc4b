import type { APIRoute } from 'astro';
import { plainTextOf } from '../../../lib/render/reading-text.ts';
import { labels } from '../../../lib/site/i18n.ts';
import { docPath } from '../../../lib/site/urls.ts';
import { documentById } from '../../../site/data.ts';
import { documentRoutes, type DocumentRouteProps } from '../../../site/paths.ts';

export const getStaticPaths = documentRoutes;

export const GET: APIRoute = ({ props }) => {
  const { lang, id } = props as DocumentRouteProps;
  return new Response(plainTextOf(documentById(id, lang), lang, docPath(lang, id), labels(lang)));
};
