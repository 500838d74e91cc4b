import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionInfo, permalink } from '../../src/lib/cite/edition-info.ts';
import { citationFiles } from '../../src/lib/cite/exports.ts';
import { formatCitation } from '../../src/lib/cite/format.ts';
import { cslRecord, pageRanges } from '../../src/lib/cite/record.ts';
import { doc } from '../helpers.ts';

const article = () => cslRecord(doc('jcgz-2021-03-04'), 'zh-Hans', { url: 'https://e.org/zh-hans/jcgz-2021-03-04.html', names: ['高喜全'], accessed: '2026-11-23', version: '0.2.0', publisher: '中国共产党晋城市委员会' });

describe('one metadata record per document', () => {
  it('makes a magazine article an article-magazine with container, issue, year and pages', () => {
    expect(article()).toMatchObject({ type: 'article-magazine', 'container-title': '晋城工作', issue: '3', page: '15-16', issued: { 'date-parts': [[2021, 3, 10]] }, author: [{ family: '高', given: '喜全' }], language: 'zh-CN', publisher: '中国共产党晋城市委员会' });
  });

  it('makes a government work report a speech by its speaker at its session, and says when it is an excerpt', () => {
    const report = cslRecord(doc('taiyuan-2021-report'), 'en', { url: 'https://e.org/en/taiyuan-2021-report.html', names: ['Zhang Xinwei'], accessed: '2026-11-23', version: '0.2.0' });
    expect(report).toMatchObject({ type: 'speech', author: [{ family: 'Zhang', given: 'Xinwei' }], event: '太原市第十四届人民代表大会第六次会议', 'original-title': '太原市政府工作报告', issued: { 'date-parts': [[2021, 2, 23]] }, 'event-date': { 'date-parts': [[2021, 2, 23]] }, 'event-place': '太原' });
    expect(cslRecord(doc('jincheng-2020-report'), 'zh-Hans', { url: 'u', names: [], accessed: '2026-11-23', version: '0.2.0' })).toMatchObject({ genre: '节选', publisher: '晋城市人民政府' });
  });

  it('writes page lists as ranges', () => expect(pageRanges([6, 7, 8, 9, 10, 11, 12, 13, 14, 21])).toBe('6-14, 21'));
});

describe('citations formatted by citeproc-js from the official CSL styles', () => {
  it('GB/T 7714-2015: author, title, [J/OL], 晋城工作, year, issue, pages, access date, URL, in the standard’s order', () => {
    const s = formatCitation(article(), 'gb-t-7714-2015');
    const order = ['高喜全. ', '以解放思想 开局 以优质高速 破局', '[J/OL]', '晋城工作', '2021(3)', ': 15-16', '[2026-11-23]', 'https://e.org/zh-hans/jcgz-2021-03-04.html'];
    let at = -1;
    for (const part of order) {
      const i = s.indexOf(part, at + 1);
      expect(i, `${part} in ${s}`).toBeGreaterThan(at);
      at = i;
    }
  });

  it('GB/T 7714-2015: a speech with its place and date, and the edition’s version as its version element (版本项)', () => {
    const report = cslRecord(doc('taiyuan-2021-report'), 'zh-Hans', { url: 'https://e.org/t.html', names: ['张新伟'], accessed: '2026-11-23', version: '0.2.0' });
    expect(formatCitation(report, 'gb-t-7714-2015')).toBe('张新伟. 太原市政府工作报告, 太原, 2021年2月23日[Z/OL]. 晋城工作与山西市政府工作报告 · 数字校勘本（第 0.2.0 版）. 太原市人民政府, 2021[2026-11-23]. https://e.org/t.html.');
  });

  it('Chicago, APA and MLA each name the author, the title, the URL and the edition’s version', () => {
    for (const style of ['chicago', 'apa', 'mla'] as const) {
      const s = formatCitation(article(), style);
      for (const part of ['高喜全', '以解放思想', 'https://e.org/zh-hans/jcgz-2021-03-04.html', '数字校勘本（第 0.2.0 版）']) expect(s, style).toContain(part);
    }
  });
});

describe('English citations', () => {
  it('cite the translation in English and keep the original title, in every style', () => {
    const zh = doc('taiyuan-2021-report');
    const translated = { ...zh, meta: { ...zh.meta, title: { ...zh.meta.title, en: 'Taiyuan Government Work Report' }, city: 'Taiyuan', occasion: 'The Sixth Session of the 14th Taiyuan Municipal People’s Congress' } };
    const report = cslRecord(translated, 'en', { url: 'https://e.org/en/taiyuan-2021-report.html', names: ['Zhang Xinwei'], accessed: '2026-11-23', version: '0.2.0' });
    for (const style of ['gb-t-7714-2015', 'chicago', 'apa', 'mla'] as const) {
      const s = formatCitation(report, style);
      expect(s, style).toContain('Taiyuan Government Work Report [太原市政府工作报告]');
      expect(s, style).toMatch(/Zhang/i);
    }
    expect(formatCitation(report, 'chicago')).toContain('Presented at the Sixth Session');
    expect(report.publisher).toBe("Taiyuan Municipal People's Government");
    expect(formatCitation(article(), 'chicago')).not.toContain('[');
  });
});

