import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionInfo } from '../../src/lib/cite/edition-info.ts';
import { launchChromium } from '../setup/browser.ts';
import { TEST_SITE } from '../setup/paths.ts';

const url = (path: string) => pathToFileURL(resolve(TEST_SITE, path)).href;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('clean copies and prints', () => {
  it('copies a paragraph without ¶, join marks or note numbers (the clipboard in Chromium)', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(url('zh-hans/taiyuan-2021-report.html'));
    // p74 holds a join mark, the supplied 〔大〕 with its note number, and a ¶ link.
    expect(await page.locator('#p74 a.ref').count()).toBeGreaterThanOrEqual(2);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('p74')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('办好人民满意教育。〔大〕力发展3岁以下')).toBe(true);
    expect(copied).not.toMatch(/[¶|⇢]|〕\d/);
    await context.close();
  });

  it('prints the text without header, search box, switch or outline, with the permalink and version first', async () => {
    const page = await browser.newPage();
    await page.goto(url('zh-hans/taiyuan-2021-report.html'));
    const pdf = await page.pdf({ format: 'A4' });
    await page.close();
    const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const firstPage = text.split('\f')[0]!;
    const { baseUrl, version } = editionInfo();
    expect(firstPage).toContain('太原市政府工作报告');
    expect(firstPage).toContain(`${baseUrl}zh-hans/taiyuan-2021-report.html`);
    expect(firstPage).toContain(version);
    for (const gone of ['搜索', '简', '繁', 'EN', '目录']) expect(firstPage.slice(0, 400), gone).not.toContain(gone);
    expect(text).toMatch(/#p57/);
    expect(readFileSync(file).length).toBeGreaterThan(10_000);
  });
});

describe('citing a passage', () => {
  it('copies the clean permalink and the quotation with its citation from the ¶ link, by keyboard', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(url('zh-hans/taiyuan-2021-report.html') + '?hl=%E6%95%99%E8%82%B2');
    const { baseUrl } = editionInfo();
    await page.locator('#p74 a.pilcrow').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // the first action, focused: copy link
    await expect.poll(() => page.locator('#para-tools [role=status]').textContent()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}zh-hans/taiyuan-2021-report.html#p74`);
    await page.locator('#para-tools button[data-copy=quote]').click();
    const quote = await page.evaluate(() => navigator.clipboard.readText());
    expect(quote.startsWith('办好人民满意教育。〔大〕力发展3岁以下')).toBe(true);
    expect(quote).toMatch(/\n张新伟\. 太原市政府工作报告, 太原, 2021年2月23日\[Z\/OL\]\. .*数字校勘本（第 [\d.]+ 版）.* https:\/\/\S+#p74$/);
    await page.keyboard.press('Escape');
    expect(await page.locator('#para-tools').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('p')?.id)).toBe('p74');
    await context.close();
  });

  it('lists every paragraph’s permalink on a citation page that needs no JavaScript', () => {
    const html = readFileSync(join(TEST_SITE, 'en', 'cite', 'taiyuan-2021-report.html'), 'utf8');
    const { baseUrl } = editionInfo();
    for (const id of ['p1', 'p57', 's3-8-2']) expect(html).toContain(`>${baseUrl}en/taiyuan-2021-report.html#${id}</a>`);
    expect(html).toContain('MLA 9');
  });
});
