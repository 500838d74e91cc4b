import type { Annotation, AnnotationType, Block, Inline, NoteDetail, Paragraph, Section } from '../model.ts';
import { noteZh } from '../notes/text.ts';

/** Collects annotations while parsing; ids are provisional until `finish` numbers them in reading order. */
export class Notes {
  readonly list: Annotation[] = [];

  add(type: AnnotationType, lines: number[], detail: NoteDetail = {}, extra: Partial<Pick<Annotation, 'original' | 'target' | 'claims'>> = {}): string {
    const id = `tmp${this.list.length}`;
    const a: Annotation = { id, n: 0, type, text: '', lines, ...(Object.keys(detail).length ? { detail } : {}), ...extra };
    a.text = noteZh(a);
    this.list.push(a);
    return id;
  }

  /**
   * Numbers the notes in reading order (placed notes first, then the document-level ones) and
   * gives each a permanent id from its first source line (n219; n219-2 for a second note on
   * that line; n-normalized for one without lines), so text added elsewhere renumbers no id.
   */
  finish(blocks: Block[], sections: Map<string, Section>, paragraphs: Map<string, Paragraph>): Annotation[] {
    const order: string[] = [];
    const visit = (parts: Inline[], target: string) => {
      for (const p of parts) {
        if (p.t !== 'note') continue;
        order.push(p.note);
        const a = this.list.find((x) => x.id === p.note);
        if (a && !a.target) a.target = target;
      }
    };
    const visitPara = (id: string) => {
      const para = paragraphs.get(id)!;
      if (para.lead) visit(sections.get(para.lead)!.printed, para.lead);
      visit(para.content, id);
    };
    for (const b of blocks) {
      if (b.type === 'heading') visit(sections.get(b.section)!.printed, b.section);
      else if (b.type === 'para') visitPara(b.para);
      else if (b.type === 'aside') {
        visit(b.title, b.id);
        b.paras.forEach(visitPara);
      }
    }
    for (const a of this.list) if (!order.includes(a.id)) order.push(a.id);
    const taken = new Map<string, number>();
    const stable = (old: string) => {
      const a = this.list.find((x) => x.id === old)!;
      const base = a.lines.length ? `n${a.lines[0]}` : `n-${a.type}`;
      const k = (taken.get(base) ?? 0) + 1;
      taken.set(base, k);
      return k === 1 ? base : `${base}-${k}`;
    };
    const rename = new Map(order.map((old) => [old, stable(old)]));
    const fix = (parts: Inline[]) => parts.forEach((p) => p.t === 'note' && (p.note = rename.get(p.note)!));
    for (const s of sections.values()) fix(s.printed);
    for (const p of paragraphs.values()) fix(p.content);
    for (const b of blocks) if (b.type === 'aside') fix(b.title);
    return order.map((old, i) => ({ ...this.list.find((a) => a.id === old)!, id: rename.get(old)!, n: i + 1 }));
  }
}
