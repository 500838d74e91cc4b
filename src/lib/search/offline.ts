import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Script } from 'node:vm';
import { EditionError } from '../errors.ts';
import { CLASSIC_BUNDLE, OFFLINE_CALLBACK, PAGEFIND_GLOBAL } from './offline-names.ts';


/**
 * Pages opened from disk may not load module scripts, so Pagefind's ES module is rewritten as
 * a classic script: its single export list becomes a global and `import.meta.url` (only used to
 * guess the bundle's location, which the client passes explicitly) becomes undefined.
 */
export function classicBundle(moduleSource: string, file: string): string {
  const exports = [...moduleSource.matchAll(/\bexport\s*\{([^}]*)\}\s*;?\s*$/g)];
  const rest = moduleSource.replace(/\bexport\s*\{[^}]*\}\s*;?\s*$/, '').replaceAll('import.meta.url', 'undefined');
  if (exports.length !== 1 || /\bimport\s*[({.*]|\bimport\s+[\w$]+\s+from\b|\bexport\s/.test(rest))
    throw new EditionError(file, null, 'Pagefind’s browser bundle no longer has the shape the offline build rewrites (one trailing export list, no imports)', 'pin pagefind to the 1.6 line in package.json, or update classicBundle() in src/lib/search/offline.ts');
  const code = `(function(){${rest}\nwindow.${PAGEFIND_GLOBAL}={${exports[0]![1]}};})();\n`;
  new Script(code, { filename: file });
  return code;
}

/** A script that hands one index file to the page: the JSONP-style path that works from file://. */
export const offlineFile = (path: string, bytes: Uint8Array) => `${OFFLINE_CALLBACK}(${JSON.stringify(path)},"${Buffer.from(bytes).toString('base64')}");\n`;

/** The files Pagefind fetches at search time (index, fragments, filters, metadata, WebAssembly). */
const FETCHED = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind|(index|fragment|filter)\/.+)$/;
/** What the edition loads from Pagefind's output; its own UIs and the module build are left out. */
const KEPT = (path: string) => FETCHED.test(path) || path === CLASSIC_BUNDLE;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** Rewrites a written Pagefind bundle for reading from disk and server alike. */
export function prepareBundle(dir: string): void {
  const module = join(dir, 'pagefind.js');
  writeFileSync(join(dir, CLASSIC_BUNDLE), classicBundle(readFileSync(module, 'utf8'), module));
  for (const path of filesUnder(dir)) {
    if (!KEPT(path)) rmSync(join(dir, path));
    else if (FETCHED.test(path)) writeFileSync(join(dir, `${path}.js`), offlineFile(path, readFileSync(join(dir, path))));
  }
}
