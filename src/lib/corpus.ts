import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadEdition } from './edition/load.ts';
import { keepPublishedIds, readRegistry } from './anchors.ts';
import { checkConservation } from './check/conservation.ts';
import { checkDecisions } from './edition/check.ts';
import { EditionError } from './errors.ts';
import type { EditionDocument } from './model.ts';
import { parseMagazine } from './parse/magazine.ts';
import { parseReport } from './parse/report.ts';
import { readSource } from './source.ts';

/**
 * Every document of the edition: each `editions/*.yaml` in a content root names its
 * source in `sources/`. Adding a document means adding those two files.
 */
export interface CorpusEntry {
  /** The content root the document's edition file lives in (its anchor registry lives there too). */
  root: string;
  doc: EditionDocument;
  /** The edition file that describes it. */
  edition: string;
}

/** `keepIds: false` numbers paragraphs afresh, for `anchors:accept` (re-publishing ids on purpose). */
export function loadCorpus(roots: string[], { keepIds = true } = {}): CorpusEntry[] {
  const docs: CorpusEntry[] = [];
  for (const root of roots) {
    const dir = join(root, 'editions');
    // .yml is as good as .yaml: a document must never vanish because of its file name.
    for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      const file = join(dir, name);
      const ed = loadEdition(file);
      const sourcePath = join(root, 'sources', ed.source);
      if (!existsSync(sourcePath)) throw new EditionError(name, null, `source “${ed.source}” does not exist`, `put the text in ${join(root, 'sources')}/ or correct \`source\``);
      const src = readSource(sourcePath);
      checkDecisions(ed, src, name);
      let parsed: EditionDocument[];
      if (ed.layout === 'report') {
        if (!ed.document.title['zh-Hans'] && !ed.header.title) throw new EditionError(name, null, 'the document has no Chinese title', 'set `document.title.zh-Hans` (and `titleSupplied: true` if the source has none) or `header.title`');
        parsed = [parseReport(ed, src)];
      } else {
        const { issue, documents } = parseMagazine(ed, src);
        parsed = [issue, ...documents];
      }
      const lost = checkConservation(src, parsed);
      if (lost.length)
        throw new EditionError(src.file, lost[0]!.line, `${lost.length} conservation problem(s): every source character must be published or removed by a note:\n${lost.map((p) => `    line ${p.line}: ${p.problem}`).join('\n')}`, `record the change in ${name} (removed, excluded, supplied, joins, regions) so that it becomes a visible note, or fix the parser that dropped the text`);
      if (keepIds) for (const doc of parsed) keepPublishedIds(doc, readRegistry(join(root, 'anchors', `${doc.meta.id}.json`)));
      docs.push(...parsed.map((doc) => ({ root, doc, edition: file })));
    }
  }
  const seen = new Map<string, string>();
  for (const { doc: d, edition } of docs) {
    const first = seen.get(d.meta.id);
    if (first) throw new EditionError(edition, null, `document id “${d.meta.id}” is used twice: in ${first} and in ${edition}`, 'give each document its own `id`: ids are permanent, so change the newer one');
    seen.set(d.meta.id, edition);
  }
  return docs;
}
