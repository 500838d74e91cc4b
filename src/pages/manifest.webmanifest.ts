import type { APIRoute } from 'astro';
import { editionInfo } from '../lib/cite/edition-info.ts';
import { webManifest } from '../lib/site/offline.ts';

export const GET: APIRoute = () => new Response(webManifest(editionInfo().title['zh-Hans'], '晋城工作校勘本'));
