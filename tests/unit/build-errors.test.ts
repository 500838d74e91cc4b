// Every place that stops the build with an EditionError is reached here or in bad-input,
// fidelity, translation, glossary, build-safety and mdx tests, each checking its message.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { loadGlossary } from '../../src/lib/glossary/load.ts';
import { ingest } from '../../src/lib/ingest.ts';
import { createHantConverter, loadTerms } from '../../src/lib/script/convert.ts';
import { classicBundle } from '../../src/lib/search/offline.ts';
import { decodeSource } from '../../src/lib/source.ts';
import { loadTranslation } from '../../src/lib/translation/load.ts';
import { editionError } from '../helpers.ts';

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** A content root holding the magazine with `edit` applied to its edition file and source. */
function magazine(editEdition: (s: string) => string, editSource: (lines: string[]) => string[] = (l) => l) {
  const dir = temp('magazine-');
  for (const d of ['editions', 'sources']) mkdirSync(join(dir, d));
  writeFileSync(join(dir, 'editions', 'jcgz-2021-03.yaml'), editEdition(readFileSync('content/editions/jcgz-2021-03.yaml', 'utf8')));
  writeFileSync(join(dir, 'sources', '001_e19706f1ea0185f1.txt'), editSource(readFileSync('content/sources/001_e19706f1ea0185f1.txt', 'utf8').split('\n')).join('\n'));
  return dir;
}

/** The fixture content root, copied, with `edit` applied to one of its files. */
function fixture(file: string, edit: (s: string) => string) {
  const dir = temp('fixture-');
  cpSync('tests/fixtures/content', dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('the magazine parser refuses what it cannot place', () => {
  it('a table of contents and an edition file that disagree on the number of articles', () => {
    const e = editionError(() => loadCorpus([magazine((s) => s.replace(/ {2}- id: jcgz-2021-03-12\n(?: {4}.*\n)+/, ''))]));
    expect(e.message).toContain('the table of contents lists 12 articles but the edition file describes 11');
    expect(e.fix).toContain('one entry per TOC item');
  });

  it('a TOC entry whose article is not found in the body', () => {
    const e = editionError(() => loadCorpus([magazine((s) => s, (lines) => lines.map((l) => (l === '陵川县生态经济发展的探索与思考' ? '陵川县生态经济的思考' : l)))]));
    expect(e.message).toContain('no article titled like TOC entry “陵川县生态经济发展的探索与思考');
  });

  it('a page-jump marker inside the running text of an article', () => {
    const e = editionError(() => loadCorpus([magazine((s) => s, (lines) => lines.map((l, i) => (i === 430 ? `${l}(下转第9页)` : l)))]));
    expect(e.message).toContain('a jump marker stands inside the running text of an article');
    expect(e.line).toBe(431);
  });

  it('a date in the edition file that contradicts the article', () => {
    const e = editionError(() => loadCorpus([magazine((s) => s.replace('  - id: jcgz-2021-03-01\n    kind: article\n', '  - id: jcgz-2021-03-01\n    kind: article\n    date: 2021-02-24\n'))]));
    expect(e.message).toContain('the edition file dates “jcgz-2021-03-01” 2021-02-24 but the article says 2021-02-25');
  });

  it('a chronicle entry that does not begin with its date', () => {
    const source = readFileSync('content/sources/001_e19706f1ea0185f1.txt', 'utf8');
    const e = editionError(() => loadCorpus([magazine((s) => s, (lines) => lines.map((l) => l.replace(/^2月9日,/, '同日,')))]));
    expect(e.message).toContain('a chronicle entry must begin with its date');
    expect(e.line).toBe(lineOf(source, '2月9日,中共晋城市纪委'));
  });
});

describe('other inputs the build refuses', () => {
  it('a `joins` decision on the last text line', () => {
    const e = editionError(() => loadCorpus([fixture('editions/fixture-lucheng-2021.yaml', (s) => `${s}joins:\n  - line: 31\n    text: 各位代表\n    reason: 测试。\n`)]));
    expect(e.message).toContain('a `joins` decision names a line with no following text line');
    expect(e.line).toBe(31);
  });

  it('a report with neither a title in the edition file nor a header title', () => {
    const e = editionError(() => loadCorpus([fixture('editions/fixture-lucheng-2021.yaml', (s) => s.replace(/ {2}title: \{ lines: \[1, 1\][^\n]*\n/, ''))]));
    expect(e.message).toContain('the document has no Chinese title');
  });

  it('a source with a NUL byte', () => {
    const e = editionError(() => decodeSource('bin.txt', new Uint8Array([...new TextEncoder().encode('第一行\n第二行'), 0, 0x0a])));
    expect(e.message).toContain('the source contains a NUL byte');
    expect(e.line).toBe(2);
  });

  it('a document without a translation file, and a translation file that is not valid', () => {
    const dir = fixture('translations/en/fixture-lucheng-2021.yaml', (s) => s);
    const { doc } = loadCorpus([dir])[0]!;
    expect(editionError(() => loadTranslation(join(dir, 'nothing.yaml'), doc)).message).toContain('“fixture-lucheng-2021” has no English translation');
    const path = join(dir, 'translations/en/fixture-lucheng-2021.yaml');
    writeFileSync(path, 'title:\n  zh: [oops\n');
    expect(editionError(() => loadTranslation(path, doc)).fix).toBe('fix the YAML syntax');
    writeFileSync(path, 'title:\n  zh: 潞城\n  enn: Lucheng\n');
    const e = editionError(() => loadTranslation(path, doc));
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/title\.en: Invalid input/);
  });

  it('a glossary that does not parse, and English that lacks a glossary term, found by the build', () => {
    const convert = createHantConverter(loadTerms('content/zh-hant/terms.yaml'));
    const dir = temp('glossary-');
    writeFileSync(join(dir, 'glossary.yaml'), 'terms: [oops\n');
    expect(editionError(() => loadGlossary(join(dir, 'glossary.yaml'), convert)).fix).toBe('fix the YAML syntax');
    const root = fixture('translations/en/fixture-lucheng-2021.yaml', (s) => s);
    writeFileSync(join(root, 'glossary.yaml'), 'terms:\n  - id: organic-dry-farming\n    zh-Hans: 有机旱作农业\n    en: [organic dry-land farming]\n    note: { zh-Hans: 山西推行的旱地农业。, en: Dry farming as Shanxi promotes it. }\n');
    const e = editionError(() => ingest({ roots: [root], out: join(root, 'out') }));
    expect(e.message).toContain('#p6: the Chinese uses 有机旱作农业 (organic-dry-farming) but the English uses none of “organic dry-land farming”');
  });

  it('a 繁體 terms file that does not fit its schema', () => {
    const dir = temp('terms-');
    writeFileSync(join(dir, 'terms.yaml'), 'protected:\n  - { cn: 张三 }\ncorrections: []\n');
    expect(editionError(() => loadTerms(join(dir, 'terms.yaml'))).message).toMatch(/protected\.0\.tw/);
  });

  it('a Pagefind bundle the offline build can no longer rewrite', () => {
    const e = editionError(() => classicBundle('import x from "y";\nexport { a };', 'pagefind.js'));
    expect(e.message).toContain('no longer has the shape the offline build rewrites');
  });
});
