import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/lib/build-site.ts';
import { EditionError } from '../../src/lib/errors.ts';
import { normalizePunctuation } from '../../src/lib/parse/punctuation.ts';
import { randomLines } from '../setup/random-strings.ts';
import { TEST_GENERATED, TEST_SITE } from '../setup/paths.ts';
import { hrefs, ids, read, textOf, walk } from './html.ts';

const site = (...p: string[]) => join(TEST_SITE, ...p);
const pages = () => walk(TEST_SITE).filter((f) => f.endsWith('.html'));

describe('the built site', () => {
  it('has every document of catalog.json, with its reading text and downloads', () => {
    const catalog = JSON.parse(read(site('catalog.json'))) as { documents: { id: string; kind: string; title: Record<string, string>; city: string; date: string | null; pages: number[]; urls: Record<string, string>; text: Record<string, string> }[] };
    // Every document ingestion wrote, whatever their number: adding one must not break this test.
    expect(catalog.documents.map((d) => d.id).sort()).toEqual(readdirSync(join(TEST_GENERATED, 'data', 'zh-Hans')).map((f) => f.replace(/\.json$/, '')).sort());
    expect(catalog.documents.map((d) => d.id)).toContain('fixture-lucheng-2021');
    for (const d of catalog.documents) {
      expect(Object.keys(d.urls)).toEqual(['zh-Hans', 'zh-Hant', 'en']);
      expect(Object.keys(d.title)).toEqual(['zh-Hans', 'zh-Hant', 'en']);
      for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
        expect(existsSync(site(d.urls[lang]!)), d.urls[lang]).toBe(true);
        const text = JSON.parse(read(site(d.text[lang]!)));
        expect(text.id).toBe(d.id);
        expect(Array.isArray(text.sections) && Array.isArray(text.paragraphs)).toBe(true);
        for (const p of text.paragraphs) expect(p).toMatchObject({ id: expect.stringMatching(/^p\d+$/), text: expect.any(String) });
        expect(existsSync(site(d.urls[lang]!.split('/')[0]!, 'text', `${d.id}.txt`))).toBe(true);
      }
    }
    const report = catalog.documents.find((d) => d.id === 'jcgz-2021-03-03')!;
    expect(report).toMatchObject({ kind: 'report', city: '晋城', date: '2021-02-23', pages: [6, 7, 8, 9, 10, 11, 12, 13, 14, 21] });
  });

  it('resolves every internal link and #anchor, with relative URLs that also work from disk', () => {
    const broken: string[] = [];
    // Each page's ids are read once: pages are linked to thousands of times.
    const idsOf = new Map<string, Set<string>>();
    const anchors = (file: string) => idsOf.get(file) ?? idsOf.set(file, ids(read(file))).get(file)!;
    for (const page of pages()) {
      const html = read(page);
      for (const href of hrefs(html)) {
        if (/^(https?:|mailto:)/.test(href)) continue;
        expect(href.startsWith('/'), `${relative(TEST_SITE, page)} links to root-absolute ${href}`).toBe(false);
        const [pathAndQuery, hash] = href.split('#');
        const path = pathAndQuery!.split('?')[0];
        const target = path ? resolve(dirname(page), path) : page;
        if (!existsSync(target) || (path && !/\.(html|json|txt|csv|bib|ris|css|js|svg|png|zip|webmanifest)$/.test(path))) broken.push(`${relative(TEST_SITE, page)} → ${href}`);
        else if (hash && target.endsWith('.html') && !anchors(target).has(hash)) broken.push(`${relative(TEST_SITE, page)} → ${href} (no id)`);
      }
    }
    expect(broken).toEqual([]);
  });

  // From file:// a browser runs inline scripts, module or not, but loads no module file.
  it('declares the script of every page and ships no script module file or external stylesheet', () => {
    for (const page of pages()) {
      const html = read(page);
      const tree = relative(TEST_SITE, page).split('/')[0];
      expect(html, page).toMatch(tree === 'zh-hant' ? /<html lang="zh-Hant"/ : tree === 'en' ? /<html lang="en"/ : /<html lang="zh-Hans"/);
      expect(html, page).not.toMatch(/<script[^>]*type="module"[^>]*src=|<link[^>]*rel="stylesheet"|<\/html>./s);
    }
  });

  it('gives every section and paragraph its structural id and a ¶ link', () => {
    const html = read(site('zh-hans', 'taiyuan-2021-report.html'));
    for (const id of ['s1', 's1-e1', 's1-1', 's3-8-2', 'p1', 'p89']) {
      expect(ids(html).has(id), id).toBe(true);
      expect(html).toContain(`href="#${id}"`);
    }
    expect(textOf(html, 'p74')).toMatch(/^办好人民满意教育。〔大〕力发展3岁以下/);
  });

  it('publishes a document that is not one of the five seeds from its source and edition file alone', () => {
    const html = read(site('zh-hans', 'fixture-lucheng-2021.html'));
    expect(textOf(html, 's1')).toBe('一、2020年工作回顾');
    expect(textOf(html, 's2-1')).toBe('（一）加快产业转型');
    expect(html).toContain('id="s2-1-1"');
    expect(textOf(html, 'p5')).toBe('（二）民生保障持续加强。新增就业3200人，改造老旧小区12个，城乡居民收入稳步提高。');
    expect(textOf(html, 'p6')).toContain('培育农业龙头企业和合作社');
  });

  it('renders random strings full of MDX, JSX and Markdown syntax as the same literal text (fast-check, seeded)', () => {
    const html = read(site('zh-hans', 'fixture-random.html'));
    // Punctuation normalisation is the one documented change before MDX; MDX itself must change nothing.
    const lines = randomLines(200).map((l) => normalizePunctuation(l).text);
    const got = lines.map((_, i) => textOf(html, `p${i + 1}`));
    expect(got).toEqual(lines);
    const json = JSON.parse(read(site('zh-hans', 'text', 'fixture-random.json')));
    expect(json.paragraphs.map((p: { text: string }) => p.text)).toEqual(lines);
  });

  it('copies the sources byte for byte as the diplomatic base', () => {
    for (const f of readdirSync('content/sources').filter((f) => f.endsWith('.txt'))) expect(readFileSync(site('sources', f)).equals(readFileSync(join('content/sources', f)))).toBe(true);
  });

  it('on bad input fails with a clear error and leaves the previous site untouched', () => {
    const root = '.tmp/bad-root';
    mkdirSync(join(root, 'editions'), { recursive: true });
    mkdirSync(join(root, 'sources'), { recursive: true });
    writeFileSync(join(root, 'editions', 'bad.yaml'), 'layout: report\nsource: bad.txt\ndocument:\n  id: bad\n  kind: memo\n');
    writeFileSync(join(root, 'sources', 'bad.txt'), '一、测试\n');
    const dist = '.tmp/bad-dist';
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'previous build');
    expect(() => buildSite({ roots: ['content', root], generated: '.tmp/bad-generated', dist })).toThrow(EditionError);
    expect(read(join(dist, 'index.html'))).toBe('previous build');
    expect(readdirSync('.tmp').filter((f) => f.startsWith('bad-dist.'))).toEqual([]);
  });
});

describe('the CSS', () => {
  it('comes from the site sources only: a stray scratch directory in the project adds nothing', async () => {
    const { STRAY_CLASS } = await import('../setup/paths.ts');
    const html = read(join(TEST_SITE, 'zh-hans', 'index.html'));
    expect(html).not.toContain('0.4242em');
    expect(STRAY_CLASS).toContain('0.4242em');
  });
});
