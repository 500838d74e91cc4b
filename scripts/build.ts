// `npm run build`: sources → MDX → static site in dist/ (ingestion, then Astro).
import { buildSite } from '../src/lib/build-site.ts';
import { EditionError } from '../src/lib/errors.ts';
import { contentRoots, distDir, generatedDir } from './paths.ts';

try {
  const r = buildSite({ roots: contentRoots(), generated: generatedDir(), dist: distDir(), acceptAnchors: process.argv.includes('--accept-anchors'), log: console.log });
  console.log(`build: ${r.documents} documents → ${distDir()}/ (ingest ${r.ingestMs.toFixed(0)} ms, astro ${(r.astroMs / 1000).toFixed(1)} s)`);
} catch (e) {
  console.error(e instanceof EditionError ? `\nEdition error: ${e.message}\n` : `\nBuild failed: ${(e as Error).message}\n`);
  process.exit(1);
}
