import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionInfo } from '../../src/lib/cite/edition-info.ts';
import { launchChromium } from '../setup/browser.ts';
import { TEST_SITE } from '../setup/paths.ts';
import { serveDirectory } from '../setup/static-server.ts';
import { searchSettled } from './search-page.ts';

const version = editionInfo().version;
let nextVersion: string | null = null;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDirectory>>;

beforeAll(async () => {
  browser = await launchChromium();
  // Serving the worker of a later version stands in for publishing one.
  server = await serveDirectory(TEST_SITE, (path) => (path === '/sw.js' && nextVersion ? readFileSync(join(TEST_SITE, 'sw.js'), 'utf8').replace(`edition-${version}`, `edition-${nextVersion}`) : undefined));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('reading online, then offline', () => {
  it('keeps the pages opened and the search index used; a new version replaces the cache', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const report = `${server.base}/zh-hans/taiyuan-2021-report.html`;
    const search = `${server.base}/en/search.html?q=${encodeURIComponent('coalbed methane')}`;
    await page.goto(report);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.goto(search);
    await searchSettled(page);
    const online = await page.locator('#search-results a.hit-link').count();
    expect(online).toBeGreaterThan(0);

    await context.setOffline(true);
    await page.goto(`${report}#p57`);
    expect(await page.locator('#p57').count()).toBe(1);
    await page.goto(search);
    await searchSettled(page);
    expect(await page.locator('#search-results a.hit-link').count()).toBe(online);
    await context.setOffline(false);

    expect(await page.evaluate(() => caches.keys())).toEqual([`edition-${version}`]);
    nextVersion = '9.9.9';
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    await page.waitForFunction((name) => caches.keys().then((k) => k.length === 1 && k[0] === name), 'edition-9.9.9', { timeout: 20_000 });
    nextVersion = null;
    await context.close();
  });

  it('never registers from disk, where browsers refuse service workers', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(resolve(TEST_SITE, 'zh-hans/index.html')).href);
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ships a web app manifest linked from every page', () => {
    const manifest = JSON.parse(readFileSync(join(TEST_SITE, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ start_url: './', display: 'standalone' });
    expect(readFileSync(join(TEST_SITE, 'en', 'glossary.html'), 'utf8')).toContain('<link rel="manifest" href="../manifest.webmanifest">');
  });
});
