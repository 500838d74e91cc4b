import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../setup/browser.ts';
import { TEST_GENERATED, TEST_SITE } from '../setup/paths.ts';
import { ids } from './html.ts';
import { searchHrefs } from './search-page.ts';
import { expectedEnglishHits, sitePassages } from './search-truth.ts';

const url = (path: string, hash = '') => pathToFileURL(resolve(TEST_SITE, path)).href + hash;
const english = sitePassages(TEST_GENERATED, 'en');
const chinese = sitePassages(TEST_GENERATED, 'zh-Hans');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('the English edition', () => {
  it('gives every Chinese id its English twin on the English page', () => {
    let checked = 0;
    for (const doc of chinese.keys()) {
      const [zh, en] = ['zh-hans', 'en'].map((l) => ids(readFileSync(join(TEST_SITE, l, `${doc}.html`), 'utf8')));
      const reading = [...zh!].filter((id) => /^(p\d+|s[\d-e]+|a\d+|signoff)$/.test(id));
      checked += reading.length;
      expect(reading.filter((id) => !en!.has(id)), doc).toEqual([]);
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('switches 简 → EN at the same #anchor', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url('zh-hans/taiyuan-2021-report.html', '#p57'));
    await page.locator('a[data-script="en"]').click();
    await page.waitForURL(/\/en\/taiyuan-2021-report\.html#p57$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p57');
    expect(await page.evaluate(() => document.querySelector(':target')!.textContent)).toMatch(/[A-Za-z]{4,}/);
    await context.close();
  });

  it('reads in parallel: pairs side by side at 1280 px, stacked at 360 px, the choice remembered', async () => {
    for (const [width, sideBySide] of [[1280, true], [360, false]] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(url('zh-hans/changzhi-2021-report.html', '#p12'));
      await page.locator('nav.modes a[data-mode="parallel"]').click();
      await page.waitForURL(/zh-hans\/parallel\/changzhi-2021-report\.html#p12$/);
      const boxes = await page.locator('#p12 > .cell').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length).toBe(2);
      if (sideBySide) expect(Math.abs(boxes[0]!.top - boxes[1]!.top)).toBeLessThan(2);
      else expect(boxes[1]!.top).toBeGreaterThanOrEqual(boxes[0]!.bottom);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await page.locator('#p12 > .cell-zh').getAttribute('lang')).toBe('zh-Hans');
      expect(await page.locator('#p12 > .cell-en').getAttribute('lang')).toBe('en');
      // Remembered: the next document opens in parallel too.
      await page.goto(url('zh-hans/taiyuan-2021-report.html'));
      await page.waitForURL(/zh-hans\/parallel\/taiyuan-2021-report\.html$/);
      await page.locator('nav.modes a[data-mode="single"]').first().click();
      await page.waitForURL(/zh-hans\/taiyuan-2021-report\.html$/);
      await context.close();
    }
  });

  it('offers the parallel view with 繁體 as the Chinese side', async () => {
    const page = await browser.newPage();
    await page.goto(url('zh-hant/parallel/taiyuan-2021-report.html'));
    expect(await page.locator('#p3 > .cell-zh').getAttribute('lang')).toBe('zh-Hant');
    await page.close();
  });

  it('finds a coalbed methane passage in English and a Chinese query on the English page, exactly', async () => {
    const page = await browser.newPage();
    for (const q of ['coalbed methane', '煤层气']) {
      const got = (await searchHrefs(page, `${url('en/search.html')}?q=${encodeURIComponent(q)}`)).map((h) => h.replace(/\.html(\?[^#]*)?/, '')).sort();
      const truth = expectedEnglishHits(english, chinese, q);
      expect(truth.length, q).toBeGreaterThan(0);
      expect(got, q).toEqual(truth);
    }
    await page.close();
  });
});
