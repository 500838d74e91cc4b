import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadEdition } from './edition/load.ts';
import { keepPublishedIds, readRegistry } from './anchors.ts';
import { checkConservation } from './check/conservation.ts';
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
}

/** `keepIds: false` numbers paragraphs afresh, for `anchors:accept` (re-publishing ids on purpose). */
export function loadCorpus(roots: string[], { keepIds = true } = {}): CorpusEntry[] {
  const docs: CorpusEntry[] = [];
  for (const root of roots) {
    const dir = join(root, 'editions');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
      const file = join(dir, name);
      const ed = loadEdition(file);
      const sourcePath = join(root, 'sources', ed.source);
      if (!existsSync(sourcePath)) throw new EditionError(name, null, `source “${ed.source}” does not exist`, `put the text in ${join(root, 'sources')}/ or correct \`source\``);
      const src = readSource(sourcePath);
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
      docs.push(...parsed.map((doc) => ({ root, doc })));
    }
  }
  const seen = new Set<string>();
  for (const { doc: d } of docs) {
    if (seen.has(d.meta.id)) throw new EditionError(d.meta.source.file, null, `document id “${d.meta.id}” is used twice`, 'give each document its own `id` in the edition files');
    seen.add(d.meta.id);
  }
  return docs;
}
