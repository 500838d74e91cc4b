import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPARATUS } from '../../src/lib/search/client/highlight.ts';
import { launchChromium } from '../setup/browser.ts';
import { TEST_GENERATED, TEST_SITE } from '../setup/paths.ts';
import { serveDirectory } from '../setup/static-server.ts';
import { searchHrefs } from './search-page.ts';
import { expectedHits, sitePassages } from './search-truth.ts';

const url = (path: string, query = '') => pathToFileURL(resolve(TEST_SITE, path)).href + query;
const hans = sitePassages(TEST_GENERATED, 'zh-Hans');
const hant = sitePassages(TEST_GENERATED, 'zh-Hant');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const search = (page: Page, searchPage: string, query: string) => searchHrefs(page, `${searchPage}?q=${encodeURIComponent(query)}`);
const asHits = (hrefs: string[]) => hrefs.map((h) => h.replace(/\.html\?[^#]*/, '')).sort();

describe('search, opened from disk (file://)', () => {
  it('indexes exactly the text readers see in every passage, in both scripts', async () => {
    const page = await browser.newPage();
    for (const [lang, passages] of [['zh-hans', hans], ['zh-hant', hant]] as const) {
      for (const [doc, ps] of passages) {
        await page.goto(url(`${lang}/${doc}.html`));
        const seen = await page.evaluate(
          ([ids, apparatus]) =>
            ids.map((id) => {
              const copy = document.getElementById(id)!.cloneNode(true) as HTMLElement;
              copy.querySelectorAll(apparatus).forEach((e) => e.remove());
              return copy.textContent!.replace(/\s+/g, ' ').trim();
            }),
          [ps.map((p) => p.anchor), APPARATUS] as const,
        );
        expect(seen, `${lang}/${doc}`).toEqual(ps.map((p) => p.text));
      }
    }
    await page.close();
  });

  it('finds every passage holding a phrase, and only those, each linked to its #anchor', async () => {
    const page = await browser.newPage();
    for (const q of ['雏型', '转型出雏型', '一枚印章管审批', '张志川', '1425.7亿元', '型', '六新 突破']) {
      const hrefs = await search(page, url('zh-hans/search.html'), q);
      expect(asHits(hrefs), q).toEqual(expectedHits(hans, q));
      expect(hrefs.length, q).toBeGreaterThan(0);
      for (const h of hrefs) expect(h).toMatch(/^[a-z0-9-]+\.html\?hl=[^#]+#(p\d+|s[\d-e]+|title|subtitle|byline)$/);
    }
    await page.close();
  });

  it('finds the same passages for a query typed in the other script, linked into the page’s script', async () => {
    const page = await browser.newPage();
    const typedHant = await search(page, url('zh-hans/search.html'), '張志川');
    expect(asHits(typedHant)).toEqual(asHits(await search(page, url('zh-hans/search.html'), '张志川')));
    expect(page.url()).toContain('/zh-hans/search.html');
    // Switching script on the search page keeps the query.
    await page.click('a[data-script="zh-hant"]');
    await page.waitForURL(/zh-hant\/search\.html\?q=/);
    await page.waitForSelector('#search-results a.hit-link');
    expect(await page.inputValue('#search-input')).toBe('张志川');
    const typedHans = await search(page, url('zh-hant/search.html'), '转型出雏型');
    expect(asHits(typedHans)).toEqual(expectedHits(hant, '轉型出雛型'));
    expect(asHits(typedHans).length).toBeGreaterThan(5);
    // The link opens the 繁體 page and marks the hit in 繁體.
    expect(decodeURIComponent(typedHans[0]!)).toContain('hl=轉型出雛型');
    await page.close();
  });

  it('follows a result to its paragraph and marks the hit there', async () => {
    const page = await browser.newPage();
    await search(page, url('zh-hant/search.html'), '雏型');
    const first = page.locator('#search-results a.hit-link').first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL(/#/);
    const anchor = href.split('#')[1]!;
    expect(page.url()).toContain('/zh-hant/');
    const state = await page.evaluate(() => ({ target: document.querySelector(':target')?.id, marks: [...document.querySelectorAll(':target mark.hit')].map((m) => m.textContent), top: document.querySelector(':target')!.getBoundingClientRect().top }));
    expect(state.target).toBe(anchor);
    expect(state.marks.length).toBeGreaterThan(0);
    expect(new Set(state.marks)).toEqual(new Set(['雛型']));
    expect(state.top).toBeGreaterThanOrEqual(0);
    expect(state.top).toBeLessThan(400);
    await page.close();
  });

  it('filters by kind and city, sorts by date and keeps the state in a shareable URL', async () => {
    const page = await browser.newPage();
    await search(page, url('zh-hans/search.html'), '发展');
    await page.selectOption('select[name="kind"]', 'report');
    await page.waitForFunction(() => location.search.includes('kind=report'));
    const meta = await page.locator('.result-meta').allTextContents();
    expect(meta.length).toBeGreaterThan(1);
    for (const m of meta) expect(m).toMatch(/^政府工作报告/);
    await page.selectOption('select[name="sort"]', 'newest');
    await page.waitForFunction(() => location.search.includes('sort=newest'));
    const dates = (await page.locator('.result-meta').allTextContents()).map((m) => m.split(' · ')[2] ?? '');
    expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort().reverse());
    const shared = page.url();
    await page.goto(shared);
    await page.waitForSelector('#search-results a.hit-link');
    expect(await page.inputValue('select[name="kind"]')).toBe('report');
    expect(await page.inputValue('#search-input')).toBe('发展');
    const counts = await page.locator('select[name="city"] option:not([value=""])').allTextContents();
    expect(counts.every((c) => /（\d+）$/.test(c))).toBe(true);
    await page.close();
  });

  it('says so when nothing matches, in the page’s script, and offers to clear filters', async () => {
    const page = await browser.newPage();
    await search(page, url('zh-hant/search.html'), '不存在的詞語');
    expect(await page.locator('#search-status').textContent()).toContain('沒有一段含有“不存在的詞語”');
    // Only the reading text is indexed: the notes list and the outline are not.
    expect(await search(page, url('zh-hans/search.html'), '网页附加内容')).toEqual([]);
    expect(await search(page, url('zh-hans/search.html'), '本段链接')).toEqual([]);
    await page.goto(url('zh-hans/search.html', '?q=雏型&city=太原&kind=article'));
    await page.waitForSelector('#search-results > button.more');
    expect(await page.locator('#search-status').textContent()).toContain('在所选范围内');
    await page.click('#search-results > button.more');
    await page.waitForSelector('#search-results a.hit-link');
    await page.goto(url('zh-hans/search.html'));
    expect(await page.locator('#search-intro').isVisible()).toBe(true);
    expect(await page.locator('#search-status').textContent()).toBe('');
    await page.close();
  });

  it('opens from any page with “/” and runs the query on Enter, by keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(url('zh-hans/taiyuan-2021-report.html'));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    expect(await page.getByRole('search').getByRole('searchbox', { name: '搜索全文' }).count()).toBe(1);
    await page.keyboard.type('一枚印章管审批');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#search-results a.hit-link');
    expect(page.url()).toMatch(/zh-hans\/search\.html\?q=/);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('hit-link');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#/);
    expect(await page.locator(':target mark.hit').first().textContent()).toBe('一枚印章管审批');
    await page.close();
  });
});

describe('search, served over HTTP', () => {
  let server: Awaited<ReturnType<typeof serveDirectory>>;
  beforeAll(async () => {
    server = await serveDirectory(TEST_SITE);
  });
  afterAll(() => server?.close());

  it('fetches the index directly and finds the same passages', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    const hrefs = await search(page, `${server.base}/zh-hans/search.html`, '雏型');
    expect(asHits(hrefs)).toEqual(expectedHits(hans, '雏型'));
    expect(fetched.some((u) => u.endsWith('.pf_fragment'))).toBe(true);
    expect(fetched.some((u) => u.endsWith('.pf_fragment.js'))).toBe(false);
    await page.close();
  });
});
