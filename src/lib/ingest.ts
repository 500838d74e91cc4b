import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorsOf, checkAnchors, readRegistry, type AnchorRegistry } from './anchors.ts';
import { loadCorpus } from './corpus.ts';
import { EditionError } from './errors.ts';
import { documentToMdx } from './render/mdx.ts';
import { createHantConverter, loadTerms } from './script/convert.ts';
import { toHant } from './script/convert-document.ts';
import { PUBLISHED } from './site/i18n.ts';
import { toEnglish } from './translation/english.ts';
import { loadTranslation } from './translation/load.ts';

export const TERMS = 'content/zh-hant/terms.yaml';

export interface IngestOptions {
  roots: string[];
  out: string;
  /** Rewrite the anchor registry to the current ids: only when moving ids on purpose. */
  acceptAnchors?: boolean;
  /** The project's 繁體 correction layer. */
  terms?: string;
  log?: (msg: string) => void;
}

/** Sources → document models → MDX, written to `out` all at once or not at all. */
export function ingest({ roots, out, acceptAnchors = false, terms = TERMS, log = () => {} }: IngestOptions): { documents: number; characters: number; convertMs: number } {
  const corpus = loadCorpus(roots, { keepIds: !acceptAnchors });
  const registryUpdates: [string, AnchorRegistry][] = [];
  for (const { root, doc } of corpus) {
    const file = join(root, 'anchors', `${doc.meta.id}.json`);
    const current = anchorsOf(doc);
    const published = readRegistry(file);
    const { broken, added, retired } = checkAnchors(published, doc);
    if (broken.length && !acceptAnchors) {
      const list = broken.slice(0, 8).map((b) => `#${b.id} opened “${b.was}…”, now ${b.now === null ? 'gone' : `“${b.now}…”`}`).join('; ');
      throw new EditionError(file, null, `${broken.length} published anchor(s) of “${doc.meta.id}” would move or disappear: ${list}`, 'undo the source/edition change, or run `npm run anchors:accept` to re-publish the ids on purpose (citations to them will change)');
    }
    if (added.length || retired.length || (acceptAnchors && broken.length)) {
      const kept = acceptAnchors ? current : { ...published, ...Object.fromEntries(added.map((id) => [id, current[id]!])) };
      registryUpdates.push([file, { ...kept, ...Object.fromEntries(retired) }]);
      log(`anchors: ${doc.meta.id}: ${added.length} new id(s) published${retired.length ? `, ${retired.length} kept as alias(es)` : ''}${acceptAnchors && broken.length ? `, ${broken.length} re-published` : ''}`);
    }
  }
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const dir of ['data/zh-Hans', 'data/zh-Hant', 'data/en', 'mdx/zh-Hans', 'mdx/zh-Hant', 'mdx/en', 'sources']) mkdirSync(join(tmp, dir), { recursive: true });
  // Every translation file is checked in every build; until English is published (all
  // documents translated) a document may still lack its file.
  const translations = new Map(
    corpus.flatMap(({ root, doc }) => {
      const file = join(root, 'translations', 'en', `${doc.meta.id}.yaml`);
      return PUBLISHED.includes('en') || existsSync(file) ? [[doc.meta.id, loadTranslation(file, doc)] as const] : [];
    }),
  );
  const english = corpus.map(({ doc }) => {
    const tr = translations.get(doc.meta.id);
    return tr ? toEnglish(doc, tr, (id) => translations.get(id)) : null;
  });
  const t0 = performance.now();
  const convert = createHantConverter(loadTerms(terms));
  const hant = corpus.map(({ doc }) => toHant(doc, convert));
  const convertMs = performance.now() - t0;
  let characters = 0;
  corpus.forEach(({ root, doc }, i) => {
    const twin = hant[i]!;
    doc.meta.title['zh-Hant'] = twin.meta.title['zh-Hant'];
    const en = english[i];
    if (en) doc.meta.title.en = twin.meta.title.en = en.meta.title.en;
    copyFileSync(join(root, 'sources', doc.meta.source.file), join(tmp, 'sources', doc.meta.source.file));
    for (const [lang, d] of [['zh-Hans', doc], ['zh-Hant', twin], ...(en && PUBLISHED.includes('en') ? [['en', en] as const] : [])] as const) {
      writeFileSync(join(tmp, 'data', lang, `${d.meta.id}.json`), JSON.stringify(d));
      writeFileSync(join(tmp, 'mdx', lang, `${d.meta.id}.mdx`), documentToMdx(d, lang));
    }
    characters += doc.paragraphs.reduce((n, p) => n + p.content.reduce((m, c) => m + (c.t === 'text' ? c.s.length : 0), 0), 0);
  });
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
  for (const [file, registry] of registryUpdates) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `${JSON.stringify(registry, null, 1)}\n`);
  }
  return { documents: corpus.length, characters, convertMs };
}