describe('files for reference managers', () => {
  it('BibTeX and RIS parse back (citation-js) to the same title, author and date', () => {
    const files = citationFiles(article());
    expect(files.bib).toMatch(/^@article\{jcgz-2021-03-04,/);
    for (const text of [files.bib, files.ris]) {
      const [back] = new Cite(text).data as { title: string; author: { family: string; given: string }[]; issued: { 'date-parts': number[][] } }[];
      expect(back!.title).toBe('以解放思想 开局 以优质高速 破局');
      expect(back!.author[0]).toMatchObject({ family: '高', given: '喜全' });
      expect(back!.issued['date-parts'][0]!.slice(0, 1)).toEqual([2021]);
    }
    expect(JSON.parse(files.json)[0].id).toBe('jcgz-2021-03-04');
  });
});

describe('the edition’s public address', () => {
  it('is one setting, overridable by EDITION_BASE_URL, and makes absolute permalinks', () => {
    const e = editionInfo('content/edition.yaml', {});
    expect(permalink(e, 'zh-hans/taiyuan-2021-report.html#p57')).toBe(`${e.baseUrl}zh-hans/taiyuan-2021-report.html#p57`);
    expect(editionInfo('content/edition.yaml', { EDITION_BASE_URL: 'https://mirror.example.net/edition' }).baseUrl).toBe('https://mirror.example.net/edition/');
    const bad = join(mkdtempSync(join(tmpdir(), 'ed-')), 'edition.yaml');
    writeFileSync(bad, 'title: { zh-Hans: 甲, en: A }\nversion: 1\ndate: 2026-11-23\nbaseUrl: https://x.org/\nlicence: { zh-Hans: 甲, en: A }\n');
    expect(() => editionInfo(bad, {})).toThrow(/version/);
  });
});

describe('metadata for reference managers in the page head', () => {
  it('gives Highwire, Dublin Core and COinS from the one record', async () => {
    const { citationMeta, coins } = await import('../../src/lib/cite/head.ts');
    const tags = citationMeta(article());
    const get = (n: string) => tags.filter((t) => t.name === n).map((t) => t.content);
    expect(get('citation_title')).toEqual(['以解放思想 开局 以优质高速 破局']);
    expect(get('citation_author')).toEqual(['高喜全']);
    expect(get('citation_publication_date')).toEqual(['2021/03/10']);
    expect([get('citation_journal_title'), get('citation_issue'), get('citation_firstpage'), get('citation_lastpage')]).toEqual([['晋城工作'], ['3'], ['15'], ['16']]);
    expect(get('citation_public_url')).toEqual(['https://e.org/zh-hans/jcgz-2021-03-04.html']);
    expect(get('DC.date')).toEqual(['2021-03-10']);
    const kev = new URLSearchParams(coins(article()));
    expect([kev.get('rft.genre'), kev.get('rft.jtitle'), kev.get('rft.issue'), kev.get('rft.au')]).toEqual(['article', '晋城工作', '3', '高喜全']);
  });
});

describe('RIS for long titles', () => {
  it('keeps each tag on one line, so a title longer than 70 characters reads back whole', () => {
    const long = { ...article(), title: 'Speech at the Closing Ceremony of the Seventh Session of the Seventh Municipal People’s Congress' };
    const { ris } = citationFiles(long);
    expect(ris.split('\n').filter((l) => l && !/^[A-Z][A-Z0-9] {2}-/.test(l))).toEqual([]);
    expect((new Cite(ris).data[0] as { title: string }).title).toBe(long.title);
  });
});

describe('the sitemap', () => {
  it('lists every reading page of every language, parallel pages only for documents with text', async () => {
    const { sitePaths, sitemapXml } = await import('../../src/lib/site/sitemap.ts');
    const paths = sitePaths(['zh-Hans', 'en'], [{ id: 'a', hasText: true }, { id: 'issue', hasText: false }]);
    expect(paths).toContain('en/parallel/a.html');
    expect(paths).not.toContain('en/parallel/issue.html');
    expect(paths.filter((p) => p.startsWith('zh-hans/'))).toEqual(['zh-hans/index.html', 'zh-hans/search.html', 'zh-hans/glossary.html', 'zh-hans/about-translation.html', 'zh-hans/a.html', 'zh-hans/parallel/a.html', 'zh-hans/issue.html']);
    expect(sitemapXml(['https://e.org/a?b&c'], '2026-11-23')).toContain('<loc>https://e.org/a?b&amp;c</loc><lastmod>2026-11-23</lastmod>');
  });
});
