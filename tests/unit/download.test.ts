import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatSize, SIZE_PLACEHOLDER, writeDownload, zipFiles } from '../../src/lib/site/download.ts';

describe('the offline download', () => {
  it('is byte-identical for identical inputs, whatever order the files come in', () => {
    const a = new Map([['b.html', Buffer.from('乙')], ['a/x.txt', Buffer.from('甲')]]);
    const b = new Map([...a].reverse());
    expect(Buffer.from(zipFiles(a, 'ed')).equals(Buffer.from(zipFiles(b, 'ed')))).toBe(true);
    expect(Object.keys(unzipSync(zipFiles(a, 'ed'))).sort()).toEqual(['ed/a/x.txt', 'ed/b.html']);
  });

  it('states its size in decimal megabytes', () => {
    expect([formatSize(11_360_484), formatSize(949_999), formatSize(0)]).toEqual(['11.4 MB', '0.9 MB', '0.0 MB']);
  });

  it('holds the whole site, and every page states the size of the archive it is in', () => {
    const site = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(site, 'zh-hans'));
    for (let i = 0; i < 30; i++) writeFileSync(join(site, 'zh-hans', `p${i}.html`), `<p>第${i}页 ${'文'.repeat(2000 * i)}</p><a>下载（${SIZE_PLACEHOLDER}）</a>`);
    const { path, bytes } = writeDownload(site, 'edition-0.0.1');
    const zip = readFileSync(join(site, path));
    expect(zip.length).toBe(bytes);
    const inside = unzipSync(zip);
    expect(Object.keys(inside).length).toBe(30);
    for (const [name, data] of Object.entries(inside)) {
      expect(Buffer.from(data).toString('utf8'), name).toContain(`下载（${formatSize(bytes)}）`);
      expect(readFileSync(join(site, name.replace('edition-0.0.1/', '')), 'utf8')).toContain(formatSize(bytes));
    }
    expect(Buffer.from(readFileSync(join(site, path))).equals(Buffer.from(writeDownload(site, 'edition-0.0.1') && readFileSync(join(site, path))))).toBe(true);
  });
});
