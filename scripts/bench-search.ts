// Search quality and cost for `npm run bench`: recall and precision of the edition's search
// against exact-substring ground truth, next to Pagefind alone; bytes and time of a first
// query in headless Chromium; index size and indexing time.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import type { Lang } from '../src/lib/model.ts';
import { candidateQuery, parseQuery } from '../src/lib/search/query.ts';
import { pagefindLanguage, writeSearchIndex } from '../src/lib/search/write-index.ts';
import { docPath } from '../src/lib/site/urls.ts';
import { searchHrefs } from '../tests/site/search-page.ts';
import { expectedEnglishHits, expectedHits, sitePassages } from '../tests/site/search-truth.ts';
import { launchChromium } from '../tests/setup/browser.ts';
import { serveDirectory } from '../tests/setup/static-server.ts';
import { ENGLISH_QUERIES, SEARCH_QUERIES } from './search-queries.ts';

type Scores = { tp: number; fp: number; fn: number };
const LANGS: Lang[] = ['zh-Hans', 'zh-Hant'];
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const size = (dir: string, keep: (f: string) => boolean): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && keep(e.name)).reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);

/** Pagefind as it comes: each passage's text as content, segmented by Pagefind itself. */
async function writeBaseline(out: string, generated: string) {
  const { index } = await pagefind.createIndex({});
  for (const lang of LANGS)
    for (const [doc, ps] of sitePassages(generated, lang)) for (const p of ps) await index!.addCustomRecord({ url: `${docPath(lang, doc)}#${p.anchor}`, content: p.text, language: pagefindLanguage(lang) });
  await index!.writeFiles({ outputPath: join(out, 'pagefind') });
  await pagefind.close();
}

