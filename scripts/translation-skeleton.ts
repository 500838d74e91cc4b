// `npm run translation:skeleton -- <doc-id>…`: lists every id a translation needs, with its
// Chinese, in content/translations/en/<doc-id>.yaml. Existing entries are kept as they are;
// new ones get an empty `en`, which the build refuses until someone translates it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCorpus } from '../src/lib/corpus.ts';
import { translationUnits } from '../src/lib/translation/units.ts';
import { contentRoots } from './paths.ts';

const wanted = process.argv.slice(2);
for (const { root, doc } of loadCorpus(contentRoots()).filter(({ doc }) => wanted.includes(doc.meta.id))) {
  const file = join(root, 'translations', 'en', `${doc.meta.id}.yaml`);
  const old: Record<string, { zh: string; en: string }> = existsSync(file) ? (parse(readFileSync(file, 'utf8')) ?? {}) : {};
  const body = translationUnits(doc).map((u) => `${u.id}:\n  zh: ${JSON.stringify(old[u.id]?.zh ?? u.zh)}\n  en: ${JSON.stringify(old[u.id]?.en ?? '')}\n`);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `# English translation of “${doc.meta.title['zh-Hans']}”: this edition's own, unofficial; the Chinese is authoritative.\n${body.join('')}`);
  console.log(`${file}: ${body.length} entries, ${translationUnits(doc).filter((u) => !old[u.id]).length} new`);
}
