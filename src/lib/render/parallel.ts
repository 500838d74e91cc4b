import type { EditionDocument, Inline } from '../model.ts';

/** One aligned pair of the parallel view: the same anchor in the Chinese and in the English. */
export type Row =
  | { kind: 'heading'; id: string; level: number; zh: Inline[]; en: Inline[] }
  | { kind: 'para'; id: string; zh: Inline[]; en: Inline[]; lead?: { id: string; zh: Inline[]; en: Inline[] }; aside?: string; aliases: string[] }
  | { kind: 'aside'; id: string; zh: Inline[]; en: Inline[] }
  | { kind: 'signoff'; id: string; zh: string; en: string };

/**
 * The reading text of a document as aligned pairs, in reading order. Both models come from
 * the same parse, so every block, section and paragraph has its twin under the same id.
 */
export function parallelRows(zh: EditionDocument, en: EditionDocument): Row[] {
  const sec = (d: EditionDocument) => new Map(d.sections.map((s) => [s.id, s]));
  const par = (d: EditionDocument) => new Map(d.paragraphs.map((p) => [p.id, p]));
  const [zs, es, zp, ep] = [sec(zh), sec(en), par(zh), par(en)];
  const twin = <T>(map: Map<string, T>, id: string): T => {
    const v = map.get(id);
    if (!v) throw new Error(`#${id} of “${zh.meta.id}” has no English twin`);
    return v;
  };
  const rows: Row[] = [];
  const para = (id: string, aside?: string) => {
    const [a, b] = [twin(zp, id), twin(ep, id)];
    const lead = a.lead ? { id: a.lead, zh: twin(zs, a.lead).printed, en: twin(es, a.lead).printed } : undefined;
    rows.push({ kind: 'para', id, zh: a.content, en: b.content, ...(lead ? { lead } : {}), ...(aside ? { aside } : {}), aliases: (zh.aliases ?? []).filter((x) => x.target === id).map((x) => x.id) });
  };
  zh.blocks.forEach((block, i) => {
    const other = en.blocks[i];
    if (block.type === 'heading') rows.push({ kind: 'heading', id: block.section, level: twin(zs, block.section).level, zh: twin(zs, block.section).printed, en: twin(es, block.section).printed });
    else if (block.type === 'para') para(block.para);
    else if (block.type === 'signoff' && other?.type === 'signoff') rows.push({ kind: 'signoff', id: block.id, zh: block.text, en: other.text });
    else if (block.type === 'aside' && other?.type === 'aside') {
      rows.push({ kind: 'aside', id: block.id, zh: block.title, en: other.title });
      block.paras.forEach((p) => para(p, block.id));
    } else throw new Error(`block ${i} of “${zh.meta.id}” differs between the Chinese and the English`);
  });
  return rows;
}
