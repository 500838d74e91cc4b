import type { APIRoute } from 'astro';
import { readingText } from '../../../lib/render/reading-text.ts';
import { documentById } from '../../../site/data.ts';
import { documentRoutes, type DocumentRouteProps } from '../../../site/paths.ts';

export const getStaticPaths = documentRoutes;

export const GET: APIRoute = ({ props }) => {
  const { lang, id } = props as DocumentRouteProps;
  return new Response(JSON.stringify(readingText(documentById(id, lang), lang)));
};
