import CSL from 'citeproc';
import type { CslItem } from './record.ts';
import { cslLocale, cslStyle } from './styles.ts';

/** The citation styles the edition offers, by their ids in the official CSL repository. */
export const STYLES = {
  'gb-t-7714-2015': 'china-national-standard-gb-t-7714-2015-numeric',
  chicago: 'chicago-note-bibliography',
  apa: 'apa',
  mla: 'modern-language-association',
} as const;
export type StyleKey = keyof typeof STYLES;

const LOCALE: Record<string, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };

interface CitationEngine {
  setOutputFormat(f: string): void;
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]];
}

// One engine per style and locale (building one takes tens of milliseconds); the item it
// formats is looked up in `items` when the engine asks for it.
const items = new Map<string, CslItem>();
const engines = new Map<string, CitationEngine>();

function engineFor(style: StyleKey, locale: string): CitationEngine {
  const key = `${style}|${locale}`;
  let engine = engines.get(key);
  if (!engine) {
    const sys = { retrieveLocale: (l: string) => cslLocale(LOCALE[l] ?? (l.startsWith('zh') ? 'zh-CN' : 'en-US')), retrieveItem: (id: string) => items.get(id) };
    // citeproc-js may annotate the style it is given: each engine gets its own copy.
    engine = new CSL.Engine(sys, structuredClone(cslStyle(STYLES[style])), locale, true) as CitationEngine;
    engine.setOutputFormat('text');
    engines.set(key, engine);
  }
  return engine;
}

/**
 * The official styles do not print `original-title`; a translation is cited under its own
 * title with the original's in square brackets, so a reader can find the authoritative text.
 */
const withOriginalTitle = (item: CslItem): CslItem => (item['original-title'] ? { ...item, title: `${item.title} [${item['original-title']}]` } : item);

/**
 * GB/T 7714 does not print `archive`, where the other styles name the edition and its version;
 * it has a version element (版本项) instead, which it prints for a speech. An article in a
 * serial has none in the standard: there the citation date, the version's date, must do.
 */
const withVersionItem = (item: CslItem): CslItem => (item.archive ? { ...item, edition: item.archive } : item);

/**
 * A bibliography entry formatted by citeproc-js from the official CSL style, as plain text.
 * GB/T 7714-2015 numbers its entries ([1]); the number is left out for a single citation.
 */
export function formatCitation(item: CslItem, style: StyleKey): string {
  const titled = withOriginalTitle(item);
  items.set(item.id, style === 'gb-t-7714-2015' ? withVersionItem(titled) : titled);
  const engine = engineFor(style, LOCALE[item.language] ?? 'en-US');
  engine.updateItems([item.id]);
  return engine.makeBibliography()[1].join('').trim().replace(/^\[1\]\s*/, '');
}
