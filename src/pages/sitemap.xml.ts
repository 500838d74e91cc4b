import type { APIRoute } from 'astro';
import { editionInfo, permalink } from '../lib/cite/edition-info.ts';
import { PUBLISHED } from '../lib/site/i18n.ts';
import { sitemapXml, sitePaths } from '../lib/site/sitemap.ts';
import { documents } from '../site/data.ts';

export const GET: APIRoute = () => {
  const edition = editionInfo();
  const docs = documents('zh-Hans').map((d) => ({ id: d.meta.id, hasText: d.paragraphs.length > 0 }));
  return new Response(sitemapXml(sitePaths(PUBLISHED, docs).map((p) => permalink(edition, p)), edition.date));
};
