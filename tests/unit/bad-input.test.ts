import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { parseEdition } from '../../src/lib/edition/load.ts';
import { EditionError } from '../../src/lib/errors.ts';
import { decodeSource } from '../../src/lib/source.ts';

const editionOk = readFileSync('tests/fixtures/content/editions/fixture-lucheng-2021.yaml', 'utf8');
const sourceOk = readFileSync('tests/fixtures/content/sources/fixture-lucheng-2021.txt', 'utf8');

function fails(fn: () => unknown): EditionError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(EditionError);
    return e as EditionError;
  }
  throw new Error('expected an EditionError');
}

/** A throwaway content root holding one edition file and one source. */
function root(edition: string, source: string | Uint8Array, file = 'fixture-lucheng-2021.txt') {
  const dir = mkdtempSync(join(tmpdir(), 'edition-'));
  mkdirSync(join(dir, 'editions'));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'editions', 'doc.yaml'), edition);
  writeFileSync(join(dir, 'sources', file), source);
  return dir;
}

describe('bad input fails with the file, the line and what to do', () => {
  it('a missing field in the edition file', () => {
    const e = fails(() => parseEdition('doc.yaml', editionOk.replace(/  city: 潞城\n/, '')));
    expect(e.file).toBe('doc.yaml');
    expect(e.line).toBe(editionOk.split('\n').findIndex((l) => l.startsWith('document:')) + 1);
    expect(e.message).toMatch(/document\.city/);
    expect(e.fix).toMatch(/add `city`/);
  });

  it('an unknown kind', () => {
    const e = fails(() => parseEdition('doc.yaml', editionOk.replace('kind: report', 'kind: speech')));
    expect(e.line).toBe(editionOk.split('\n').findIndex((l) => l.includes('kind: report')) + 1);
    expect(e.message).toMatch(/document\.kind/);
  });

  it('broken YAML', () => {
    const e = fails(() => parseEdition('doc.yaml', 'layout: report\nsource: [a.txt\n'));
    expect(e.line).toBeGreaterThan(0);
  });

  it('an empty edition file or source', () => {
    expect(fails(() => parseEdition('doc.yaml', '  \n')).message).toMatch(/empty/);
    expect(fails(() => decodeSource('x.txt', new TextEncoder().encode('\n\n'))).message).toMatch(/x\.txt: the source is empty/);
  });

  it('invalid UTF-8, naming the line it occurs on', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('第一行\n第二行\n'), 0xc4, 0xe3, 0x0a]);
    const e = fails(() => decodeSource('gbk.txt', bytes));
    expect(e.line).toBe(3);
    expect(e.fix).toMatch(/UTF-8/);
  });

  it('a jump marker without a partner', () => {
    const edition = readFileSync('content/editions/jcgz-2021-03.yaml', 'utf8');
    const source = readFileSync('content/sources/001_e19706f1ea0185f1.txt', 'utf8');
    const lines = source.split('\n');
    const broken = lines.map((l) => l.replace('(上接第19页)', '')).join('\n');
    const e = fails(() => loadCorpus([root(edition, broken, '001_e19706f1ea0185f1.txt')]));
    expect(e.file).toBe('001_e19706f1ea0185f1.txt');
    expect(e.line).toBe(lines.findIndex((l) => l.includes('(下转第18页)')) + 1);
    expect(e.message).toMatch(/下转第18页.*no matching/);
    const orphan = lines.map((l) => l.replace('(下转第18页)', '')).join('\n');
    const e2 = fails(() => loadCorpus([root(edition, orphan, '001_e19706f1ea0185f1.txt')]));
    expect(e2.line).toBe(lines.findIndex((l) => l.startsWith('(上接第19页)')) + 1);
  });

  it('a decision that no longer fits the source', () => {
    const edition = editionOk + 'supplied:\n  - line: 9\n    before: 不存在的文字\n    text: 大\n    reason: 测试。\n';
    const e = fails(() => loadCorpus([root(edition, sourceOk)]));
    expect(e).toMatchObject({ file: 'fixture-lucheng-2021.txt', line: 9 });
  });

  it('a source file the edition names but nobody wrote', () => {
    const e = fails(() => loadCorpus([root(editionOk.replace('fixture-lucheng-2021.txt', 'missing.txt'), sourceOk)]));
    expect(e.message).toMatch(/missing\.txt/);
  });
});
