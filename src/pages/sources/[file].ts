import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { documents, generatedDir } from '../../site/data.ts';

/** The diplomatic base: each source byte for byte as received, to check any reading against. */
export function getStaticPaths() {
  return [...new Set(documents('zh-Hans').map((d) => d.meta.source.file))].map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => new Response(readFileSync(join(generatedDir, 'sources', params.file!)));
