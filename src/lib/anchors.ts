import type { EditionDocument } from './model.ts';
import { plain } from './parse/inline.ts';

/** Published ids with the opening words they pointed at when first published. */
export type AnchorRegistry = Record<string, string>;

const HEAD = 12;
const head = (s: string) => [...s.replace(/\s+/g, '')].slice(0, HEAD).join('');

export function anchorsOf(doc: EditionDocument): AnchorRegistry {
  const out: AnchorRegistry = {};
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  for (const s of doc.sections) out[s.id] = head(plain(s.printed));
  for (const p of doc.paragraphs) out[p.id] = head((p.lead ? plain(sections.get(p.lead)!.printed) : '') + plain(p.content));
  return out;
}

export interface AnchorCheck {
  /** Published ids that now point elsewhere or no longer exist: citations would break. */
  broken: { id: string; was: string; now: string | null }[];
  /** Ids not yet published. */
  added: string[];
}

/** Ids are compared by the words they open on, so a corrected typo mid-paragraph does not trip the check, a shift does. */
export function checkAnchors(published: AnchorRegistry, current: AnchorRegistry): AnchorCheck {
  const broken = Object.entries(published)
    .filter(([id, was]) => current[id] !== was)
    .map(([id, was]) => ({ id, was, now: current[id] ?? null }));
  return { broken, added: Object.keys(current).filter((id) => !(id in published)) };
}
