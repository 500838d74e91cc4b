import type { MagazineEdition } from '../edition/schema.ts';
import { EditionError } from '../errors.ts';
import type { DocumentMeta, EditionDocument, IssueRecord, Person, Printed, TocEntry } from '../model.ts';
import type { SourceText } from '../source.ts';
import { assemble } from './assemble.ts';
import { noteOmissions, readingLines } from './lines.ts';
import { Notes } from './notes.ts';
import { normalizePunctuation } from './punctuation.ts';
import type { Line } from './structure.ts';

const JUMP_OUT = /\s*[（(]下转第(\d+)页[）)]\s*$/;
const JUMP_IN = /^\s*[（(]上接第(\d+)页[）)]\s*/;
const PINYIN = /^[A-Za-z][A-Za-z ]+$/;
const AFFILIATION = /^[（(](作者(?:系|单位[:：]?))(.+)[）)]$/;
const DATELINE = /^[（(](\d{4})年(\d{1,2})月(\d{1,2})日[）)]$/;
const OCCASION = /^——(\d{4})年(\d{1,2})月(\d{1,2})日在(.+?)上$/;

const squash = (s: string) => s.replace(/[\s·・]/g, '');
const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
const norm = (s: string) => normalizePunctuation(s.trim()).text;

/** "原勇兵 邢 菲" → 原勇兵, 邢菲: single characters spaced out belong to one two-character name. */
export function splitNames(s: string): string[] {
  const names: string[] = [];
  for (const token of s.trim().split(/\s+/)) {
    const last = names.at(-1);
    if ([...token].length === 1 && last !== undefined && [...last].length === 1) names[names.length - 1] = last + token;
    else names.push(token);
  }
  return names;
}

interface RawToc {
  page: number;
  text: string;
  /** Last source line of the entry (an author or subtitle may continue it on the next line). */
  line: number;
  src: number[];
  column: string;
}

function parseToc(src: SourceText, [from, to]: readonly [number, number]): RawToc[] {
  const out: RawToc[] = [];
  let column = '';
  for (let n = from + 1; n <= to; n++) {
    const line = src.lines[n]!.trim();
    if (!line) continue;
    const entry = line.match(/^-\s*(\d+)\s+(.+)$/);
    if (entry) out.push({ page: Number(entry[1]), text: entry[2]!, line: n, src: [n], column });
    // A line printed right under an entry (no blank line) continues it: author or subtitle.
    else if (src.lines[n - 1]!.trim() !== '' && out.length && out.at(-1)!.line === n - 1) {
      const last = out.at(-1)!;
      last.text += ` ${line}`;
      last.line = n;
      last.src.push(n);
    } else column = line;
  }
  return out;
}

interface Region {
  toc: RawToc;
  entry: MagazineEdition['articles'][number];
  title: number;
  end: number;
  pages: [number, number];
}

function locateArticles(src: SourceText, ed: MagazineEdition, toc: RawToc[]): Region[] {
  if (toc.length !== ed.articles.length)
    throw new EditionError(src.file, ed.regions.toc.lines[0], `the table of contents lists ${toc.length} articles but the edition file describes ${ed.articles.length}`, 'give `articles` one entry per TOC item, in TOC order');
  const end = ed.regions.posters[0]?.lines[0] ?? src.lines.length;
  let n = ed.regions.toc.lines[1] + 1;
  const found = toc.map((t) => {
    const target = squash(t.text);
    for (; n < end; n++) {
      const line = squash(src.lines[n]!);
      const next = src.lines.slice(n + 1, n + 7).find((l) => l.trim().startsWith('◎'));
      if (line.length >= 4 && target.startsWith(line) && next) return n++;
    }
    throw new EditionError(src.file, t.line, `no article titled like TOC entry “${t.text}” follows the table of contents`, 'check the title line and its ◎ author line in the body');
  });
  return found.map((title, i) => ({
    toc: toc[i]!,
    entry: ed.articles[i]!,
    title,
    end: (found[i + 1] ?? end) - 1,
    pages: [toc[i]!.page, (toc[i + 1]?.page ?? toc[i]!.page + 1) - 1] as [number, number],
  }));
}

