import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { EditionDocument, Lang } from '../model.ts';
import { docPath, PAGEFIND_DIR } from '../site/urls.ts';
import { prepareBundle } from './offline.ts';
import { otherScript, passagesOf } from './passages.ts';
import { compoundParts, englishRecordContent, recordContent } from './record-text.ts';

/**
 * Pagefind 1.6's browser API looks its index up by the page's `<html lang>` lowercased
 * (`zh-hant`), and silently falls back to the largest index when no key matches; so the
 * indexes are keyed by the lowercased tag, which names the same language.
 */
export const pagefindLanguage = (lang: Lang) => lang.toLowerCase();

/**
 * Every candidate's fragment is read to verify it, so a frequent character (的: 295 passages)
 * would mean ~300 requests; bundled into 64 files per language the first result shows in about
 * half the time, for a few KiB more on rare queries (measured by `npm run bench`).
 */
const FRAGMENT_FILES = 64;

export interface IndexStats {
  records: Partial<Record<Lang, number>>;
  characters: number;
  ms: number;
}

const fail = (what: string, errors: string[]) => {
  if (errors.length) throw new Error(`Pagefind ${what} failed: ${errors.join('; ')}`);
};

interface IndexRecord {
  url: string;
  content: string;
  language: string;
  meta?: Record<string, string>;
  chars: number;
}

/** Chinese records: the passage in the index's script, then in the other script. */
function chineseRecords(lang: Lang, documents: (lang: Lang) => EditionDocument[]): IndexRecord[] {
  const twins = new Map(documents(otherScript(lang)).map((d) => [d.meta.id, d]));
  return documents(lang).flatMap((doc) =>
    passagesOf(doc, twins.get(doc.meta.id) ?? doc, lang).map((p) => ({
      url: `${docPath(lang, doc.meta.id)}#${p.anchor}`,
      content: recordContent(p.text, p.other),
      language: pagefindLanguage(lang),
      chars: p.text.length,
    })),
  );
}

/** English records: the English passage, then the aligned Chinese of the same anchor in both scripts. */
function englishRecords(documents: (lang: Lang) => EditionDocument[]): IndexRecord[] {
  const chinese = new Map(documents('zh-Hans').map((d) => [d.meta.id, new Map(passagesOf(d, documents('zh-Hant').find((t) => t.meta.id === d.meta.id)!, 'zh-Hans').map((p) => [p.anchor, p]))]));
  return documents('en').flatMap((doc) =>
    passagesOf(doc, doc, 'en').map((p) => {
      const zh = chinese.get(doc.meta.id)?.get(p.anchor);
      if (!zh) throw new Error(`#${p.anchor} of “${doc.meta.id}” has English but no Chinese passage to align with`);
      const { content, split } = englishRecordContent(p.text, zh.text, zh.other);
      const parts = compoundParts(p.text);
      return { url: `${docPath('en', doc.meta.id)}#${p.anchor}`, content, meta: { split: String(split), ...(parts ? { parts } : {}) }, language: pagefindLanguage('en'), chars: p.text.length };
    }),
  );
}

/** One Pagefind record per passage of every document, one index per language, written to `site/pagefind/`. */
export async function writeSearchIndex(site: string, langs: Lang[], documents: (lang: Lang) => EditionDocument[]): Promise<IndexStats> {
  const t0 = performance.now();
  const created = await pagefind.createIndex({ maxFragments: FRAGMENT_FILES });
  fail('createIndex', created.errors);
  const index = created.index!;
  const stats: IndexStats = { records: {}, characters: 0, ms: 0 };
  try {
    for (const lang of langs) {
      const records = lang === 'en' ? englishRecords(documents) : chineseRecords(lang, documents);
      for (const { errors } of await Promise.all(records.map(({ chars, ...r }) => index.addCustomRecord(r)))) fail('addCustomRecord', errors);
      stats.records[lang] = records.length;
      stats.characters += records.reduce((n, r) => n + r.chars, 0);
    }
    fail('writeFiles', (await index.writeFiles({ outputPath: join(site, PAGEFIND_DIR) })).errors);
  } finally {
    await pagefind.close();
  }
  prepareBundle(join(site, PAGEFIND_DIR));
  stats.ms = performance.now() - t0;
  return stats;
}
