import type { APIRoute } from 'astro';
import type { Lang } from '../../../lib/model.ts';
import { plainTextOf } from '../../../lib/render/reading-text.ts';
import { PUBLISHED } from '../../../lib/site/i18n.ts';
import { docPath, LANG_PATH } from '../../../lib/site/urls.ts';
import { documentById, documents } from '../../../site/data.ts';

export function getStaticPaths() {
  return PUBLISHED.flatMap((lang: Lang) => documents().map((d) => ({ params: { lang: LANG_PATH[lang], doc: d.meta.id }, props: { lang } })));
}

export const GET: APIRoute = ({ params, props }) =>
  new Response(plainTextOf(documentById(params.doc!), docPath((props as { lang: Lang }).lang, params.doc!)));
