import type { Lang } from '../model.ts';
import { aboutTranslationPath, docPath, glossaryPath, homePath, parallelPath, searchPath } from './urls.ts';

/** Every reading page of the edition, as site paths: what search engines should find. */
export function sitePaths(langs: Lang[], docs: { id: string; hasText: boolean }[]): string[] {
  return langs.flatMap((lang) => [
    homePath(lang),
    searchPath(lang),
    glossaryPath(lang),
    aboutTranslationPath(lang),
    ...docs.flatMap((d) => [docPath(lang, d.id), ...(d.hasText ? [parallelPath(lang, d.id)] : [])]),
  ]);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** sitemap.xml with absolute URLs on the edition's public address. */
export const sitemapXml = (urls: string[], lastmod: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${escapeXml(u)}</loc><lastmod>${lastmod}</lastmod></url>`).join('\n')}\n</urlset>\n`;
