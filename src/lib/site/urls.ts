import type { Lang } from '../model.ts';

/** Path segment of each published language; ids and anchors are the same in all of them. */
export const LANG_PATH: Record<Lang, string> = { 'zh-Hans': 'zh-hans', 'zh-Hant': 'zh-hant', en: 'en' };

// Every URL is a path relative to the site root that names its .html file, so the
// site works from any directory on a server and straight from disk.
export const homePath = (lang: Lang) => `${LANG_PATH[lang]}/index.html`;
export const docPath = (lang: Lang, id: string) => `${LANG_PATH[lang]}/${id}.html`;
/** The parallel view of a document: the page's language and its counterpart, pair by pair. */
export const parallelPath = (lang: Lang, id: string) => `${LANG_PATH[lang]}/parallel/${id}.html`;
/** How the English translation was made and checked, in every language tree. */
export const aboutTranslationPath = (lang: Lang) => `${LANG_PATH[lang]}/about-translation.html`;
/** The glossary of policy terms, one page per language tree. */
export const glossaryPath = (lang: Lang) => `${LANG_PATH[lang]}/glossary.html`;
/** The aligned text of a document (id, 简体, 繁體, English per row), shared by every language tree. */
export const parallelCsvPath = (id: string) => `parallel/${id}.csv`;
/** A document's record for reference managers: CSL-JSON, BibTeX or RIS. */
export const citePath = (lang: Lang, id: string, ext: 'json' | 'bib' | 'ris') => `${LANG_PATH[lang]}/cite/${id}.${ext}`;
/** The citation page of a document: its citations and the permalink of every section and paragraph. */
export const citePagePath = (lang: Lang, id: string) => `${LANG_PATH[lang]}/cite/${id}.html`;
/** The diplomatic view of a source: every line as received, numbered, with an anchor (#L219). */
export const diplomaticPath = (lang: Lang, file: string) => `${LANG_PATH[lang]}/source/${file.replace(/\.txt$/, '')}.html`;
export const lineAnchor = (n: number) => `L${n}`;
/** The edition's principles (凡例): contents, sources, marks, anchors, version and licence. */
export const aboutEditionPath = (lang: Lang) => `${LANG_PATH[lang]}/about-edition.html`;
/** The whole site as one archive, to read offline: `download/<edition>-<version>.zip`. */
export const downloadName = (version: string) => `jincheng-edition-${version}`;
export const downloadPath = (version: string) => `download/${downloadName(version)}.zip`;
export const textPath = (lang: Lang, id: string, ext: 'json' | 'txt') => `${LANG_PATH[lang]}/text/${id}.${ext}`;
export const sourcePath = (file: string) => `sources/${file}`;
export const searchPath = (lang: Lang) => `${LANG_PATH[lang]}/search.html`;
/** Where the build writes Pagefind's bundle, shared by every language. */
export const PAGEFIND_DIR = 'pagefind/';

/** The same page in another script or language: only the first path segment differs. */
export const inLanguage = (path: string, lang: Lang) => `${LANG_PATH[lang]}/${path.split('/').slice(1).join('/')}`;

/** The href that leads from page `from` to `to` (both root-relative paths without a leading slash). */
export function relativeHref(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < fromDir.length && common < target.length - 1 && fromDir[common] === target[common]) common++;
  const up = fromDir.length - common;
  const rest = target.slice(common).join('/');
  return (up ? '../'.repeat(up) : '') + rest;
}
