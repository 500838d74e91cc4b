import type { APIRoute } from 'astro';
import { glossary } from '../site/data.ts';

/** Open data: every term in 简体, 繁體 and English, with its explanation in each. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ terms: glossary().map((t) => ({ id: t.id, 'zh-Hans': t['zh-Hans'], 'zh-Hant': t['zh-Hant'], en: t.en, note: t.note })) }, null, 1));
