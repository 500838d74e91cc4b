import { existsSync, readFileSync } from 'node:fs';
import type { EditionDocument } from './model.ts';
import { plain } from './parse/inline.ts';

/** An id whose text now stands inside another element (after a join): it stays a working anchor there. */
export interface RetiredAnchor {
  head: string;
  alias: string;
  reason: string;
}

/** Published ids with the opening words they pointed at when first published. */
export type AnchorRegistry = Record<string, string | RetiredAnchor>;

export const readRegistry = (file: string): AnchorRegistry => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {});

const HEAD = 12;
const squash = (s: string) => s.replace(/\s+/g, '');
const head = (s: string) => [...squash(s)].slice(0, HEAD).join('');
const paraNumber = (id: string) => (/^p\d+$/.test(id) ? Number(id.slice(1)) : null);

function paragraphTexts(doc: EditionDocument): Map<string, string> {
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  return new Map(doc.paragraphs.map((p) => [p.id, (p.lead ? plain(sections.get(p.lead)!.printed) : '') + plain(p.content)]));
}

/**
 * A paragraph whose heading became run-in (joined to it) keeps its id: it may also be
 * recognised by the words its own text opens on.
 */
function headsWithoutLead(doc: EditionDocument): Map<string, string> {
  return new Map(doc.paragraphs.filter((p) => p.lead).map((p) => [p.id, head(plain(p.content))]));
}

export function anchorsOf(doc: EditionDocument): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of doc.sections) out[s.id] = head(plain(s.printed));
  for (const [id, text] of paragraphTexts(doc)) out[id] = head(text);
  for (const b of doc.blocks) {
    if (b.type === 'aside') out[b.id] = head(plain(b.title));
    else if (b.type === 'signoff') out[b.id] = head(b.text);
  }
  for (const a of doc.aliases ?? []) out[a.id] = a.head;
  return out;
}

/**
 * Paragraph ids are permanent: the parser numbers paragraphs in reading order, and this gives
 * each one back the id it was published under (matched by its opening words, in order).
 * A published paragraph whose text now continues another one (a corrected print split)
 * becomes an alias inside it; new paragraphs get numbers after every published one, so no
 * later id is renumbered.
 */
export function keepPublishedIds(doc: EditionDocument, published: AnchorRegistry): void {
  const texts = paragraphTexts(doc);
  const ownHeads = headsWithoutLead(doc);
  const pub = Object.entries(published)
    .filter((e): e is [string, string] => paraNumber(e[0]) !== null && typeof e[1] === 'string')
    .sort((a, b) => paraNumber(a[0])! - paraNumber(b[0])!);
  const rename = new Map<string, string>();
  const skipped: [string, string][] = [];
  let j = 0;
  for (const p of doc.paragraphs) {
    const h = head(texts.get(p.id)!);
    const k = pub.findIndex(([, was], i) => i >= j && (was === h || was === ownHeads.get(p.id)));
    if (k < 0) continue;
    skipped.push(...pub.slice(j, k));
    rename.set(p.id, pub[k]![0]);
    j = k + 1;
  }
  skipped.push(...pub.slice(j));
  let next = Math.max(0, ...Object.keys(published).map((id) => paraNumber(id) ?? 0));
  for (const p of doc.paragraphs) if (!rename.has(p.id)) rename.set(p.id, published && Object.keys(published).length ? `p${++next}` : p.id);
  const to = (id: string) => rename.get(id) ?? id;
  for (const p of doc.paragraphs) p.id = to(p.id);
  for (const b of doc.blocks) {
    if (b.type === 'para') b.para = to(b.para);
    else if (b.type === 'aside') b.paras = b.paras.map(to);
  }
  for (const a of doc.annotations) if (a.target) a.target = to(a.target);
  const now = paragraphTexts(doc);
  const aliases: NonNullable<EditionDocument['aliases']> = [];
  const keep = [...skipped, ...Object.entries(published).filter((e): e is [string, RetiredAnchor] => typeof e[1] !== 'string').map(([id, r]) => [id, r.head] as [string, string])];
  for (const [id, was] of keep) {
    const target = [...now].find(([, t]) => squash(t).slice(1).includes(was));
    if (target) aliases.push({ id, target: target[0], head: was });
  }
  if (aliases.length) doc.aliases = aliases;
}

export interface AnchorCheck {
  /** Published ids that now point elsewhere or no longer exist: citations would break. */
  broken: { id: string; was: string; now: string | null }[];
  /** Ids not yet published. */
  added: string[];
  /** Ids that became aliases of another element since they were published. */
  retired: [string, RetiredAnchor][];
}

/** Ids are compared by the words they open on, so a corrected typo mid-paragraph does not trip the check, a shift does. */
export function checkAnchors(published: AnchorRegistry, doc: EditionDocument): AnchorCheck {
  const current = anchorsOf(doc);
  const ownHeads = headsWithoutLead(doc);
  const aliases = new Map((doc.aliases ?? []).map((a) => [a.id, a]));
  const broken = Object.entries(published)
    .map(([id, v]) => ({ id, was: typeof v === 'string' ? v : v.head }))
    .filter(({ id, was }) => current[id] !== was && ownHeads.get(id) !== was)
    .map(({ id, was }) => ({ id, was, now: current[id] ?? null }));
  const retired = Object.entries(published).flatMap(([id, v]): [string, RetiredAnchor][] => {
    const a = aliases.get(id);
    return typeof v === 'string' && a ? [[id, { head: a.head, alias: a.target, reason: `its text now continues #${a.target}: the paragraphs were one paragraph split by a print break, joined by the editors` }]] : [];
  });
  return { broken, added: Object.keys(current).filter((id) => !(id in published)), retired };
}
