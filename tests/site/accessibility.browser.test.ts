import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../setup/browser.ts';
import { TEST_SITE } from '../setup/paths.ts';
import { searchSettled } from './search-page.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('accessibility (axe-core, WCAG 2.2 A/AA and best practices), at 360 and 1280 px', () => {
  const pages: [string, string][] = [
    ['zh-hans/search.html', `?q=${encodeURIComponent('雏型')}`],
    ['zh-hant/search.html', `?q=${encodeURIComponent('不存在的詞語')}`],
    ['zh-hant/search.html', ''],
    ['zh-hans/taiyuan-2021-report.html', ''],
    ['zh-hant/jcgz-2021-03.html', ''],
    ['zh-hans/index.html', ''],
    ['en/taiyuan-2021-report.html', ''],
    ['en/search.html', `?q=${encodeURIComponent('coalbed methane')}`],
    ['zh-hans/parallel/changzhi-2021-report.html', ''],
    ['en/glossary.html', ''],
    ['zh-hant/about-translation.html', ''],
    ['zh-hant/source/002_c8db4b66971fd95f.html', ''],
    ['en/about-edition.html', ''],
    ['en/cite/jcgz-2021-03-04.html', ''],
    ['en/jcgz-2021-03-04.html', ''],
    ['404.html', ''],
  ];
  for (const [width, [path, query]] of [360, 1280].flatMap((w) => pages.map((p) => [w, p] as const)))
    it(`${path}${query && ` with ${decodeURIComponent(query)}`} at ${width} px has no violations`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(pathToFileURL(resolve(TEST_SITE, path)).href + query);
      if (query) await searchSettled(page);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await page.close();
    });
});
