import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { buildSite } from '../../src/lib/build-site.ts';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { translationUnits } from '../../src/lib/translation/units.ts';
import { FIXTURE_ROOT, RANDOM_ROOT, STRAY, STRAY_CLASS, TEST_CONTENT, TEST_GENERATED, TEST_ROOTS, TEST_SITE } from './paths.ts';
import { randomLines } from './random-strings.ts';

/** Builds the site once for the build and browser tests: the real corpus plus two fixture documents. */
export default function setup() {
  // Adding a document, as the README says: its source, its edition file and its English, nothing else.
  rmSync(TEST_CONTENT, { recursive: true, force: true });
  cpSync('content', TEST_CONTENT, { recursive: true });
  for (const dir of ['sources', 'editions', join('translations', 'en')]) cpSync(join(FIXTURE_ROOT, dir), join(TEST_CONTENT, dir), { recursive: true });
  rmSync(RANDOM_ROOT, { recursive: true, force: true });
  mkdirSync(join(RANDOM_ROOT, 'sources'), { recursive: true });
  mkdirSync(join(RANDOM_ROOT, 'editions'), { recursive: true });
  writeFileSync(join(RANDOM_ROOT, 'sources', 'random.txt'), randomLines(200).join('\n\n') + '\n');
  writeFileSync(
    join(RANDOM_ROOT, 'editions', 'random.yaml'),
    ['layout: report', 'source: random.txt', 'document:', '  id: fixture-random', '  kind: report', '  title: { zh-Hans: 随机字符串 }', '  city: 测试', '  completeness: { status: full }', '  description: 生成的测试文本。', ''].join('\n'),
  );
  // Its "English" is the strings themselves: what matters is that they survive every page unchanged.
  const { doc } = loadCorpus([RANDOM_ROOT])[0]!;
  mkdirSync(join(RANDOM_ROOT, 'translations', 'en'), { recursive: true });
  writeFileSync(join(RANDOM_ROOT, 'translations', 'en', 'fixture-random.yaml'), stringify(Object.fromEntries(translationUnits(doc).map((u) => [u.id, { zh: u.zh, en: u.id === 'title' ? 'Random strings' : u.zh, numbers: 'random test strings, not a translation' }]))));
  // A stray scratch directory in the project (an interrupted build elsewhere) must not reach the CSS.
  mkdirSync(STRAY, { recursive: true });
  writeFileSync(join(STRAY, 'stray.html'), `<p class="${STRAY_CLASS}">left behind</p>`);
  try {
    buildSite({ roots: TEST_ROOTS, generated: TEST_GENERATED, dist: TEST_SITE });
  } finally {
    rmSync(STRAY, { recursive: true, force: true });
  }
}
