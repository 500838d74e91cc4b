import type { APIRoute } from 'astro';
import { editionInfo, permalink } from '../lib/cite/edition-info.ts';

export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${permalink(editionInfo(), 'sitemap.xml')}\n`);
