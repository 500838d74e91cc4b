import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionInfo } from '../../src/lib/cite/edition-info.ts';
import { TEST_GENERATED, TEST_SITE } from '../setup/paths.ts';

const docs = readdirSync(join(TEST_GENERATED, 'data', 'zh-Hans')).map((f) => f.replace(/\.json$/, ''));
const metaContent = (html: string, name: string) => [...html.matchAll(new RegExp(`<meta (?:name|property)="${name.replace('.', '\\.')}" content="([^"]*)"`, 'g'))].map((m) => m[1]);

describe('citing the edition', () => {
  it('gives every document page its permalink, Highwire, Dublin Core, Open Graph and COinS, in every language', () => {
    const base = editionInfo().baseUrl;
    for (const lang of ['zh-hans', 'zh-hant', 'en'])
      for (const id of docs) {
        const html = readFileSync(join(TEST_SITE, lang, `${id}.html`), 'utf8');
        expect(html, `${lang}/${id}`).toContain(`<link rel="canonical" href="${base}${lang}/${id}.html">`);
        for (const name of ['citation_title', 'citation_language', 'citation_public_url', 'DC.title', 'DC.identifier', 'og:title', 'og:url', 'description']) expect(metaContent(html, name).length, `${lang}/${id} ${name}`).toBeGreaterThan(0);
        expect(html).toMatch(/<span class="Z3988" title="ctx_ver=Z39\.88-2004&amp;/);
      }
  });

  it('names magazine articles with journal, issue, pages and the issue’s sponsor, and reports with their speaker and government', () => {
    const article = readFileSync(join(TEST_SITE, 'zh-hans', 'jcgz-2021-03-04.html'), 'utf8');
    expect(metaContent(article, 'citation_journal_title')).toEqual(['晋城工作']);
    expect([metaContent(article, 'citation_firstpage'), metaContent(article, 'citation_lastpage')]).toEqual([['15'], ['16']]);
    expect(metaContent(article, 'citation_publisher')).toEqual(['中国共产党晋城市委员会']);
    expect(metaContent(readFileSync(join(TEST_SITE, 'en', 'jcgz-2021-03-04.html'), 'utf8'), 'citation_publisher')).toEqual(['Jincheng Municipal Committee of the Communist Party of China']);
    const report = readFileSync(join(TEST_SITE, 'en', 'taiyuan-2021-report.html'), 'utf8');
    expect(metaContent(report, 'citation_author')).toEqual(['Zhang, Xinwei']);
    expect(metaContent(report, 'citation_title')).toEqual(['Taiyuan Municipal Government Work Report']);
    expect(metaContent(report, 'citation_publisher')).toEqual(["Taiyuan Municipal People's Government"]);
    expect(metaContent(readFileSync(join(TEST_SITE, 'zh-hant', 'changzhi-2021-report.html'), 'utf8'), 'citation_publisher')).toEqual(['長治市人民政府']);
  });

  it('publishes CSL-JSON, BibTeX and RIS for every document that parse back to its title', () => {
    for (const lang of ['zh-hans', 'en'])
      for (const id of docs.filter((d) => !d.startsWith('fixture-random'))) {
        const [item] = JSON.parse(readFileSync(join(TEST_SITE, lang, 'cite', `${id}.json`), 'utf8')) as { title: string }[];
        for (const ext of ['bib', 'ris']) {
          const [back] = new Cite(readFileSync(join(TEST_SITE, lang, 'cite', `${id}.${ext}`), 'utf8')).data as { title: string }[];
          expect(back!.title, `${lang}/${id}.${ext}`).toBe(item!.title);
        }
      }
  });

  it('puts the same record in catalog.json, per language, with the paths of its files', () => {
    const catalog = JSON.parse(readFileSync(join(TEST_SITE, 'catalog.json'), 'utf8')) as { documents: { id: string; csl: Record<string, { id: string; URL: string }>; cite: Record<string, { bib: string }> }[] };
    const entry = catalog.documents.find((d) => d.id === 'taiyuan-2021-report')!;
    const page = JSON.parse(readFileSync(join(TEST_SITE, 'en', 'cite', 'taiyuan-2021-report.json'), 'utf8'))[0];
    expect(entry.csl.en).toEqual(page);
    expect(entry.cite['zh-Hans']!.bib).toBe('zh-hans/cite/taiyuan-2021-report.bib');
  });

  it('shows the citation in GB/T 7714-2015, Chicago, APA and MLA on the page, in the page’s language', () => {
    const zh = readFileSync(join(TEST_SITE, 'zh-hans', 'jcgz-2021-03-04.html'), 'utf8');
    expect(zh).toMatch(/GB\/T 7714-2015<\/dt><dd class="cite-text">高喜全\. 以解放思想 开局 以优质高速 破局\[J\/OL\]\. 晋城工作, 2021\(3\): 15-16/);
    const en = readFileSync(join(TEST_SITE, 'en', 'jcgz-2021-03-04.html'), 'utf8');
    expect(en).toMatch(/APA 7<\/dt><dd class="cite-text">Gao, X\. \(2021/);
  });
});

describe('site basics', () => {
  it('has a favicon, a 404 page, robots.txt and a sitemap with absolute URLs on the public address', () => {
    const base = editionInfo().baseUrl;
    expect(readFileSync(join(TEST_SITE, 'favicon.svg'), 'utf8')).toMatch(/^<svg/);
    expect(readFileSync(join(TEST_SITE, 'zh-hans', 'index.html'), 'utf8')).toContain('<link rel="icon" href="../favicon.svg"');
    const notFound = readFileSync(join(TEST_SITE, '404.html'), 'utf8');
    expect(notFound).toContain(`href="${base}zh-hans/index.html"`);
    expect(readFileSync(join(TEST_SITE, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${base}sitemap.xml`);
    const locs = [...readFileSync(join(TEST_SITE, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.every((u) => u.startsWith(base))).toBe(true);
    for (const path of ['zh-hans/taiyuan-2021-report.html', 'en/parallel/taiyuan-2021-report.html', 'zh-hant/glossary.html']) expect(locs).toContain(`${base}${path}`);
  });
});

describe('downloads', () => {
  it('start the .txt with a byte-order mark and a header naming title, author, date, source, version and permalink', () => {
    const base = editionInfo().baseUrl;
    const txt = readFileSync(join(TEST_SITE, 'zh-hans', 'text', 'taiyuan-2021-report.txt'), 'utf8');
    expect(txt.charCodeAt(0)).toBe(0xfeff);
    const head = txt.slice(1).split('\n\n')[0]!.split('\n');
    expect(head[0]).toBe('太原市政府工作报告 〔题为整理者所加〕');
    expect(head).toContain('代市长 张新伟');
    expect(head).toContain('2021-02-23');
    expect(head.some((l) => l.startsWith('来源：'))).toBe(true);
    expect(head.some((l) => l.includes(editionInfo().version))).toBe(true);
    expect(head.at(-1)).toBe(`${base}zh-hans/taiyuan-2021-report.html`);
    expect(txt).toContain('[#p57] ');
  });

  it('give the JSON the same metadata: permalink, edition version and the citation record', () => {
    const json = JSON.parse(readFileSync(join(TEST_SITE, 'en', 'text', 'jcgz-2021-03-04.json'), 'utf8'));
    expect(json.permalink).toBe(`${editionInfo().baseUrl}en/jcgz-2021-03-04.html`);
    expect(json.edition.version).toBe(editionInfo().version);
    expect(json.citation).toMatchObject({ type: 'article-magazine', 'container-title': 'Jincheng Work', page: '15-16' });
  });
});