/** Splits one article region into header, own lines and hosted continuation fragments. */
function readRegion(src: SourceText, r: Region) {
  let bodyStart = r.title + 1;
  const header: { subtitle?: string; people: string[]; dateline?: string; pinyin: number[]; from: DocumentMeta['from'] } = { people: [], pinyin: [], from: { title: { src: [r.title] } } };
  for (let n = r.title + 1; n <= r.end; n++) {
    const t = src.lines[n]!.trim();
    if (!t) continue;
    if (PINYIN.test(t)) header.pinyin.push(n);
    else if (t.startsWith('——')) [header.subtitle, header.from.subtitle] = [t, { src: [n] }];
    else if (t.startsWith('◎')) [header.people, header.from.byline] = [splitNames(t.slice(1)), { src: [n], mark: '◎' }];
    else if (DATELINE.test(t)) [header.dateline, header.from.dateline] = [t, { src: [n] }];
    else break;
    bodyStart = n + 1;
  }
  const jumpIn = src.lines.findIndex((l, n) => n >= bodyStart && n <= r.end && JUMP_IN.test(l));
  let end = r.end;
  while (end > bodyStart && src.lines[end]!.trim() === '') end--;
  const ownEnd = jumpIn > 0 ? jumpIn - 1 : end;
  const fragment = jumpIn > 0 ? { page: Number(src.lines[jumpIn]!.match(JUMP_IN)![1]), from: jumpIn, to: end, host: r } : null;
  return { header, bodyStart, ownEnd, fragment };
}

export interface ParsedIssue {
  issue: EditionDocument;
  documents: EditionDocument[];
}

