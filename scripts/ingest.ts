// Sources → MDX and document models in .generated/ (the first half of `npm run build`).
import { EditionError } from '../src/lib/errors.ts';
import { ingest } from '../src/lib/ingest.ts';
import { contentRoots, generatedDir } from './paths.ts';

try {
  const r = ingest({ roots: contentRoots(), out: generatedDir(), acceptAnchors: process.argv.includes('--accept-anchors'), log: console.log });
  r.publish();
  console.log(`ingest: ${r.documents} documents, ${r.characters} characters → ${generatedDir()}`);
} catch (e) {
  if (!(e instanceof EditionError)) throw e;
  console.error(`\nEdition error: ${e.message}\n`);
  process.exit(1);
}
