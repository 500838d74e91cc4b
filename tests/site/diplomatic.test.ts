import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_GENERATED, TEST_SITE } from '../setup/paths.ts';
import { decode, ids } from './html.ts';

const sources = readdirSync(join(TEST_GENERATED, 'sources'));

describe('the diplomatic view', () => {
  it('shows every source line as received, numbered, with an anchor per line, in every tree', () => {
    for (const lang of ['zh-hans', 'zh-hant', 'en'])
      for (const file of sources) {
        const html = readFileSync(join(TEST_SITE, lang, 'source', file.replace(/\.txt$/, '.html')), 'utf8');
        const lines = readFileSync(join(TEST_GENERATED, 'sources', file), 'utf8').replace(/\r\n?/g, '\n').split('\n');
        if (lines.at(-1) === '') lines.pop();
        const shown = [...html.matchAll(/<li id="L(\d+)"[^>]*><span class="line-text">([^<]*)<\/span>/g)];
        expect(shown.length, `${lang} ${file}`).toBe(lines.length);
        for (const [, n, text] of shown) expect(decode(text!), `${file}:${n}`).toBe(lines[Number(n) - 1]);
        expect(html).toMatch(/<ol class="diplomatic" lang="zh-Hans">/);
      }
  });

  it('marks the lines the edition leaves out and links them to their note', () => {
    const html = readFileSync(join(TEST_SITE, 'zh-hans', 'source', '002_c8db4b66971fd95f.html'), 'utf8');
    expect(html).toMatch(/<li id="L183" value="183" class="left-out">/);
    const note = html.match(/<li id="L183"[^]*?<a href="([^"#]+)#(n183)"/)!;
    expect(ids(readFileSync(join(TEST_SITE, 'zh-hans', 'source', note[1]!), 'utf8')).has('n183')).toBe(true);
  });

  it('is reached from every note that cites lines, and from every paragraph through the citation page', () => {
    const page = readFileSync(join(TEST_SITE, 'zh-hant', 'jcgz-2021-03-10.html'), 'utf8');
    expect(page).toMatch(/href="source\/001_e19706f1ea0185f1\.html#L687"/);
    const cite = readFileSync(join(TEST_SITE, 'en', 'cite', 'taiyuan-2021-report.html'), 'utf8');
    expect(cite).toMatch(/<tr id="p57">.*href="\.\.\/source\/003_235c536e8061af74\.html#L\d+"/);
  });
});

describe('About this edition (凡例)', () => {
  it('exists in every tree, names every mark, the version and the licence, and every page links to it', () => {
    for (const [lang, marks] of [['zh-hans', ['〔〕', '〔□〕', '⇢', '¶', '术语表']], ['zh-hant', ['〔〕', '〔□〕', '⇢', '¶', '術語表']], ['en', ['〔〕', '〔□〕', '⇢', '¶', 'glossary']]] as const) {
      const html = decode(readFileSync(join(TEST_SITE, lang, 'about-edition.html'), 'utf8'));
      for (const m of marks) expect(html, `${lang} ${m}`).toContain(m);
      expect(html).toContain('CC BY 4.0');
      expect(html).toMatch(/0\.\d+\.\d+/);
      expect(readFileSync(join(TEST_SITE, lang, 'jcgz-2021-03-04.html'), 'utf8')).toContain('href="about-edition.html"');
      expect(readFileSync(join(TEST_SITE, lang, 'source', '001_e19706f1ea0185f1.html'), 'utf8')).toContain('href="../about-edition.html"');
    }
  });
});

describe('the offline download', () => {
  it('holds every file of the site and is linked from every page, at its public address, with its size', async () => {
    const { unzipSync } = await import('fflate');
    const { formatSize } = await import('../../src/lib/site/download.ts');
    const { editionInfo, permalink } = await import('../../src/lib/cite/edition-info.ts');
    const { walk } = await import('./html.ts');
    const name = `jincheng-edition-${editionInfo().version}`;
    const zip = readFileSync(join(TEST_SITE, 'download', `${name}.zip`));
    const inside = new Set(Object.keys(unzipSync(zip)).map((p) => p.slice(name.length + 1)));
    const site = walk(TEST_SITE).map((f) => f.slice(TEST_SITE.length + 1)).filter((f) => !f.startsWith('download/'));
    expect(site.filter((f) => !inside.has(f))).toEqual([]);
    for (const page of ['zh-hans/index.html', 'en/taiyuan-2021-report.html', 'zh-hant/source/002_c8db4b66971fd95f.html'])
      expect(readFileSync(join(TEST_SITE, page), 'utf8'), page).toMatch(new RegExp(`href="${permalink(editionInfo(), `download/${name}.zip`).replaceAll('.', '\\.')}" download>[^<]*\\(${formatSize(zip.length).replace('.', '\\.')}\\)</a>`));
  });
});