export function parseMagazine(ed: MagazineEdition, src: SourceText): ParsedIssue {
  const regions = locateArticles(src, ed, parseToc(src, ed.regions.toc.lines));
  const reads = regions.map((r) => ({ r, ...readRegion(src, r) }));
  const fragments = reads.flatMap((x) => (x.fragment ? [x.fragment] : []));
  const issueRecord = readIssueRecord(src, ed);
  const publication = (pages: number[]) => ({
    title: ed.issue.magazine,
    year: ed.issue.year,
    issue: ed.issue.number,
    cumulative: ed.issue.cumulative,
    published: ed.issue.published,
    pages,
    issueId: ed.issue.id,
  });

  // Which continuation each （下转…） points at, settled before any article is assembled.
  const partnersOf = (r: Region, target: number) => fragments.filter((f) => f.page >= r.pages[0] && f.page <= r.pages[1] && target >= f.host.pages[0] && target <= f.host.pages[1]);
  const pointedAt = new Set(
    reads.flatMap(({ r, bodyStart, ownEnd }) => {
      const n = src.lines.slice(0, ownEnd + 1).findLastIndex((l, i) => i >= bodyStart && l.trim() !== '');
      const out = src.lines[n]?.match(JUMP_OUT);
      if (!out) return [];
      const target = Number(out[1]);
      const partners = partnersOf(r, target);
      if (partners.length !== 1)
        throw new EditionError(src.file, n, `（下转第${target}页） has ${partners.length ? 'more than one' : 'no'} matching （上接第…页） continuation`, `the continuation must start with （上接第${r.pages[0]}–${r.pages[1]}页） inside the article printed on page ${target}`);
      return partners;
    }),
  );
  for (const f of fragments)
    if (!pointedAt.has(f)) throw new EditionError(src.file, f.from, `（上接第${f.page}页） continues no article: no （下转…） marker points here`, `add the matching （下转第N页） at the end of the article on page ${f.page}, or record the text as excluded`);
  const documents = reads.map(({ r, header, bodyStart, ownEnd }) => {
    const notes = new Notes();
    for (const n of header.pinyin) notes.add('removed', [n], { what: 'running title' }, { original: src.lines[n]!.trim() });
    noteOmissions(src, ed, notes, r.title, r.end);
    const lines = readingLines(src, ed, notes, bodyStart, ownEnd);
    const pages: number[] = [];
    for (let p = r.pages[0]; p <= r.pages[1]; p++) pages.push(p);
    const last = lines.at(-1);
    const out = last && last.parts.at(-1)?.t === 'text' ? (last.parts.at(-1) as { s: string }).s.match(JUMP_OUT) : null;
    for (const l of lines.slice(0, -1)) {
      const t = l.parts.map((p) => (p.t === 'text' ? p.s : '')).join('');
      if (JUMP_OUT.test(t) || JUMP_IN.test(t)) throw new EditionError(src.file, l.n, 'a jump marker stands inside the running text of an article', 'markers must end an article part (下转) or begin a continuation (上接); fix the source layout decision in the edition file');
    }
    if (out && last) {
      const target = Number(out[1]);
      const f = partnersOf(r, target)[0]!;
      const lastText = last.parts.at(-1) as { t: 'text'; s: string };
      lastText.s = lastText.s.replace(JUMP_OUT, '');
      // Quoted from the source line itself, so the note shows its half- or full-width brackets.
      const jout = src.lines[last.n]!.match(JUMP_OUT)![0].trim();
      const jin = src.lines[f.from]!.match(JUMP_IN)![0].trim();
      last.joinNext = {
        note: notes.add('continuation', [last.n, f.from], { page: target, part: [f.from, f.to], jumpOut: jout, jumpIn: jin }, {
          original: `${jout}… ${jin}`,
          claims: [{ line: last.n, text: jout }, { line: f.from, text: jin }],
        }),
      };
      const more = readingLines(src, ed, notes, f.from, f.to);
      more[0]!.parts = more[0]!.parts.map((p) => (p.t === 'text' ? { t: 'text' as const, s: p.s.replace(JUMP_IN, '') } : p));
      lines.push(...more);
      pages.push(target);
    }
    const signoff = takeSignoff(lines);
    const affiliation = signoff ? norm(signoff.text.match(AFFILIATION)![2]!) : undefined;
    const body = assemble(lines, notes, src.file);
    if (signoff) body.blocks.push({ type: 'signoff', id: 'signoff', text: norm(signoff.text), src: [signoff.line] });
    const e = r.entry;
    const occasion = header.subtitle?.match(OCCASION);
    const dated = header.dateline?.match(DATELINE);
    const derivedDate = occasion ? iso(occasion[1]!, occasion[2]!, occasion[3]!) : dated ? iso(dated[1]!, dated[2]!, dated[3]!) : null;
    if (e.date && derivedDate && e.date !== derivedDate)
      throw new EditionError(src.file, r.title, `the edition file dates “${e.id}” ${e.date} but the article says ${derivedDate}`, 'remove `date` from the edition entry or correct it');
    const people: Person[] = e.people ?? header.people.map((name) => ({ name, ...(affiliation ? { affiliation } : {}) }));
    const titleText = norm(src.lines[r.title]!.replace(/\s+/g, ' '));
    const meta: DocumentMeta = {
      id: e.id,
      kind: e.kind,
      title: { 'zh-Hans': e.title['zh-Hans'] ?? titleText },
      titleSupplied: false,
      city: e.city ?? ed.issue.city,
      date: e.date ?? derivedDate,
      ...(e.dateNote ? { dateNote: e.dateNote } : {}),
      occasion: e.occasion ?? occasion?.[4] ?? null,
      ...(header.subtitle ? { subtitle: norm(header.subtitle) } : {}),
      ...(header.dateline ? { dateline: norm(header.dateline) } : {}),
      people,
      publication: publication(pages),
      completeness: e.completeness,
      source: { file: src.file, description: e.description, lines: [r.title, r.end] },
      from: header.from,
    };
    const tocEntry = issueRecord.toc[regions.indexOf(r)]!;
    tocEntry.doc = e.id;
    tocEntry.authors = header.people;
    const printed = stripAuthors(r.toc.text, header.people);
    tocEntry.title = printed.title;
    if (printed.subtitle) tocEntry.subtitle = printed.subtitle;
    return { meta, ...body };
  });

  const chronicle = parseChronicle(src, ed, publication);
  const issue: EditionDocument = {
    meta: {
      id: ed.issue.id,
      kind: 'issue',
      title: { 'zh-Hans': ed.issue.title['zh-Hans'] ?? `${ed.issue.magazine} ${ed.issue.year}年第${ed.issue.number}期` },
      titleSupplied: false,
      city: ed.issue.city,
      date: ed.issue.published,
      occasion: null,
      people: ed.issue.people ?? [],
      publication: publication([]),
      completeness: ed.issue.completeness,
      source: { file: src.file, description: ed.issue.description, lines: [1, src.lines.length - 1] },
      from: {},
    },
    sections: [],
    paragraphs: [],
    blocks: [],
    annotations: issueNotes(src, ed),
    issue: issueRecord,
  };
  return { issue, documents: [...documents, chronicle] };
}

/** The TOC prints title, subtitle and authors in one entry: split them. */
function stripAuthors(entry: string, authors: string[]): { title: string; subtitle?: string } {
  let t = entry.trim();
  for (const a of [...authors].reverse()) {
    const spaced = [...a].join('\\s*');
    t = t.replace(new RegExp(`\\s*${spaced}\\s*$`), '');
  }
  const sub = t.match(/\s*(——.*)$/);
  return { title: norm(sub ? t.slice(0, sub.index) : t), ...(sub ? { subtitle: norm(sub[1]!) } : {}) };
}

/** The （作者系…） line that closes an article: it leaves the paragraphs but keeps its place and wording. */
function takeSignoff(lines: Line[]): { text: string; line: number } | undefined {
  const last = lines.at(-1);
  const t = last?.parts.map((p) => (p.t === 'text' ? p.s : '')).join('').trim();
  if (!last || !t || !AFFILIATION.test(t)) return undefined;
  lines.pop();
  return { text: t, line: last.n };
}

