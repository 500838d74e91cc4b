import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditionError } from '../../src/lib/errors.ts';
import { glossaryMisses } from '../../src/lib/glossary/consistency.ts';
import { loadGlossary, type Term } from '../../src/lib/glossary/load.ts';
import { termOccurrences, termsIn, usesRendering } from '../../src/lib/glossary/occurrences.ts';
import { createHantConverter, loadTerms } from '../../src/lib/script/convert.ts';
import { Translation } from '../../src/lib/translation/load.ts';
import { doc } from '../helpers.ts';

const convert = createHantConverter(loadTerms('content/zh-hant/terms.yaml'));
const term = (id: string, zh: string, en: string[], notIn?: string[]): Term => ({ id, 'zh-Hans': zh, 'zh-Hant': convert(zh), en, ...(notIn ? { notIn } : {}), note: { 'zh-Hans': '说明。', 'zh-Hant': '說明。', en: 'A gloss.' } });
const TERMS = [term('fangguanfu', '放管服', ['streamline administration']), term('fangguanfuxiao', '放管服效', ['streamline administration and enhance efficiency']), term('kangyang', '康养', ['health and wellness'], ['健康养殖', '健康养老']), term('dev-zone', '开发区', ['development zone'])];

function file(yaml: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'glossary-')), 'glossary.yaml');
  writeFileSync(path, yaml);
  return path;
}

describe('glossary file', () => {
  it('converts 繁體 at build time and refuses a duplicate, naming its line', () => {
    const ok = loadGlossary(file('terms:\n  - id: fazhan\n    zh-Hans: 发展\n    en: [development]\n    note: { zh-Hans: 发展。, en: Development. }\n'), convert);
    expect(ok[0]).toMatchObject({ 'zh-Hant': '發展', note: { 'zh-Hant': '發展。' } });
    const twice = 'terms:\n  - id: a\n    zh-Hans: 发展\n    en: [x]\n    note: { zh-Hans: 一。, en: One. }\n  - id: b\n    zh-Hans: 发展\n    en: [y]\n    note: { zh-Hans: 二。, en: Two. }\n';
    expect(() => loadGlossary(file(twice), convert)).toThrow(EditionError);
    try {
      loadGlossary(file(twice), convert);
    } catch (e) {
      expect((e as EditionError).line).toBe(6);
      expect((e as EditionError).message).toContain('“发展” is in the glossary twice');
    }
    expect(() => loadGlossary(file('terms:\n  - id: Bad Id\n    zh-Hans: 发展\n    en: [x]\n    note: { zh-Hans: 一。, en: One. }\n'), convert)).toThrow(/permanent lowercase slugs/);
  });

  it('is the edition glossary: at least 120 terms, every Chinese form found in the texts', async () => {
    const terms = loadGlossary('content/glossary.yaml', convert);
    expect(terms.length).toBeGreaterThanOrEqual(120);
    const { docs } = await import('../helpers.ts');
    const all = docs().map((d) => JSON.stringify(d)).join('');
    for (const t of terms) expect(all.includes(t['zh-Hans']), t.id).toBe(true);
  });
});

describe('term occurrences', () => {
  it('match the longest form, skip notIn words, and English renderings as whole words in the plural too', () => {
    expect([...termsIn('深化放管服效改革', TERMS)]).toEqual(['fangguanfuxiao']);
    expect([...termsIn('发展规模健康养殖和康养产业', TERMS)]).toEqual(['kangyang']);
    expect([...termsIn('发展规模健康养殖', TERMS)]).toEqual([]);
    expect(usesRendering('three development zones were merged', TERMS[3]!)).toBe(true);
    expect(usesRendering('redevelopment zone', TERMS[3]!)).toBe(false);
  });

  it('mark the first occurrence of a term in each section, in reading order', () => {
    const d = doc('taiyuan-2021-report');
    const occ = termOccurrences(d, 'zh-Hans', TERMS);
    const keys = occ.map((o) => `${d.paragraphs.find((p) => p.id === o.anchor)?.section ?? o.anchor}|${o.term}`);
    expect(new Set(keys).size).toBe(keys.length);
    const first = occ.find((o) => o.term === 'dev-zone')!;
    const para = d.paragraphs.find((p) => p.id === first.anchor)!;
    expect(para.content.map((c) => (c.t === 'text' ? c.s : '')).join('').slice(first.at, first.at + 3)).toBe('开发区');
  });
});

describe('glossary consistency of the English', () => {
  it('reports a paragraph whose English lacks every rendering, unless it declares why', () => {
    const d = doc('jincheng-2020-report');
    const id = d.paragraphs.find((p) => p.content.some((c) => c.t === 'text' && c.s.includes('开发区')))!.id;
    const tr = new Translation(d.paragraphs.map((p) => [p.id, 'An English sentence.'] as [string, string]));
    expect(glossaryMisses(d, tr, TERMS)).toContainEqual({ id, term: 'dev-zone', zh: '开发区', renderings: ['development zone'] });
    tr.glossaryExceptions.set(id, { 'dev-zone': 'translated as part of a name' });
    expect(glossaryMisses(d, tr, TERMS).some((m) => m.id === id && m.term === 'dev-zone')).toBe(false);
  });
});
