// `npm run bench`: build time and peak memory, ingestion throughput, page weights, the
// CSS+JS budget of reading pages, and search quality and cost (bench-search.ts). Figures, not pass/fail tests: performance never gates CI.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingest, TERMS } from '../src/lib/ingest.ts';
import { createHantConverter, loadTerms } from '../src/lib/script/convert.ts';
import { verifyHant } from '../src/lib/script/verify-hant.ts';
import { benchSearch } from './bench-search.ts';
import { contentRoots } from './paths.ts';

const BENCH_DIST = '.tmp/bench-dist';
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

/** Peak resident memory of a process tree, sampled from /proc (Linux). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {}
  }
  const visit = (pid: number) => {
    try {
      total += Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024;
    } catch {}
    for (const c of children.get(pid) ?? []) visit(c);
  };
  visit(root);
  return total;
}

async function fullBuild(): Promise<{ ms: number; peak: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['scripts/build.ts'], { env: { ...process.env, EDITION_DIST: BENCH_DIST, EDITION_GENERATED: '.tmp/bench-generated' }, stdio: 'ignore' });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 50);
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  clearInterval(timer);
  if (code !== 0) throw new Error(`build failed (${code})`);
  return { ms: performance.now() - t0, peak };
}

function ingestion() {
  const runs = 5;
  let chars = 0;
  let convertMs = 0;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    const r = ingest({ roots: contentRoots(), out: '.tmp/bench-ingest' });
    chars = r.characters;
    convertMs += r.convertMs / runs;
  }
  const ms = (performance.now() - t0) / runs;
  return { ms, chars, perSecond: (chars / ms) * 1000, convertMs };
}

function weight(page: string) {
  const html = readFileSync(join(BENCH_DIST, page), 'utf8');
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const js = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const external = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.(?:js|css|woff2?|ttf|otf))"/g)].map((m) => m[1]!);
  return { page, html: Buffer.byteLength(html), htmlGz: gz(html), cssGz: gz(css), jsGz: js ? gz(js) : 0, external: external.length };
}

const all = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? all(join(dir, f)) : [join(dir, f)]));

const build = await fullBuild();
const ing = ingestion();
const pages = ['zh-hans/index.html', 'zh-hans/jcgz-2021-03.html', 'zh-hans/jcgz-2021-03-03.html', 'zh-hans/taiyuan-2021-report.html', 'zh-hant/taiyuan-2021-report.html', 'zh-hans/jcgz-2021-03-chronicle.html', 'en/taiyuan-2021-report.html', 'zh-hans/parallel/jcgz-2021-03-03.html', 'en/parallel/taiyuan-2021-report.html', 'en/glossary.html'].map(weight);
const fonts = all(BENCH_DIST).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
const readingPages = all(BENCH_DIST).filter((f) => f.endsWith('.html')).map((f) => weight(f.slice(BENCH_DIST.length + 1)));
const worst = readingPages.reduce((a, b) => (a.cssGz + a.jsGz >= b.cssGz + b.jsGz ? a : b));
const budget = 20 * 1024;

console.log(`Full build (ingest + Astro): ${(build.ms / 1000).toFixed(2)} s wall, peak RSS ${(build.peak / 2 ** 20).toFixed(0)} MiB`);
console.log(`Ingestion: ${ing.chars} characters in ${ing.ms.toFixed(0)} ms → ${(ing.perSecond / 1e6).toFixed(2)} M chars/s (share of full build ${((ing.ms / build.ms) * 100).toFixed(1)} %)`);
const t1 = performance.now();
const hantProblems = verifyHant(BENCH_DIST, createHantConverter(loadTerms(TERMS)));
const verifyMs = performance.now() - t1;
console.log(`繁體 conversion of the whole corpus (converter build + ${ing.chars} characters and all metadata): ${ing.convertMs.toFixed(0)} ms = ${((ing.convertMs / build.ms) * 100).toFixed(1)} % of the full build; site-wide 繁體 check ${verifyMs.toFixed(0)} ms = ${((verifyMs / build.ms) * 100).toFixed(1)} % (${hantProblems.length} problems)`);
console.log('\nPage weights (gzip -9):');
console.log('page'.padEnd(40), 'HTML', '     HTML gz', ' CSS gz', ' JS gz', ' external');
for (const w of pages) console.log(w.page.padEnd(40), kib(w.html).padStart(10), kib(w.htmlGz).padStart(10), kib(w.cssGz).padStart(8), kib(w.jsGz).padStart(7), String(w.external).padStart(5));
console.log(`\nFonts shipped: ${fonts.length} (system CJK font stack, no web font downloaded)`);
console.log(`CSS+JS budget: heaviest page ${worst.page} carries ${kib(worst.cssGz + worst.jsGz)} of ${kib(budget)} gzip → ${((worst.cssGz + worst.jsGz) / budget).toFixed(2)} of budget (${worst.cssGz + worst.jsGz <= budget ? 'within' : 'OVER'})`);

await benchSearch(BENCH_DIST, '.tmp/bench-generated');
