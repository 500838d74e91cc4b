import type { Lang } from '../../src/lib/model.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_GENERATED, TEST_SITE } from '../setup/paths.ts';
import { sitePassages } from './search-truth.ts';

const bundle = join(TEST_SITE, 'pagefind');
const files = () => readdirSync(bundle, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(bundle.length + 1));

describe('the search index in the build', () => {
  it('holds one zh-Hans, one zh-Hant and one en index with one record per passage', () => {
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-hans', 'zh-hant']);
    const count = (lang: Lang) => [...sitePassages(TEST_GENERATED, lang).values()].reduce((n, ps) => n + ps.length, 0);
    expect(entry.languages['zh-hans'].page_count).toBe(count('zh-Hans'));
    expect(entry.languages['zh-hant'].page_count).toBe(count('zh-Hant'));
    expect(entry.languages.en.page_count).toBe(count('en'));
    expect(count('en')).toBe(count('zh-Hans'));
  });

  it('ships every file the search fetches also as a script, for pages opened from disk, and nothing unused', () => {
    const all = files();
    const fetched = all.filter((f) => /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$|^pagefind-entry\.json$/.test(f));
    expect(fetched.length).toBeGreaterThan(10);
    for (const f of fetched) expect(all, f).toContain(`${f}.js`);
    expect(all).toContain('pagefind-classic.js');
    expect(all.filter((f) => /ui|highlight|worker|^pagefind\.js$/.test(f))).toEqual([]);
  });

  it('gives every page a search form and each script its search page, labelled in that script', () => {
    expect(readFileSync(join(TEST_SITE, 'zh-hans', 'taiyuan-2021-report.html'), 'utf8')).toMatch(/<form role="search" action="search\.html"/);
    const hant = readFileSync(join(TEST_SITE, 'zh-hant', 'search.html'), 'utf8');
    expect(hant).toContain('id="search-results"');
    expect(hant).toContain('全文搜尋');
    expect(existsSync(join(TEST_SITE, 'zh-hans', 'search.html'))).toBe(true);
  });
});
