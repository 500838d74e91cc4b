import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionInfo } from '../../src/lib/cite/edition-info.ts';
import { launchChromium } from '../setup/browser.ts';
import { TEST_SITE } from '../setup/paths.ts';
import { searchHrefs } from './search-page.ts';

// The download is read the way a reader reads it: unzipped somewhere else and opened from disk.
const name = `jincheng-edition-${editionInfo().version}`;
let root: string;
let browser: Browser;
const url = (path: string, hash = '') => pathToFileURL(join(root, name, path)).href + hash;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'unzipped-'));
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(TEST_SITE, 'download', `${name}.zip`))))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the downloaded copy, unzipped and opened from disk', () => {
  it('opens at the root, switches script at the same anchor, and opens a note', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await page.goto(url('index.html'));
    await page.waitForURL(/zh-hans\/index\.html$/);
    await page.goto(url('zh-hans/taiyuan-2021-report.html', '#p57'));
    await page.locator('a.script-link[lang="zh-Hant"]').first().click();
    await page.waitForURL(/zh-hant\/taiyuan-2021-report\.html#p57$/);
    expect(await page.locator('#p57').count()).toBe(1);
    await page.goto(url('zh-hans/jcgz-2021-03-10.html'));
    const ref = page.locator('.reading a.ref').first();
    const target = (await ref.getAttribute('href'))!;
    await ref.click();
    await page.waitForFunction((h) => location.hash === h, target);
    await page.close();
  });

  it('searches in Chinese and in English', async () => {
    const page = await browser.newPage();
    expect((await searchHrefs(page, `${url('zh-hans/search.html')}?q=${encodeURIComponent('煤层气')}`)).length).toBeGreaterThan(0);
    expect((await searchHrefs(page, `${url('en/search.html')}?q=${encodeURIComponent('coalbed methane')}`)).length).toBeGreaterThan(0);
    await page.close();
  });
});
