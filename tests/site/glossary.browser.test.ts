import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../setup/browser.ts';
import { TEST_SITE } from '../setup/paths.ts';
import { ids } from './html.ts';

const url = (path: string, hash = '') => pathToFileURL(resolve(TEST_SITE, path)).href + hash;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('the glossary', () => {
  it('is published as glossary.json and as a page per language whose entries link back to the text', () => {
    const { terms } = JSON.parse(readFileSync(join(TEST_SITE, 'glossary.json'), 'utf8')) as { terms: { id: string; 'zh-Hans': string; 'zh-Hant': string; en: string[]; note: Record<string, string> }[] };
    expect(terms.length).toBeGreaterThanOrEqual(120);
    for (const t of terms) expect(Object.keys(t.note).sort(), t.id).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    for (const lang of ['zh-hans', 'zh-hant', 'en']) {
      const html = readFileSync(join(TEST_SITE, lang, 'glossary.html'), 'utf8');
      const anchors = ids(html);
      for (const t of terms) expect(anchors.has(t.id), `${lang} ${t.id}`).toBe(true);
      const back = [...html.matchAll(/href="([^"#]+)#([^"]+)"/g)].filter((m) => !m[1]!.includes('glossary'));
      expect(back.length, lang).toBeGreaterThan(terms.length);
      for (const [, file, anchor] of back.slice(0, 40)) {
        const target = join(TEST_SITE, lang, file!);
        expect(existsSync(target), file).toBe(true);
        expect(ids(readFileSync(target, 'utf8')).has(anchor!), `${file}#${anchor}`).toBe(true);
      }
    }
  });

  it('marks terms in the reading text of every language, leading to their entries without JavaScript', () => {
    for (const lang of ['zh-hans', 'zh-hant', 'en']) {
      const html = readFileSync(join(TEST_SITE, lang, 'taiyuan-2021-report.html'), 'utf8');
      const marked = [...html.matchAll(/<a class="term" href="glossary\.html#([^"]+)"/g)].map((m) => m[1]);
      expect(marked.length, lang).toBeGreaterThan(20);
    }
  });

  it('opens an explanation by keyboard that Escape closes, returning focus to the term', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url('en/taiyuan-2021-report.html'));
    const term = page.locator('a.term').first();
    await term.focus();
    await page.keyboard.press('Enter');
    const popover = page.locator('#term-popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('term-popover');
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    expect((await page.locator('#term-popover-note').textContent())!.length).toBeGreaterThan(10);
    // Under the line that holds the term: the term itself stays visible.
    const [t, p] = await Promise.all([term.boundingBox(), popover.boundingBox()]);
    expect(p!.y).toBeGreaterThanOrEqual(t!.y + t!.height);
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('term'))).toBe(true);
    await page.close();
  });
});
