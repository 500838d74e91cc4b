import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditionError } from '../../src/lib/errors.ts';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { arrange, type DocInfo } from '../../src/lib/search/arrange.ts';
import { classicBundle } from '../../src/lib/search/offline.ts';
import { facetOptions } from '../../src/lib/search/page-data.ts';
import { passagesOf } from '../../src/lib/search/passages.ts';
import { candidateQuery, excerpt, findHits, hitStrings, parseQuery } from '../../src/lib/search/query.ts';
import { asCharacterWords, displayedText, recordContent, recordTexts } from '../../src/lib/search/record-text.ts';
import { parseRecordUrl, type Hit } from '../../src/lib/search/run-search.ts';
import { pagefindLanguage, writeSearchIndex } from '../../src/lib/search/write-index.ts';
import { readingText } from '../../src/lib/render/reading-text.ts';
import { createHantConverter, loadTerms } from '../../src/lib/script/convert.ts';
import { toHant } from '../../src/lib/script/convert-document.ts';

describe('query preparation', () => {
  it('splits terms on any whitespace, drops quotes and repeats', () => {
    expect(parseQuery('  转型出雏型　“六新” 六新 ')).toEqual(['转型出雏型', '六新']);
    expect(parseQuery('"一枚印章管审批"')).toEqual(['一枚印章管审批']);
    expect(parseQuery('  ')).toEqual([]);
  });

  it('asks Pagefind for every letter and digit once, lower-cased, punctuation left out', () => {
    expect(candidateQuery(['1425.7亿元'])).toBe('1 4 2 5 7 亿 元');
    expect(candidateQuery(['GDP', '发展'])).toBe('g d p 发 展');
    expect(candidateQuery(['雏型', '型'])).toBe('雏 型');
    expect(candidateQuery(['。、“”'])).toBe('');
  });
});

describe('verification', () => {
  it('keeps a passage only when every term occurs as an exact phrase', () => {
    expect(findHits('实现转型出雏型的目标', '', ['转型出雏型'])).toEqual([[2, 7]]);
    expect(findHits('转型出现雏型', '轉型出現雛型', ['转型出雏型'])).toBeNull();
    expect(findHits('六新突破，六新', '六新突破，六新', ['六新', '突破'])).toEqual([[0, 4], [5, 7]]);
    expect(findHits('六新', '六新', ['六新', '七新'])).toBeNull();
  });

  it('finds a 繁體 query in the 繁體 twin and reports the range in the page’s own text', () => {
    expect(findHits('张志川主持会议', '張志川主持會議', ['張志川'])).toEqual([[0, 3]]);
    expect(hitStrings('张志川主持会议', [[0, 3]])).toEqual(['张志川']);
  });

  it('matches Latin letters in either case and merges overlapping hits', () => {
    expect(findHits('GDP增长', 'GDP增長', ['gdp'])).toEqual([[0, 3]]);
    expect(findHits('六新六新', '六新六新', ['新六', '六新'])).toEqual([[0, 4]]);
  });

  it('cuts an excerpt around the first hit and marks the hits in it', () => {
    const text = `${'甲'.repeat(50)}雏型${'乙'.repeat(50)}`;
    const parts = excerpt(text, [[50, 52]], 10);
    expect(parts.map((p) => p.text).join('')).toBe(`…${'甲'.repeat(10)}雏型${'乙'.repeat(10)}…`);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['雏型']);
  });
});

