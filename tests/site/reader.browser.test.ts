import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../setup/browser.ts';
import { TEST_SITE } from '../setup/paths.ts';

const url = (path: string, hash = '') => pathToFileURL(resolve(TEST_SITE, path)).href + hash;
/** What a reader reads in an element, without ¶ links and note markers. */
const readingText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.pilcrow, .ref').forEach((a) => a.remove());
    return copy.textContent;
  });
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('reading in a real Chromium, opened from disk (file://)', () => {
  it('renders a document page with its title, outline and notes', async () => {
    const page = await browser.newPage();
    await page.goto(url('zh-hans/jcgz-2021-03-03.html'));
    expect(await page.locator('h1').textContent()).toContain('政府工作报告');
    expect(await readingText(page, '#s3-10')).toBe('（十）加强政府自身建设，推进政府治理体系和治理能力现代化');
    expect(await page.locator('nav.doc-outline a[href="#s3-10"]').first().count()).toBe(1);
    expect(await page.locator('[role="doc-endnotes"] li').count()).toBeGreaterThan(10);
    await page.close();
  });

  it('opening #p… scrolls to the paragraph and highlights it', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(url('zh-hans/taiyuan-2021-report.html', '#p57'));
    const state = await page.evaluate(() => {
      const el = document.getElementById('p57')!;
      const r = el.getBoundingClientRect();
      return { target: document.querySelector(':target')?.id, top: r.top, bg: getComputedStyle(el).backgroundColor, other: getComputedStyle(document.getElementById('p56')!).backgroundColor };
    });
    expect(state.target).toBe('p57');
    expect(state.top).toBeGreaterThanOrEqual(0);
    expect(state.top).toBeLessThan(200);
    expect(state.bg).not.toBe(state.other);
    await page.close();
  });

  it('¶ links appear on keyboard focus and lead to their own anchor', async () => {
    const page = await browser.newPage();
    await page.goto(url('zh-hans/taiyuan-2021-report.html'));
    const pilcrow = page.locator('#p5 > a.pilcrow');
    expect(await pilcrow.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await pilcrow.focus();
    expect(await pilcrow.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#p5');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p5');
    await page.close();
  });

  it('keeps a retired id working: #p5 of jcgz-2021-03-10 lands in the paragraph its text joined', async () => {
    const page = await browser.newPage();
    await page.goto(url('zh-hans/jcgz-2021-03-10.html', '#p5'));
    expect(await page.evaluate(() => document.querySelector(':target')?.closest('p')?.id)).toBe('p4');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(':target')!.closest('p')!).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.goto(url('zh-hans/jcgz-2021-03-10.html', '#p6'));
    expect(await readingText(page, '#p6')).toMatch(/^（二）挖潜增“优”/);
    await page.close();
  });

  it('note markers lead to the note and back', async () => {
    const page = await browser.newPage();
    await page.goto(url('zh-hans/taiyuan-2021-report.html'));
    const supplied = await page.evaluate(() => [...document.querySelectorAll('[role="doc-endnotes"] li[id]')].find((li) => li.textContent!.includes('脱去“大”字'))!.id);
    await page.locator(`#p74 a[role="doc-noteref"][href="#${supplied}"]`).click();
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain('原文第90行脱去“大”字');
    await page.locator(':target a[role="doc-backlink"]').click();
    expect(await page.evaluate(() => document.querySelector(':target')?.closest('p')?.id)).toBe('p74');
    await page.close();
  });

  it('reads without JavaScript and fits a 360 px screen', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const p of ['zh-hans/index.html', 'zh-hans/jcgz-2021-03.html', 'zh-hans/changzhi-2021-report.html']) {
      await page.goto(url(p));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), p).toBeLessThanOrEqual(360);
    }
    expect(await readingText(page, '#p10')).toContain('政府自身建设全面加强');
    await context.close();
  });

  it('the root page leads a Chinese browser to the 简体 home, an English one to English, and the home to the documents', async () => {
    const english = await browser.newContext({ locale: 'en-GB' });
    const enPage = await english.newPage();
    await enPage.goto(url('index.html'));
    await enPage.waitForURL(/\/en\/index\.html$/);
    await english.close();
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(url('index.html'));
    await page.waitForURL(/zh-hans\/index\.html$/);
    await page.locator('a', { hasText: '《晋城工作》2021年第3期' }).click();
    await page.locator('a', { hasText: '陵川县生态经济发展的探索与思考' }).first().click();
    expect(page.url()).toMatch(/jcgz-2021-03-08\.html$/);
    await context.close();
  });
});