const hitKey = (url: string) => url.replace(/^(?:.*\/)?([^/?#]+)\.html(\?[^#]*)?#/, '$1#');

/** Raw Pagefind results for a query, from a bundle loaded into a page of the right language. */
async function pagefindResults(page: Page, bundle: string, script: 'module' | 'classic', query: string): Promise<string[]> {
  return page.evaluate(
    async ([bundle, script, query]) => {
      const w = window as unknown as Record<string, any>;
      w.__pf ??= {};
      w.__pf[bundle] ??=
        script === 'module'
          ? (await import(`${bundle}pagefind.js`)).createInstance({ basePath: bundle, noWorker: true })
          : await new Promise((ok) => {
              const s = Object.assign(document.createElement('script'), { src: `${bundle}pagefind-classic.js`, onload: () => ok(w.EditionPagefind.createInstance({ basePath: bundle, noWorker: true })) });
              document.head.append(s);
            });
      const { results } = await w.__pf[bundle].search(query);
      return Promise.all(results.map(async (r: any) => (await r.data()).raw_url as string));
    },
    [bundle, script, query] as const,
  );
}

function score(s: Scores, got: string[], truth: string[]) {
  const want = new Set(truth);
  const have = new Set(got.map(hitKey));
  for (const h of have) want.has(h) ? s.tp++ : s.fp++;
  for (const w of want) if (!have.has(w)) s.fn++;
}
const recall = (s: Scores) => (s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1);
const precision = (s: Scores) => (s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1);

async function firstQuery(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  let requests = 0;
  const byKind: Record<string, number> = {};
  page.on('requestfinished', async (r) => {
    const s = await r.sizes();
    const kind = /\.(pf_index|pf_fragment|pf_meta|pagefind)$/.exec(r.url())?.[1] ?? (r.url().endsWith('.js') ? 'script' : 'page');
    byKind[kind] = (byKind[kind] ?? 0) + s.responseBodySize;
    bytes += s.responseBodySize + s.responseHeadersSize;
    requests++;
  });
  const t0 = performance.now();
  await page.goto(url);
  await page.waitForSelector('#search-results a.hit-link', { timeout: 60_000 });
  const ms = performance.now() - t0;
  await page.waitForTimeout(300);
  await context.close();
  return { ms, bytes, requests, parts: Object.entries(byKind).map(([k, n]) => `${k} ${kib(n)}`).join(', ') };
}

export async function benchSearch(dist: string, generated: string): Promise<void> {
  const queries = Object.entries(SEARCH_QUERIES).flatMap(([group, qs]) => qs.map((q) => ({ group, q })));
  const passages = Object.fromEntries(LANGS.map((l) => [l, sitePassages(generated, l)])) as Record<Lang, ReturnType<typeof sitePassages>>;
  const text = Object.fromEntries(LANGS.map((l) => [l, [...passages[l].values()].flat().reduce((n, p) => n + Buffer.byteLength(p.text), 0)])) as Record<Lang, number>;

  const indexDir = '.tmp/bench-index';
  rmSync(indexDir, { recursive: true, force: true });
  mkdirSync(indexDir, { recursive: true });
  process.env.EDITION_GENERATED = generated;
  const { documents } = await import('../src/site/data.ts');
  const indexing = await writeSearchIndex(indexDir, [...LANGS, 'en'], documents);
  const baselineDir = '.tmp/bench-baseline';
  rmSync(baselineDir, { recursive: true, force: true });
  await writeBaseline(baselineDir, generated);

  const site = await serveDirectory(resolve(dist));
  const baseline = await serveDirectory(resolve(baselineDir));
  const browser = await launchChromium();
  const rows: Record<string, Record<string, Scores>> = { 'Pagefind alone (its own segmentation, query as typed)': {}, 'character index, before verification': {}, 'edition search (candidates + verification)': {} };
  const misses: string[] = [];
  try {
    for (const lang of LANGS) {
      const dir = lang.toLowerCase();
      const page = await browser.newPage();
      await page.goto(`${site.base}/${dir}/index.html`);
      const basePage = await browser.newPage();
      await basePage.route('**/blank.html', (r) => r.fulfill({ contentType: 'text/html', body: `<html lang="${lang}"><body></body></html>` }));
      await basePage.goto(`${baseline.base}/blank.html`);
      const edition = await browser.newPage();
      for (const { group, q } of queries) {
        const truth = expectedHits(passages[lang], q);
        const groupScores = (row: string) => (rows[row]![group] ??= { tp: 0, fp: 0, fn: 0 });
        score(groupScores('Pagefind alone (its own segmentation, query as typed)'), await pagefindResults(basePage, '/pagefind/', 'module', q), truth);
        const words = candidateQuery(parseQuery(q));
        score(groupScores('character index, before verification'), words ? await pagefindResults(page, '/pagefind/', 'classic', words) : [], truth);
        const got = await searchHrefs(edition, `${site.base}/${dir}/search.html?q=${encodeURIComponent(q)}`);
        const before = { ...groupScores('edition search (candidates + verification)') };
        score(groupScores('edition search (candidates + verification)'), got, truth);
        const after = groupScores('edition search (candidates + verification)');
        if (after.fn > before.fn || after.fp > before.fp) misses.push(`${lang} “${q}”: ${after.fn - before.fn} missed, ${after.fp - before.fp} wrong`);
      }
      await Promise.all([page.close(), basePage.close(), edition.close()]);
    }

    console.log(`\nSearch quality: ${queries.length} queries × ${LANGS.length} indexes, ground truth = every passage whose text holds each term exactly (either script)`);
    const groups = Object.keys(SEARCH_QUERIES);
    for (const [row, byGroup] of Object.entries(rows)) {
      const all = Object.values(byGroup).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
      console.log(`  ${row}: recall ${recall(all).toFixed(3)}, precision ${precision(all).toFixed(3)} (${all.tp} right, ${all.fn} missed, ${all.fp} wrong)`);
      console.log(`    ${groups.map((g) => `${g} ${recall(byGroup[g]!).toFixed(2)}/${precision(byGroup[g]!).toFixed(2)}`).join(' · ')}`);
    }
    console.log(misses.length ? `  edition misses: ${misses.join('; ')}` : '  edition search: no query missed or added a passage');

    // English: ground truth is every passage whose English holds each term as a whole word or phrase.
    const english = sitePassages(generated, 'en');
    const enPage = await browser.newPage();
    const enRows: Record<string, Scores> = {};
    const enMisses: string[] = [];
    const enQueries = Object.entries(ENGLISH_QUERIES).flatMap(([group, qs]) => qs.map((q) => ({ group, q })));
    for (const { group, q } of enQueries) {
      const s = (enRows[group] ??= { tp: 0, fp: 0, fn: 0 });
      const before = { ...s };
      score(s, await searchHrefs(enPage, `${site.base}/en/search.html?q=${encodeURIComponent(q)}`), expectedEnglishHits(english, passages['zh-Hans'], q));
      if (s.fn > before.fn || s.fp > before.fp) enMisses.push(`“${q}”: ${s.fn - before.fn} missed, ${s.fp - before.fp} wrong`);
    }
    await enPage.close();
    const enAll = Object.values(enRows).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
    console.log(`\nEnglish search: ${enQueries.length} queries on the en index, ground truth = every passage whose English holds each term as a whole word or phrase (Chinese terms: the aligned Chinese)`);
    console.log(`  edition search: recall ${recall(enAll).toFixed(3)}, precision ${precision(enAll).toFixed(3)} (${enAll.tp} right, ${enAll.fn} missed, ${enAll.fp} wrong)`);
    console.log(`    ${Object.entries(enRows).map(([g, s]) => `${g} ${recall(s).toFixed(2)}/${precision(s).toFixed(2)}`).join(' · ')}`);
    console.log(enMisses.length ? `  English misses: ${enMisses.join('; ')}` : '  English search: no query missed or added a passage');

    const first = await firstQuery(browser, `${site.base}/zh-hans/search.html?q=${encodeURIComponent('转型出雏型')}`);
    const common = await firstQuery(browser, `${site.base}/zh-hans/search.html?q=${encodeURIComponent('的')}`);
    const disk = await firstQuery(browser, `${pathToFileURL(resolve(dist, 'zh-hans/search.html')).href}?q=${encodeURIComponent('转型出雏型')}`);
    console.log('\nFirst query in a fresh headless Chromium (page load → first result shown, over local HTTP, no cache):');
    console.log(`  “转型出雏型”: ${first.ms.toFixed(0)} ms, ${kib(first.bytes)} in ${first.requests} requests (${first.parts})`);
    console.log(`  “的” (${expectedHits(passages['zh-Hans'], '的').length} passages): ${common.ms.toFixed(0)} ms, ${kib(common.bytes)} in ${common.requests} requests (${common.parts})`);
    console.log(`  “转型出雏型” opened from disk (file://, index read through script tags): ${disk.ms.toFixed(0)} ms`);
  } finally {
    await browser.close();
    site.close();
    baseline.close();
  }

  const bundle = join(indexDir, 'pagefind');
  console.log('\nIndex:');
  const enText = [...sitePassages(generated, 'en').values()].flat().reduce((n, p) => n + Buffer.byteLength(p.text), 0);
  const enBytes = size(bundle, (f) => (f.startsWith('en_') || f.startsWith('pagefind.en')) && !f.endsWith('.js'));
  console.log(`  en: ${indexing.records.en} records (English passage + aligned Chinese in both scripts), ${kib(enBytes)} index+fragments for ${kib(enText)} of English`);
  for (const lang of LANGS) {
    const key = pagefindLanguage(lang);
    const bytes = size(bundle, (f) => (f.startsWith(key) || f.startsWith(`pagefind.${key}`)) && !f.endsWith('.js'));
    console.log(`  ${lang}: ${indexing.records[lang]} records, ${kib(bytes)} index+fragments for ${kib(text[lang])} of text → ${(bytes / text[lang]).toFixed(1)} MB per MB of text`);
  }
  console.log(`  shared: WebAssembly ${kib(size(bundle, (f) => f.startsWith('wasm.') && f.endsWith('.pagefind')))}, classic script ${kib(size(bundle, (f) => f === 'pagefind-classic.js'))}; offline .js copies add ${kib(size(bundle, (f) => f.endsWith('.js') && f !== 'pagefind-classic.js'))}`);
  console.log(`  indexing (records for both scripts, Pagefind, offline copies): ${indexing.ms.toFixed(0)} ms`);
}