describe('records', () => {
  // Pagefind's part of the round trip: it removes the zero-width spaces from returned content.
  const throughPagefind = (content: string) => content.replace(/\u200b/g, '');

  it('makes every character a word and gives both scripts back intact', () => {
    expect(asCharacterWords('雏型 GDP')).toBe('雏\u200b型 G\u200bD\u200bP');
    expect(recordTexts(throughPagefind(recordContent('发展 5G', '發展 5G')))).toEqual(['发展 5G', '發展 5G']);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (raw) => {
        const text = displayedText(raw.replace(/\u200b/g, ''));
        if (!text) return;
        expect(recordTexts(throughPagefind(recordContent(text, text)))).toEqual([text, text]);
      }),
      { seed: 4, numRuns: 300 },
    );
  });

  it('reads document id and anchor from a record URL', () => {
    expect(parseRecordUrl('zh-hant/taiyuan-2021-report.html#s3-8-2')).toEqual({ doc: 'taiyuan-2021-report', anchor: 's3-8-2' });
    expect(() => parseRecordUrl('zh-hans/')).toThrow(/unexpected search record URL/);
  });

  it('keys indexes by the lower-cased tag, as Pagefind’s browser code looks them up', () => {
    expect(pagefindLanguage('zh-Hant')).toBe('zh-hant');
  });
});

