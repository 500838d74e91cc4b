import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { editionInfo } from './cite/edition-info.ts';
import { EditionError } from './errors.ts';
import { writeDownload } from './site/download.ts';
import { downloadName } from './site/urls.ts';
import { ingest, TERMS, type IngestOptions } from './ingest.ts';
import { createHantConverter, loadTerms } from './script/convert.ts';
import { verifyHant } from './script/verify-hant.ts';

export interface BuildOptions extends Omit<IngestOptions, 'out'> {
  generated: string;
  dist: string;
}

/** Stops the build when the built 繁體 tree still holds text the converter or the term list would change. */
export function assertHantClean(site: string, terms: string): void {
  const problems = verifyHant(site, createHantConverter(loadTerms(terms)));
  if (problems.length)
    throw new EditionError(problems[0]!.file, null, `${problems.length} 繁體 problem(s); first: ${problems.slice(0, 5).map((p) => `${p.file}: ${p.problem}`).join('; ')}`, 'add the word to content/zh-hant/terms.yaml (protected or corrections) with the right form');
}

/** Scratch directories an interrupted build left behind (dist.tmp-123, .generated.tmp-123, dist.old-123). */
export function removeLeftovers(...outputs: string[]): string[] {
  const removed: string[] = [];
  for (const out of outputs) {
    const dir = dirname(resolve(out));
    const pattern = new RegExp(`^${basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-\\d+$`);
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      if (!pattern.test(name)) continue;
      rmSync(join(dir, name), { recursive: true, force: true });
      removed.push(join(dir, name));
    }
  }
  return removed;
}

const astroBin = () => join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

/**
 * The whole chain: ingestion, then Astro into a scratch directory that replaces `dist`
 * only when everything succeeded, so a failed build never leaves a half-written site.
 */
export function buildSite(opts: BuildOptions): { documents: number; characters: number; ingestMs: number; astroMs: number } {
  removeLeftovers(opts.dist, opts.generated);
  const t0 = performance.now();
  const r = ingest({ ...opts, out: opts.generated });
  const t1 = performance.now();
  const scratch = `${opts.dist}.tmp-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  try {
    const run = spawnSync(process.execPath, [astroBin(), 'build', '--silent'], {
      stdio: 'inherit',
      env: { ...process.env, EDITION_GENERATED: opts.generated, EDITION_DIST: scratch },
    });
    if (run.status !== 0) throw new Error(`astro build failed (exit ${run.status ?? run.signal}); dist/ was left as it was`);
    assertHantClean(scratch, opts.terms ?? TERMS);
    const { version } = editionInfo();
    writeDownload(scratch, downloadName(version));
    const old = `${opts.dist}.old-${process.pid}`;
    if (existsSync(opts.dist)) renameSync(opts.dist, old);
    renameSync(scratch, opts.dist);
    rmSync(old, { recursive: true, force: true });
    r.publish();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { ...r, ingestMs: t1 - t0, astroMs: performance.now() - t1 };
}
