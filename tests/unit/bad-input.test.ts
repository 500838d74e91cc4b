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
    expect(e.message).toMatch(/`document\.city` is missing: add `city`/);
  });

  const lineWith = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('every problem of a file at once, a misspelt key at its own line, a wrong type as what to write', () => {
    const bad = editionOk.replace('  city: 潞城', '  ctiy: 潞城').replace('header:', 'removed: 第3行\nheader:');
    const e = fails(() => parseEdition('doc.yaml', bad));
    expect(e.message).toMatch(/^doc\.yaml:\d+: 3 problems:/);
    expect(e.message).toContain(`line ${lineWith(bad, 'ctiy:')}: \`document.ctiy\` is not a field here (misspelt?)`);
    expect(e.message).toContain(`line ${lineWith(bad, 'removed:')}: \`removed\` must be a list of removals (\`- lines: [a, b]\`, \`what\`, \`reason\`)`);
    expect(e.message).toContain('`document.city` is missing');
  });

  it('an edition file holding only comments, an impossible date, a source name outside the rule', () => {
    expect(fails(() => parseEdition('doc.yaml', '# 待写\n# todo\n')).message).toMatch(/empty: it holds only comments/);
    expect(fails(() => parseEdition('doc.yaml', editionOk.replace('date: 2021-02-20', 'date: 2026-02-31'))).message).toContain('`document.date`: no such day in the calendar');
    expect(fails(() => parseEdition('doc.yaml', editionOk.replace('source: fixture-lucheng-2021.txt', 'source: 潞城 报告.txt'))).message).toMatch(/named with letters, digits/);
  });

  it('a duplicate document id, naming both edition files; a .yml file is read like a .yaml one', () => {
    const dir = root(editionOk, sourceOk);
    writeFileSync(join(dir, 'editions', 'again.yml'), editionOk);
    const e = fails(() => loadCorpus([dir]));
    expect(e.message).toContain('document id “fixture-lucheng-2021” is used twice: in ');
    expect(e.message).toMatch(/again\.yml/);
    expect(e.message).toMatch(/doc\.yaml/);
  });

  it('UTF-16 told apart from GB18030', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'第一行\n'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(fails(() => decodeSource('u16.txt', utf16)).fix).toContain('iconv -f UTF-16');
    const gbk = new Uint8Array([0xb5, 0xda, 0xd2, 0xbb, 0xd0, 0xd0, 0x0a]);
    expect(fails(() => decodeSource('gbk.txt', gbk)).fix).toContain('iconv -f GB18030');
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

describe('decisions check what they act on', () => {
  const withLineOnTop = sourceOk.replace(/^/, '【网页导航】\n');

  it('a source shifted by one line fails, naming the decision, the line and the text found there', () => {
    const e = fails(() => loadCorpus([root(editionOk, withLineOnTop)]));
    expect(e.file).toBe('doc.yaml');
    expect(e.line).toBe(1);
    expect(e.message).toContain('`header.title` expects line 1 to begin “潞城区政府工作报告(测试”, but it reads “【网页导航】”');
    expect(e.message).toContain('`header.speaker` expects line 5');
  });

  it('a decision past the end, overlapping decisions, removing the whole body, a header swallowing text', () => {
    const past = fails(() => loadCorpus([root(`${editionOk}breaks:\n  - line: 99\n    text: x\n    reason: 测试。\n`, sourceOk)]));
    expect(past.message).toContain('`breaks[0]` names line 99, past the end of fixture-lucheng-2021.txt');
    const overlap = fails(() => loadCorpus([root(`${editionOk}removed:\n  - lines: [1, 3]\n    text: 潞城区\n    what: navigation\n    reason: 测试。\n`, sourceOk)]));
    expect(overlap.message).toMatch(/`removed\[0\] \(navigation\)` \(lines 1–3\) overlaps `header\.title`/);
    const all = fails(() => loadCorpus([root(`${editionOk}removed:\n  - lines: [6, 31]\n    text: 各位代表\n    what: web chrome\n    reason: 测试。\n`, sourceOk)]));
    expect(all.message).toContain('no text would be left to read');
    const swallow = fails(() => loadCorpus([root(editionOk.replace('speaker: { lines: [5, 5]', 'speaker: { lines: [5, 20]'), sourceOk)]));
    expect(swallow.message).toContain('`header.speaker` spans lines 5–20');
  });

  it('a page-jump marker in a report', () => {
    const e = fails(() => loadCorpus([root(editionOk, sourceOk.replace('请予审议。', '请予审议。(下转第3页)'))]));
    expect(e.message).toContain('page-jump marker ((下转第3页)) stands in a document with `layout: report`');
    expect(e.line).toBe(sourceOk.split('\n').findIndex((l) => l.includes('请予审议')) + 1);
  });
});

describe('a misnumbered heading', () => {
  const twice = sourceOk.replace('二、2021年工作安排', '一、2021年工作安排');
  const line = sourceOk.split('\n').findIndex((l) => l.startsWith('二、2021年工作安排')) + 1;

  it('stops the build, saying how to record the correction', () => {
    const e = fails(() => loadCorpus([root(editionOk, twice)]));
    expect(e.line).toBe(line);
    expect(e.message).toContain('section id "s1" would be given twice');
    expect(e.fix).toContain(`renumbered: [{ line: ${line}, text: "一、2021年`);
  });

  it('recorded as a correction, keeps the printed number and gives the id of its place', () => {
    const edition = `${editionOk}renumbered:\n  - line: ${line}\n    text: 一、2021年\n    as: 2\n    reason: 原刊序号重复，据次序当作“二、”。\n`;
    const { doc } = loadCorpus([root(edition, twice)])[0]!;
    const s2 = doc.sections.find((s) => s.id === 's2')!;
    expect(s2.printed.map((p) => (p.t === 'text' ? p.s : '')).join('')).toBe('一、2021年工作安排');
    expect(doc.sections.some((s) => s.id === 's2-1')).toBe(true);
    const note = doc.annotations.find((a) => a.type === 'renumbered')!;
    expect(note.text).toContain(`原文第${line}行的标题序号印作“一、”`);
    expect(note.target).toBe('s2');
  });
});
