import type { APIRoute } from 'astro';
import { editionInfo } from '../lib/cite/edition-info.ts';
import { serviceWorkerSource } from '../lib/site/offline.ts';

export const GET: APIRoute = () => new Response(serviceWorkerSource(editionInfo().version));
