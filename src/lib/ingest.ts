import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorsOf, checkAnchors, readRegistry, type AnchorRegistry } from './anchors.ts';
import { loadCorpus, type CorpusEntry } from './corpus.ts';
import { EditionError } from './errors.ts';
import { documentToMdx } from './render/mdx.ts';
import { checkSourceSums } from './source-sums.ts';
import { createHantConverter, loadTerms } from './script/convert.ts';
import { toHant } from './script/convert-document.ts';
import { PUBLISHED } from './site/i18n.ts';
import { parallelCsv } from './render/parallel-csv.ts';
import { toEnglish } from './translation/english.ts';
import { translationUnits } from './translation/units.ts';
import { loadTranslation, type Translation } from './translation/load.ts';
import { glossaryMisses } from './glossary/consistency.ts';
import { loadGlossary, type Term } from './glossary/load.ts';
import { termOccurrences } from './glossary/occurrences.ts';

export const TERMS = 'content/zh-hant/terms.yaml';
/** The glossary of policy terms, in a content root. */
export const GLOSSARY = 'glossary.yaml';

/**
 * Every translation file is checked in every build (ids, fingerprints, numbers, glossary
 * terms); until English is published (all documents translated) a document may lack its file.
 */
function loadTranslations(corpus: CorpusEntry[], glossary: Term[]): Map<string, Translation> {
  const known = new Set(glossary.map((t) => t.id));
  return new Map(
    corpus.flatMap(({ root, doc }) => {
      const file = join(root, 'translations', 'en', `${doc.meta.id}.yaml`);
      if (!PUBLISHED.includes('en') && !existsSync(file)) return [];
      const tr = loadTranslation(file, doc);
      const unknown = [...tr.glossaryExceptions].flatMap(([id, ex]) => Object.keys(ex).filter((t) => !known.has(t)).map((t) => `#${id}: no glossary term “${t}”`));
      const misses = glossaryMisses(doc, tr, glossary).map((m) => `#${m.id}: the Chinese uses ${m.zh} (${m.term}) but the English uses none of ${m.renderings.map((r) => `“${r}”`).join(', ')}`);
      if (unknown.length || misses.length)
        throw new EditionError(file, null, `${unknown.length + misses.length} glossary problem(s) in the English of “${doc.meta.id}”:\n${[...unknown, ...misses].map((p) => `    ${p}`).join('\n')}`, 'use one of the term’s renderings, add the rendering to content/glossary.yaml, or declare `glossary: { <term id>: <reason> }` on the entry');
      return [[doc.meta.id, tr] as const];
    }),
  );
}

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
export function ingest({ roots, out, acceptAnchors = false, terms = TERMS, log = () => {} }: IngestOptions): { documents: number; characters: number; convertMs: number; publish: () => void } {
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
  const sums = roots.map((root) => checkSourceSums(root, [...new Set(corpus.filter((c) => c.root === root).map((c) => c.doc.meta.source.file))]));
  const t0 = performance.now();
  const convert = createHantConverter(loadTerms(terms));
  const glossary = roots.flatMap((root) => (existsSync(join(root, GLOSSARY)) ? loadGlossary(join(root, GLOSSARY), convert) : []));
  const translations = loadTranslations(corpus, glossary);
  const english = corpus.map(({ doc }) => {
    const tr = translations.get(doc.meta.id);
    return tr ? toEnglish(doc, tr, (id) => translations.get(id)) : null;
  });
  const hant = corpus.map(({ doc }) => toHant(doc, convert));
  const convertMs = performance.now() - t0;
  let characters = 0;
  // Everything is checked above; the scratch directory replaces `out` only when complete.
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const dir of ['data/zh-Hans', 'data/zh-Hant', 'data/en', 'mdx/zh-Hans', 'mdx/zh-Hant', 'mdx/en', 'parallel', 'sources']) mkdirSync(join(tmp, dir), { recursive: true });
    corpus.forEach(({ root, doc }, i) => {
      const twin = hant[i]!;
      doc.meta.title['zh-Hant'] = twin.meta.title['zh-Hant'];
      const en = english[i];
      if (en) doc.meta.title.en = twin.meta.title.en = en.meta.title.en;
      copyFileSync(join(root, 'sources', doc.meta.source.file), join(tmp, 'sources', doc.meta.source.file));
      for (const [lang, d] of [['zh-Hans', doc], ['zh-Hant', twin], ...(en && PUBLISHED.includes('en') ? [['en', en] as const] : [])] as const) {
        writeFileSync(join(tmp, 'data', lang, `${d.meta.id}.json`), JSON.stringify(d));
        writeFileSync(join(tmp, 'mdx', lang, `${d.meta.id}.mdx`), documentToMdx(d, lang, termOccurrences(d, lang, glossary)));
      }
      const tr = translations.get(doc.meta.id);
      if (tr) writeFileSync(join(tmp, 'parallel', `${doc.meta.id}.csv`), parallelCsv(translationUnits(doc), convert, (id) => tr.get(id)!));
      characters += doc.paragraphs.reduce((n, p) => n + p.content.reduce((m, c) => m + (c.t === 'text' ? c.s.length : 0), 0), 0);
    });
    writeFileSync(join(tmp, 'glossary.json'), JSON.stringify(glossary));
    rmSync(out, { recursive: true, force: true });
    renameSync(tmp, out);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  // The anchor registry and source checksums in content/ change only when the caller says the whole build succeeded.
  const publish = () => {
    for (const s of sums) s.publish();
    for (const [file, registry] of registryUpdates) {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, `${JSON.stringify(registry, null, 1)}\n`);
    }
  };
  return { documents: corpus.length, characters, convertMs, publish };
}
