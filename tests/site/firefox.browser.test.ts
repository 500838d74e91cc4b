import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox } from '../setup/browser.ts';
import { TEST_SITE } from '../setup/paths.ts';
import { serveDirectory } from '../setup/static-server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDirectory>>;
let http: string;

beforeAll(async () => {
  browser = await launchFirefox();
  server = await serveDirectory(TEST_SITE);
  http = `${server.base}/`;
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const settled = (page: Page) =>
  page.waitForFunction(() => {
    const status = document.getElementById('search-status')!.textContent!;
    return !document.getElementById('search-results')!.hasAttribute('aria-busy') && /\S/.test(status) && !/…$/.test(status);
  }, { timeout: 60_000 });

for (const [how, base] of [['from disk (file://)', () => pathToFileURL(resolve(TEST_SITE)).href + '/'], ['over HTTP', () => http]] as const) {
  describe(`reading in Firefox (WebDriver BiDi), ${how}`, () => {
    it('opens a paragraph by its anchor and switches script at the same anchor', async () => {
      const page = await browser.newPage();
      await page.goto(`${base()}zh-hans/taiyuan-2021-report.html#p57`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p57');
      await Promise.all([page.waitForNavigation(), page.click('a.script-link[lang="zh-Hant"]')]);
      expect(page.url()).toMatch(/zh-hant\/taiyuan-2021-report\.html#p57$/);
      await page.close();
    });

    it('searches in Chinese and in English', async () => {
      const page = await browser.newPage();
      for (const [path, q] of [['zh-hans/search.html', '煤层气'], ['en/search.html', 'coalbed methane']] as const) {
        await page.goto(`${base()}${path}?q=${encodeURIComponent(q)}`);
        await settled(page);
        expect(await page.$$eval('#search-results a.hit-link', (as) => as.length), `${path} ${q}`).toBeGreaterThan(0);
      }
      await page.close();
    });

    it('follows a note marker to its note', async () => {
      const page = await browser.newPage();
      await page.goto(`${base()}zh-hans/jcgz-2021-03-10.html`);
      const href = await page.$eval('.reading a.ref', (a) => a.getAttribute('href')!);
      await page.click('.reading a.ref');
      await page.waitForFunction((h) => location.hash === h, {}, href);
      await page.close();
    });
  });
}
