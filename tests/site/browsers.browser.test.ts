import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionInfo } from '../../src/lib/cite/edition-info.ts';
import { launchChromiumPuppeteer, launchFirefox } from '../setup/browser.ts';
import { TEST_SITE } from '../setup/paths.ts';
import { serveDirectory } from '../setup/static-server.ts';

// The download read the way its reader reads it: unzipped somewhere else, opened from disk, and
// the same copy served over HTTP. One set of checks, run unchanged in Chromium and in Firefox.
const name = `jincheng-edition-${editionInfo().version}`;
let root: string;
let server: Awaited<ReturnType<typeof serveDirectory>>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'unzipped-'));
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(TEST_SITE, 'download', `${name}.zip`))))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  server = await serveDirectory(join(root, name));
});
afterAll(() => {
  server?.close();
  rmSync(root, { recursive: true, force: true });
});

const WAYS = { 'unzipped and opened from disk': () => pathToFileURL(join(root, name)).href + '/', 'unzipped and served over HTTP': () => `${server.base}/` };
const BROWSERS = { Chromium: launchChromiumPuppeteer, 'Firefox (WebDriver BiDi)': launchFirefox };

const targetId = (page: Page) => page.evaluate(() => document.querySelector(':target')?.id);
const hashIs = (page: Page, hash: string) => page.waitForFunction((h) => location.hash === h, {}, hash);
const follow = (page: Page, selector: string) => Promise.all([page.waitForNavigation(), page.click(selector)]);
const popoverOpen = (page: Page, open: boolean) => page.waitForFunction((o) => !document.getElementById('term-popover')!.hidden === o, {}, open);
const settled = (page: Page) =>
  page.waitForFunction(() => {
    const status = document.getElementById('search-status')!.textContent!;
    return !document.getElementById('search-results')!.hasAttribute('aria-busy') && /\S/.test(status) && !/…$/.test(status);
  }, { timeout: 60_000 });

for (const [browserName, launch] of Object.entries(BROWSERS)) {
  describe(`the edition in ${browserName}`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => browser?.close());

    for (const [how, base] of Object.entries(WAYS)) {
      describe(how, () => {
        const at = (path: string) => base() + path;
        let page: Page;
        beforeAll(async () => {
          page = await browser.newPage();
          await page.setViewport({ width: 1280, height: 800 });
        });
        afterAll(async () => page?.close());

        it('leads from the root page to a language tree, and from its home to a document', async () => {
          await Promise.all([page.waitForNavigation(), page.goto(at('index.html'))]);
          expect(page.url()).toMatch(/\/(zh-hans|zh-hant|en)\/index\.html$/);
          await page.goto(at('zh-hans/index.html'));
          await follow(page, 'main a[href="taiyuan-2021-report.html"]');
          expect(await page.$eval('h1', (h) => h.textContent)).toContain('太原市');
        });

        it('opens a paragraph by its anchor, and the same anchor in 繁體 and in English', async () => {
          await page.goto(at('zh-hans/taiyuan-2021-report.html#p57'));
          expect(await targetId(page)).toBe('p57');
          await follow(page, 'a[data-script="zh-hant"]');
          expect(page.url()).toMatch(/zh-hant\/taiyuan-2021-report\.html#p57$/);
          expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
          await follow(page, 'a[data-script="en"]');
          expect(page.url()).toMatch(/en\/taiyuan-2021-report\.html#p57$/);
          expect(await targetId(page)).toBe('p57');
        });

        it('follows a note marker to its note, and the note to its source lines in the diplomatic view', async () => {
          await page.goto(at('zh-hans/taiyuan-2021-report.html'));
          const ref = await page.$eval('.reading a.ref', (a) => a.getAttribute('href')!);
          await page.click('.reading a.ref');
          await hashIs(page, ref);
          const line = await page.$eval('[role="doc-endnotes"] a[href*="source/"]', (a) => a.getAttribute('href')!);
          await follow(page, `[role="doc-endnotes"] a[href="${line}"]`);
          expect(await targetId(page)).toBe(line.split('#')[1]);
          expect(await targetId(page)).toMatch(/^L\d+$/);
        });

        it('explains a glossary term by keyboard, and Escape closes the explanation', async () => {
          await page.goto(at('en/taiyuan-2021-report.html'));
          await page.focus('a.term');
          await page.keyboard.press('Enter');
          await popoverOpen(page, true);
          expect((await page.$eval('#term-popover-note', (n) => n.textContent!)).length).toBeGreaterThan(10);
          await page.keyboard.press('Escape');
          await popoverOpen(page, false);
        });

        it('opens the parallel view with a paragraph’s Chinese beside its English', async () => {
          await page.goto(at('en/taiyuan-2021-report.html'));
          await follow(page, 'a[data-mode="parallel"]');
          const cells = await page.$$eval('#p57 > [lang]', (ps) => ps.map((p) => [p.getAttribute('lang'), p.textContent!.length]));
          expect(cells.map(([lang]) => lang)).toEqual(['zh-Hans', 'en']);
          for (const [, length] of cells) expect(length).toBeGreaterThan(50);
          // The choice is remembered: back to the single text, for the checks that follow.
          await follow(page, 'a[data-mode="single"]');
          expect(await page.$('a[data-mode="parallel"][aria-current]')).toBeNull();
        });

        it('on a phone, opens the outline as a panel and leads to a section', async () => {
          await page.setViewport({ width: 360, height: 740 });
          await page.goto(at('zh-hans/taiyuan-2021-report.html#p80'));
          await page.click('[data-outline-panel] > summary');
          await page.click('[data-outline-panel] a[href="#s2"]');
          await hashIs(page, '#s2');
          expect(await page.$eval('[data-outline-panel]', (d) => (d as HTMLDetailsElement).open)).toBe(false);
          await page.setViewport({ width: 1280, height: 800 });
        });

        it('downloads the plain text, which reads as UTF-8 with its title and paragraph ids', async () => {
          await page.goto(at('zh-hans/taiyuan-2021-report.html'));
          await follow(page, 'a[href$=".txt"]');
          const text = await page.evaluate(() => document.body.innerText);
          expect(text).toMatch(/^太原市政府工作报告/);
          expect(text).toContain('[#p57] ');
        });

        it('searches in Chinese and in English', async () => {
          for (const [path, q] of [['zh-hans/search.html', '煤层气'], ['en/search.html', 'coalbed methane']] as const) {
            await page.goto(`${at(path)}?q=${encodeURIComponent(q)}`);
            await settled(page);
            expect(await page.$$eval('#search-results a.hit-link', (as) => as.length), `${path} ${q}`).toBeGreaterThan(0);
          }
        });
      });
    }
  });
}