describe('switching script', () => {
  it('opens the same page in the other script at the same #anchor and remembers the choice', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url('zh-hans/taiyuan-2021-report.html', '#p57'));
    await page.locator('a[data-script="zh-hant"]').click();
    await page.waitForURL(/zh-hant\/taiyuan-2021-report\.html#p57$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p57');
    expect(await page.evaluate(() => localStorage.getItem('edition-script'))).toBe('zh-hant');
    await page.goto(url('index.html'));
    await page.waitForURL(/zh-hant\/index\.html$/);
    await page.locator('a[data-script="zh-hans"]').click();
    await page.waitForURL(/zh-hans\/index\.html$/);
    await context.close();
  });

  it('keeps the reading position when no anchor is set', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(url('zh-hans/changzhi-2021-report.html'));
    await page.locator('#p40').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('p40')!.scrollIntoView({ block: 'start' }));
    // The first passage the reader sees below the sticky header.
    const seen = await page.evaluate(() => {
      const header = document.querySelector('header.sticky')!.getBoundingClientRect().bottom;
      return [...document.querySelectorAll('main p[id], main h2[id], main h3[id], main strong[id]')].find((el) => el.getBoundingClientRect().bottom > header)!.id;
    });
    expect(['p39', 'p40', 's3-2-1', 's3-2-2']).toContain(seen);
    // A click as the reader makes it (Playwright's click would first scroll the sticky link into view).
    await page.evaluate(() => (document.querySelector('a[data-script="zh-hant"]') as HTMLElement).click());
    await page.waitForURL(/zh-hant\/changzhi-2021-report\.html#(p|s)[\d-]+$/);
    const top = await page.evaluate(() => document.querySelector(':target')!.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(120);
    expect(page.url().split("#")[1]).toBe(seen);
    await page.close();
  });

  it('the root page picks 繁體 for a zh-TW browser and 简体 for zh-CN', async () => {
    for (const [locale, expected] of [['zh-TW', /zh-hant\/index\.html$/], ['zh-CN', /zh-hans\/index\.html$/]] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(url('index.html'));
      await page.waitForURL(expected);
      await context.close();
    }
  });
});

describe('keyboard and the sticky header', () => {
  it('Shift+Tab never leaves the focused ¶ link under the header', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url('zh-hans/taiyuan-2021-report.html'));
    await page.evaluate(() => window.scrollTo(0, document.getElementById('p30')!.getBoundingClientRect().top + window.scrollY - 20));
    await page.locator('#p31 > a.pilcrow').focus();
    await page.keyboard.press('Shift+Tab');
    const r = await page.evaluate(() => ({ top: document.activeElement!.getBoundingClientRect().top, header: document.querySelector('header.sticky')!.getBoundingClientRect().bottom }));
    expect(r.top).toBeGreaterThanOrEqual(r.header);
    await page.close();
  });
});

describe('finding one’s way in a long report', () => {
  it('on a phone the outline opens from anywhere in the text, leads to a section, closes, and leads back to the top', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(url('zh-hans/taiyuan-2021-report.html', '#p80'));
    const control = page.locator('[data-outline-panel] > summary');
    const box = (await control.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await control.click();
    const link = page.locator('[data-outline-panel] a[href="#s2"]');
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForFunction(() => location.hash === '#s2');
    expect(await page.locator('[data-outline-panel]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await control.click();
    await page.locator('[data-outline-panel] a[href="#main"]').click();
    await page.waitForFunction(() => window.scrollY < 50);
    await page.close();
  });

  it('marks the section being read in the outline, on every width', async () => {
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(url('zh-hans/taiyuan-2021-report.html', '#s2-3'));
      await page.waitForFunction(() => document.querySelector('.doc-outline a[aria-current="location"]'));
      const marked = await page.locator('.doc-outline a[aria-current="location"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
      expect(marked, `${width}px`).toEqual(['#s2-3']);
      await page.evaluate(() => document.getElementById('s3')!.scrollIntoView({ block: 'start' }));
      await page.waitForFunction(() => document.querySelector('.doc-outline a[aria-current="location"]')?.getAttribute('href') === '#s3');
      await page.close();
    }
  });

  it('reopens a document where the reader left it, unless a link names an anchor', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url('zh-hans/changzhi-2021-report.html'));
    await page.evaluate(() => document.getElementById('p40')!.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('reading-position:') && localStorage.getItem(k) === 'p40'));
    await page.goto(url('zh-hans/index.html'));
    await page.goto(url('zh-hans/changzhi-2021-report.html'));
    const top = await page.evaluate(() => document.getElementById('p40')!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await page.goto(url('zh-hans/changzhi-2021-report.html', '#p3'));
    expect(await page.evaluate(() => document.getElementById('p3')!.getBoundingClientRect().top)).toBeLessThan(200);
    await context.close();
  });
});