// List bullets of the text extraction and ornaments printed before a line (- ◎, ◇).
const ORNAMENT = /^(?:-\s*)?[◎◇]?\s*/;

function readIssueRecord(src: SourceText, ed: MagazineEdition): IssueRecord {
  const printed = ([a, b]: readonly [number, number]): Printed[] => {
    const out: Printed[] = [];
    for (let n = a; n <= b; n++) {
      const raw = src.lines[n]!.trim();
      if (!raw || PINYIN.test(raw)) continue;
      const mark = raw.match(ORNAMENT)![0];
      out.push({ text: norm(raw.slice(mark.length)), line: n, ...(mark.trim() ? { mark: mark.trim() } : {}) });
    }
    return out;
  };
  const masthead: IssueRecord['masthead'] = [];
  for (const { text: line, line: n } of printed(ed.regions.masthead.lines)) {
    const m = line.match(/^([^:：<]{2,8})[:：]\s*(.*)$/);
    const last = masthead.at(-1);
    // Unlabelled lines under a label continue its list of names (编委, 副主编).
    if (m) masthead.push({ label: m[1]!.trim(), value: norm(m[2]!), src: [n] });
    else if (last?.label) {
      last.value += ` ${line}`;
      last.src.push(n);
    } else masthead.push({ label: '', value: line, src: [n] });
  }
  const toc = parseToc(src, ed.regions.toc.lines);
  const columns: Printed[] = [];
  for (let n = ed.regions.toc.lines[0] + 1; n <= ed.regions.toc.lines[1]; n++) {
    const t = src.lines[n]!.trim();
    if (t && !t.startsWith('-') && !toc.some((e) => e.src.includes(n)) && src.lines[n - 1]!.trim() === '') columns.push({ text: norm(t), line: n });
  }
  return {
    magazine: ed.issue.magazine,
    year: ed.issue.year,
    number: ed.issue.number,
    cumulative: ed.issue.cumulative,
    published: ed.issue.published,
    frequency: ed.issue.frequency,
    cover: printed(ed.regions.cover.lines),
    masthead,
    tocTitle: { text: norm(src.lines[ed.regions.toc.lines[0]]!), line: ed.regions.toc.lines[0] },
    toc: toc.map((t): TocEntry => ({ page: t.page, title: norm(t.text), authors: [], column: t.column, doc: null, src: t.src })),
    columns,
    posters: ed.regions.posters.map((r) => printed(r.lines)),
    slogans: printed(ed.regions.slogans.lines),
    imprint: printed(ed.regions.imprint.lines),
  };
}

function issueNotes(src: SourceText, ed: MagazineEdition) {
  const notes = new Notes();
  for (const r of [ed.regions.cover.lines, ed.regions.masthead.lines])
    for (let n = r[0]; n <= r[1]; n++)
      if (PINYIN.test(src.lines[n]!.trim())) notes.add('removed', [n], { what: 'masthead pinyin' }, { original: src.lines[n]!.trim() });
  notes.add('normalized', [], { scope: 'issue' });
  return notes.finish([], new Map(), new Map());
}

function parseChronicle(src: SourceText, ed: MagazineEdition, publication: (pages: number[]) => DocumentMeta['publication']): EditionDocument {
  const [from, to] = ed.regions.chronicle.lines;
  const notes = new Notes();
  const title = norm(src.lines[from]!);
  const body = assemble(readingLines(src, ed, notes, from + 1, to), notes, src.file);
  const year = ed.issue.year;
  for (const p of body.paragraphs) {
    const t = p.content.map((c) => (c.t === 'text' ? c.s : '')).join('');
    const m = t.match(/^(\d{1,2})月(\d{1,2})日(?:至(?:(\d{1,2})月)?(\d{1,2})日)?/);
    if (!m) throw new EditionError(src.file, p.lines[0], 'a chronicle entry must begin with its date (2月3日，…)', 'join the line to the entry before it with a `joins` decision');
    p.date = iso(String(year), m[1]!, m[2]!);
    if (m[4]) p.dateEnd = iso(String(year), m[3] ?? m[1]!, m[4]);
  }
  const e = ed.chronicle;
  return {
    meta: {
      id: e.id,
      kind: 'chronicle',
      title: { 'zh-Hans': e.title['zh-Hans'] ?? title },
      titleSupplied: false,
      city: e.city ?? ed.issue.city,
      date: e.date ?? null,
      occasion: null,
      people: e.people ?? [],
      publication: publication([]),
      completeness: e.completeness,
      source: { file: src.file, description: e.description, lines: [from, to] },
      from: { title: { src: [from] } },
    },
    ...body,
  };
}

