import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** Where pages say the download's size; the build fills it in once the archive exists. */
export const SIZE_PLACEHOLDER = '\u2063ZIP-SIZE\u2063';
// Every entry gets the same timestamp, and entries go in sorted order: identical inputs give
// an identical archive, byte for byte.
const FIXED_TIME = new Date('2020-01-01T00:00:00Z');

const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

/** A deterministic zip of the files (path → bytes), under one top folder so it unzips tidily. */
export function zipFiles(files: Map<string, Uint8Array>, folder: string): Uint8Array {
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort()) entries[`${folder}/${path}`] = [files.get(path)!, { mtime: FIXED_TIME, level: 6 }];
  return zipSync(entries, { mtime: FIXED_TIME });
}

// Decimal megabytes, as file managers and browsers' download lists show them.
export const formatSize = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/**
 * Writes `download/<name>.zip` holding the whole site. The pages state the archive's size,
 * which depends on the pages: the size is written in, the archive rebuilt, until both agree.
 */
export function writeDownload(site: string, name: string): { path: string; bytes: number } {
  const files = new Map(walk(site).map((f) => [relative(site, f).split('\\').join('/'), readFileSync(f)] as const));
  for (const path of files.keys()) if (path.startsWith('download/')) files.delete(path);
  const pages = [...files.keys()].filter((p) => p.endsWith('.html') && files.get(p)!.includes(SIZE_PLACEHOLDER));
  const templates = new Map(pages.map((p) => [p, files.get(p)!.toString('utf8')]));
  let label = formatSize(0);
  let zip: Uint8Array = new Uint8Array();
  for (let round = 0; round < 5; round++) {
    for (const [p, html] of templates) files.set(p, Buffer.from(html.replaceAll(SIZE_PLACEHOLDER, label)));
    zip = zipFiles(files, name);
    const next = formatSize(zip.length);
    if (next === label) break;
    label = next;
  }
  for (const p of pages) writeFileSync(join(site, p), files.get(p)!);
  mkdirSync(join(site, 'download'), { recursive: true });
  const path = `download/${name}.zip`;
  writeFileSync(join(site, path), zip);
  return { path, bytes: zip.length };
}
