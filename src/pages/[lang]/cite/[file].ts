import type { APIRoute } from 'astro';
import { citationOf } from '../../../site/cite.ts';
import { documentRoutes, type DocumentRouteProps } from '../../../site/paths.ts';

/** Formats reference managers import: CSL-JSON, BibTeX and RIS, one file each per document and language. */
const FORMATS = ['json', 'bib', 'ris'] as const;

export function getStaticPaths() {
  return documentRoutes().flatMap((r) => FORMATS.map((ext) => ({ params: { lang: r.params.lang, file: `${r.props.id}.${ext}` }, props: { ...r.props, ext } })));
}

export const GET: APIRoute = ({ props }) => {
  const { lang, id, ext } = props as DocumentRouteProps & { ext: (typeof FORMATS)[number] };
  return new Response(citationOf(id, lang).files[ext]);
};
