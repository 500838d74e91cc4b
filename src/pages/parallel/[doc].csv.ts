import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { documents, generatedDir } from '../../site/data.ts';

/** The aligned text of each document for researchers: id, 简体, 繁體, English per row (written by ingestion). */
export function getStaticPaths() {
  return documents('zh-Hans')
    .filter((d) => existsSync(join(generatedDir, 'parallel', `${d.meta.id}.csv`)))
    .map((d) => ({ params: { doc: d.meta.id } }));
}

export const GET: APIRoute = ({ params }) => new Response(readFileSync(join(generatedDir, 'parallel', `${params.doc}.csv`)));