describe('passages', () => {
  const corpus = loadCorpus(['content']);
  const convert = createHantConverter(loadTerms('content/zh-hant/terms.yaml'));
  const doc = corpus.find((c) => c.doc.meta.id === 'taiyuan-2021-report')!.doc;
  const twin = toHant(doc, convert);

  it('are the title block, headings and paragraphs in document order, with the reading text', () => {
    const passages = passagesOf(doc, twin, 'zh-Hans');
    const text = readingText(doc);
    expect(passages.slice(0, 4).map((p) => p.anchor)).toEqual(['title', 'subtitle', 'byline', 'p1']);
    expect(passages.find((p) => p.anchor === 'p57')!.text).toBe(displayedText(text.paragraphs.find((p) => p.id === 'p57')!.text));
    expect(passages.filter((p) => /^p\d+$/.test(p.anchor))).toHaveLength(doc.paragraphs.length);
    for (const p of passages) expect(p.other.length).toBe(p.text.length);
    expect(passages[0]).toMatchObject({ text: '太原市政府工作报告', other: '太原市政府工作報告' });
  });

  it('refuse a twin whose text is not aligned, naming the source file and line', () => {
    const broken = structuredClone(twin);
    broken.paragraphs[4]!.content = [{ t: 'text', s: '短' }];
    const err = (() => {
      try {
        passagesOf(doc, broken, 'zh-Hans');
      } catch (e) {
        return e;
      }
    })() as EditionError;
    expect(err).toBeInstanceOf(EditionError);
    expect(err.message).toContain(`${doc.meta.source.file}:${doc.paragraphs[4]!.lines[0]}`);
    expect(err.message).toMatch(/#p5 .* characters long/);
  });

  it('stop the index build before anything is written', async () => {
    const broken = structuredClone(twin);
    broken.paragraphs[0]!.content = [{ t: 'text', s: '短' }];
    const site = mkdtempSync(join(tmpdir(), 'search-'));
    await expect(writeSearchIndex(site, ['zh-Hans'], (lang) => [lang === 'zh-Hans' ? doc : broken])).rejects.toThrow(EditionError);
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
  });
});

describe('arranging hits', () => {
  const docs = new Map<string, DocInfo>([
    ['a', { id: 'a', title: 'A', kind: 'report', city: '太原', year: '2021', date: '2021-01-10', anchors: ['title', 's1', 'p1', 'p2'], headings: { s1: '一、回顾' } }],
    ['b', { id: 'b', title: 'B', kind: 'article', city: '晋城', year: '2021', date: '2021-03-10', anchors: ['title', 'p1'], headings: {} }],
  ]);
  const hit = (doc: string, anchor: string, text: string, ranges: [number, number][]): Hit => ({ doc, anchor, text, ranges });
  const hits = [hit('a', 'p2', '雏型雏型的', [[0, 4]]), hit('a', 'p1', '雏型', [[0, 2]]), hit('b', 'p1', '这是很长的一段话里的雏型', [[10, 12]])];

  it('groups by document, names the section of each hit and ranks by relevance', () => {
    const { groups, total } = arrange(hits, docs, {}, 'relevance');
    expect(total).toBe(3);
    expect(groups.map((g) => g.doc.id)).toEqual(['a', 'b']);
    // p2 is mostly the query; p1 is only the query but shorter text weighs less per hit.
    expect(groups[0]!.hits.map((h) => [h.anchor, h.section])).toEqual([['p2', '一、回顾'], ['p1', '一、回顾']]);
  });

  it('orders by date either way, undated documents last, hits in document order', () => {
    const withUndated = new Map([...docs, ['c', { ...docs.get('b')!, id: 'c', date: '', year: '' }]]);
    const all = [...hits, hit('c', 'p1', '雏型', [[0, 2]])];
    expect(arrange(all, withUndated, {}, 'newest').groups.map((g) => g.doc.id)).toEqual(['b', 'a', 'c']);
    const oldest = arrange(all, withUndated, {}, 'oldest').groups;
    expect(oldest.map((g) => g.doc.id)).toEqual(['a', 'b', 'c']);
    expect(oldest[0]!.hits.map((h) => h.anchor)).toEqual(['p1', 'p2']);
  });

  it('offers each filter’s values from the documents, undated ones left out of the years', () => {
    const options = facetOptions([...docs.values(), { ...docs.get('b')!, id: 'c', title: 'C', year: '', date: '' }], { report: '报告', article: '文章' });
    expect(options.doc).toEqual([['a', 'A'], ['b', 'B'], ['c', 'C']]);
    expect(options.kind).toEqual([['article', '文章'], ['report', '报告']]);
    expect(options.year).toEqual([['2021', '2021']]);
  });

  it('filters, and counts each facet value with the other filters applied', () => {
    const { groups, facets } = arrange(hits, docs, { kind: 'article' }, 'relevance');
    expect(groups.map((g) => g.doc.id)).toEqual(['b']);
    expect(Object.fromEntries(facets.kind)).toEqual({ report: 2, article: 1 });
    expect(Object.fromEntries(facets.city)).toEqual({ 晋城: 1 });
  });
});

describe('the offline bundle', () => {
  it('turns Pagefind’s module into a classic script publishing its API', () => {
    const code = classicBundle('const x=typeof import.meta.url;const search=()=>x;\nexport{search};', 'pagefind.js');
    const window: Record<string, { search(): string }> = {};
    new Function('window', code)(window);
    expect(window.EditionPagefind!.search()).toBe('undefined');
  });

  it('refuses a bundle of another shape, saying what to do', () => {
    expect(() => classicBundle('import x from "y";export{x};', 'pagefind.js')).toThrow(/pin pagefind/);
    expect(() => classicBundle('export default 1;', 'pagefind.js')).toThrow(EditionError);
  });
});

describe('English search records', () => {
  it('carry the English and both scripts of the aligned Chinese, and give them back exactly', async () => {
    const { englishRecordContent, englishRecordTexts } = await import('../../src/lib/search/record-text.ts');
    const [en, hans, hant] = ['Coalbed methane output rose.', '内部资料 免费赠阅，煤层气', '內部資料 免費贈閱，煤層氣'];
    const { content, split } = englishRecordContent(en, hans, hant);
    expect(content).toContain('煤 层 气');
    expect(englishRecordTexts(content, split)).toEqual([en, hans, hant]);
  });

  it('match English terms as whole words or phrases, in any case', async () => {
    const { findWordHits } = await import('../../src/lib/search/query.ts');
    expect(findWordHits('Coalbed methane and coal', ['coal'])).toEqual([[20, 24]]);
    expect(findWordHits('Coalbed methane and coal', ['COALBED', 'methane'])).toEqual([[0, 7], [8, 15]]);
    expect(findWordHits('Coalbed methane', ['coal'])).toBeNull();
  });
});

describe('English compounds', () => {
  it('hand Pagefind the parts of dash-joined names as words of their own', async () => {
    const { compoundParts } = await import('../../src/lib/search/record-text.ts');
    expect(compoundParts('the Licheng–Pingshun–Huguan–Lingchuan and Pingyao–Qinyuan expressways, 2021/2022')).toBe('Licheng Pingshun Huguan Lingchuan Pingyao Qinyuan 2021 2022');
    expect(compoundParts('no compounds here')).toBe('');
  });
});
