import type { APIRoute } from 'astro';
import { catalogOf } from '../lib/site/catalog.ts';
import { PUBLISHED } from '../lib/site/i18n.ts';
import { documents } from '../site/data.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(catalogOf(documents('zh-Hans'), PUBLISHED), null, 1));
