// Each test here fails if one of the breaks a mutation audit found unnoticed is made again.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { labels } from '../../src/lib/site/i18n.ts';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { plain } from '../../src/lib/parse/inline.ts';
import { plainTextOf } from '../../src/lib/render/reading-text.ts';
import { createHantConverter, loadTerms } from '../../src/lib/script/convert.ts';
import { toHant } from '../../src/lib/script/convert-document.ts';
import { decodeSource } from '../../src/lib/source.ts';
import { doc } from '../helpers.ts';

const editionOk = readFileSync('tests/fixtures/content/editions/fixture-lucheng-2021.yaml', 'utf8');
const sourceOk = readFileSync('tests/fixtures/content/sources/fixture-lucheng-2021.txt', 'utf8');
function root(edition: string, source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'guard-'));
  mkdirSync(join(dir, 'editions'));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'editions', 'doc.yaml'), edition);
  writeFileSync(join(dir, 'sources', 'fixture-lucheng-2021.txt'), source);
  return dir;
}

describe('guards against silent corruption', () => {
  it('a `breaks` decision keeps two lines apart that would otherwise join', () => {
    const line = sourceOk.split('\n').findIndex((l) => l.endsWith('城乡居民收入稳步')) + 1;
    const joined = loadCorpus([root(editionOk, sourceOk)])[0]!.doc;
    expect(joined.paragraphs.some((p) => plain(p.content).endsWith('城乡居民收入稳步提高。'))).toBe(true);
    const kept = loadCorpus([root(`${editionOk}breaks:\n  - line: ${line}\n    text: (二)民生保障\n    reason: 测试。\n`, sourceOk)])[0]!.doc;
    expect(kept.paragraphs.some((p) => plain(p.content).endsWith('城乡居民收入稳步'))).toBe(true);
    expect(kept.paragraphs.some((p) => plain(p.content) === '提高。')).toBe(true);
  });

  it('carriage-return line endings read like newlines', () => {
    const lf = decodeSource('a.txt', new TextEncoder().encode('第一行\n第二行\n'));
    expect(decodeSource('a.txt', new TextEncoder().encode('第一行\r\n第二行\r\n')).lines).toEqual(lf.lines);
    expect(decodeSource('a.txt', new TextEncoder().encode('第一行\r第二行\r')).lines).toEqual(lf.lines);
  });

  it('addressing the assembly (各位代表，…) steps out of a run-in topic back to its section', () => {
    const d = doc('changzhi-2021-report');
    const sections = new Map(d.sections.map((s) => [s.id, s]));
    const addresses = d.paragraphs.filter((p) => /^各位代表/.test(plain(p.content)));
    expect(addresses.length).toBeGreaterThanOrEqual(4);
    for (const p of addresses) expect(p.section === null || !sections.get(p.section)!.runIn, p.id).toBe(true);
  });

  it('quotations of the source stay 简体 in the 繁體 edition', () => {
    const d = doc('jcgz-2021-03-02');
    const hant = toHant(d, createHantConverter(loadTerms('content/zh-hant/terms.yaml')));
    const quoted = d.annotations.filter((a) => a.original && /\p{Script=Han}/u.test(a.original));
    expect(quoted.length).toBeGreaterThan(0);
    for (const a of quoted) expect(hant.annotations.find((x) => x.id === a.id)!.original).toBe(a.original);
    expect(hant.annotations.map((a) => a.text).join('')).not.toBe(d.annotations.map((a) => a.text).join(''));
  });

  it('the plain-text download keeps every anchor', () => {
    const d = doc('taiyuan-2021-report');
    const txt = plainTextOf(d, 'zh-Hans', 'zh-hans/taiyuan-2021-report.html', labels('zh-Hans'));
    for (const p of d.paragraphs) expect(txt, p.id).toContain(`[#${p.id}] `);
    for (const s of d.sections.filter((x) => !x.runIn)) expect(txt, s.id).toContain(`[#${s.id}] `);
    expect(txt.startsWith('太原市政府工作报告 〔题为整理者所加〕\n')).toBe(true);
  });
});

describe('note ids', () => {
  it('stay the same when text with notes of its own is added before them', () => {
    const before = loadCorpus([root(editionOk, sourceOk)])[0]!.doc.annotations;
    const added = sourceOk.replace('现在,我代表区人民政府', '新加的一段文字 and 说明。\n\n现在,我代表区人民政府');
    const shifted = sourceOk.split('\n').findIndex((l) => l.startsWith('现在,我代表')) + 1;
    const after = loadCorpus([root(editionOk.replace(/(lines|line): (\[?)(\d+)/g, (m, k: string, b: string, n: string) => (Number(n) > shifted ? `${k}: ${b}${Number(n) + 2}` : m)).replace(/\[(\d+), (\d+)\]/g, (m, a: string, b: string) => (Number(a) > shifted ? `[${Number(a) + 2}, ${Number(b) + 2}]` : m)), added)])[0]!.doc.annotations;
    // Notes keep their ids where their source lines stay; the numbers shown follow reading order.
    const kept = before.filter((a) => a.lines.every((l) => l < shifted));
    expect(kept.length).toBeGreaterThan(0);
    for (const a of kept) expect(after.find((x) => x.id === a.id)?.type, a.id).toBe(a.type);
    expect(after.some((a) => a.type === 'emendation' && a.id === `n${shifted}`)).toBe(true);
    expect(new Set(after.map((a) => a.id)).size).toBe(after.length);
    expect(after.map((a) => a.n)).toEqual(after.map((_, i) => i + 1));
  });
});
