import type { Lang } from '../lib/model.ts';
import { PUBLISHED } from '../lib/site/i18n.ts';
import { LANG_PATH } from '../lib/site/urls.ts';
import { documents } from './data.ts';

/** One route per published language, for the pages every language tree has once. */
export function languageRoutes() {
  return PUBLISHED.map((lang: Lang) => ({ params: { lang: LANG_PATH[lang] }, props: { lang } }));
}

/** One route per document and published script, for the download endpoints. */
export function documentRoutes() {
  return PUBLISHED.flatMap((lang: Lang) => documents(lang).map((d) => ({ params: { lang: LANG_PATH[lang], doc: d.meta.id }, props: { lang, id: d.meta.id } })));
}

export type DocumentRouteProps = { lang: Lang; id: string };
