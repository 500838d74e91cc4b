import type { Block, Paragraph } from '../model.ts';
import { plain } from '../parse/inline.ts';

// A paragraph may end on closing punctuation, or on a closing quote or bracket after it.
const CLOSED = /(?:[。！？!?…：:；;]|[。！？!?…][”’）)》」』]*)$/;

export interface OpenEnd {
  para: string;
  line: number;
  tail: string;
  next: string;
}

/**
 * Paragraphs that stop mid-sentence while the text after them does not start a new unit
 * (a heading, or the end of the text): likely one paragraph split by a print break.
 * Paragraphs whose last line carries a `breaks` decision are recorded on purpose.
 */
export function openEnds(blocks: Block[], paragraphs: Paragraph[], recorded: Set<number>): OpenEnd[] {
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  const order = blocks.flatMap((b) => (b.type === 'para' ? [b.para] : b.type === 'aside' ? b.paras : b.type === 'heading' ? [null] : []));
  const out: OpenEnd[] = [];
  order.forEach((id, i) => {
    const next = order[i + 1];
    if (!id || !next) return;
    const p = byId.get(id)!;
    const text = plain(p.content);
    if (CLOSED.test(text) || recorded.has(p.src.at(-1)!)) return;
    out.push({ para: id, line: p.src.at(-1)!, tail: text.slice(-12), next: plain(byId.get(next)!.content).slice(0, 12) });
  });
  return out;
}
