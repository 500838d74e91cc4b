// The parsed document model: plain typed data shared by ingestion, MDX generation,
// the JSON/plain-text downloads and the Astro pages. No behaviour lives here.

export type Lang = 'zh-Hans' | 'zh-Hant' | 'en';
export type Kind = 'issue' | 'article' | 'report' | 'chronicle';

/** A span of the reading text. Note markers point at an annotation by id. */
export type Inline = { t: 'text'; s: string } | { t: 'note'; note: string };

export interface Section {
  id: string;
  /** The numbering as printed, normalised (e.g. "三、", "（二）", "一是"), or null for run-in headings. */
  number: string | null;
  /** Plain title without numbering or closing punctuation, for outlines and data. */
  title: string;
  /** The heading exactly as it reads in the text, numbering included. */
  printed: Inline[];
  parent: string | null;
  level: number;
  /** Run-in headings open the paragraph they stand in instead of standing alone. */
  runIn: boolean;
  lines: [number, number];
  /** Source lines the heading's block was made from, in reading order. */
  src: number[];
}

export interface Paragraph {
  id: string;
  section: string | null;
  content: Inline[];
  lines: [number, number];
  /** Source lines the paragraph was made from, in reading order (continuations may jump). */
  src: number[];
  /** Set when the paragraph begins with a run-in heading: the section it opens. */
  lead?: string;
  /** ISO date (or range start/end) for chronicle entries. */
  date?: string;
  dateEnd?: string;
}

export type Block =
  | { type: 'heading'; section: string }
  | { type: 'para'; para: string }
  | { type: 'aside'; id: string; title: Inline[]; paras: string[]; lines: [number, number]; src: number[] }
  /** A line printed after the text, such as （作者系…）: kept where and as it stands. */
  | { type: 'signoff'; id: string; text: string; src: number[] };

export type AnnotationType =
  | 'join' // paragraph split by a line, column or page break, joined
  | 'continuation' // 下转/上接 jump stitched
  | 'emendation' // corrected artifact (e.g. "and" for 和)
  | 'supplied' // characters supplied in 〔〕
  | 'lacuna' // characters lost and not supplied
  | 'supplied-title' // title not in the source
  | 'removed' // web chrome or print furniture left out of the reading text
  | 'excluded' // foreign material not part of the document
  | 'normalized' // punctuation normalised to full width
  | 'sidebar' // boxed text kept apart from the running text
  | 'relocated' // text moved by the editor (continuations)
  | 'renumbered'; // a heading's repeated or out-of-order number counted as it should be

/** What a note records beyond its kind and lines; `src/lib/notes/text.ts` writes it out per language. */
export interface NoteDetail {
  /** Why a join was made: a print break, an editor's decision, a broken subtitle, a heading on its own line. */
  cause?: 'break' | 'decision' | 'subtitle' | 'run-in';
  /** The editor's reason from the edition file (Chinese). */
  reason?: string;
  /** Removals: what was left out (the edition file's kinds, and the two the magazine parser removes itself). */
  what?: 'web chrome' | 'navigation' | 'dateline' | 'editor line' | 'photo caption' | 'related links' | 'print furniture' | 'duplicate' | 'running title' | 'masthead pinyin';
  /** Supplied characters, or a supplied title. */
  text?: string;
  /** How many punctuation marks were normalised, and where. */
  count?: number;
  scope?: 'text' | 'issue';
  /** Continuations: the page the text jumps to, the lines of the continued part, both markers as printed. */
  page?: number;
  part?: [number, number];
  jumpOut?: string;
  jumpIn?: string;
  /** Renumbered headings: the number as printed and the position it is counted at. */
  printedNumber?: string;
  countedAs?: number;
}

export interface Annotation {
  /** Permanent: made from the source line the note concerns (n219, n219-2), so notes added elsewhere never renumber it. */
  id: string;
  /** The note's number in reading order, as the text shows it. */
  n: number;
  type: AnnotationType;
  /** The note written out in the document's language (from `type`, `lines`, `original` and `detail`). */
  text: string;
  detail?: NoteDetail;
  lines: number[];
  /** The source form where the reading text differs from it. */
  original?: string;
  /** Paragraph or section the note is attached to, when it has a place in the text. */
  target?: string;
  /** Parts of source lines the note accounts for without the line being removed whole (jump markers). */
  claims?: { line: number; text: string }[];
}

/** A line of the issue record as printed: its text and source line (ornaments such as ◇ are recorded in `mark`). */
export interface Printed {
  text: string;
  line: number;
  mark?: string;
}

export interface Person {
  name: string;
  role?: string;
  affiliation?: string;
}

export interface TocEntry {
  page: number;
  title: string;
  /** A subtitle printed in the TOC entry (——2021年2月23日在…上). */
  subtitle?: string;
  authors: string[];
  column: string;
  doc: string | null;
  src: number[];
}

export interface IssueRecord {
  magazine: string;
  year: number;
  number: number;
  cumulative: number;
  published: string;
  frequency: string;
  cover: Printed[];
  masthead: { label: string; value: string; src: number[] }[];
  tocTitle: Printed;
  toc: TocEntry[];
  columns: Printed[];
  posters: Printed[][];
  slogans: Printed[];
  imprint: Printed[];
}

export interface DocumentMeta {
  id: string;
  kind: Kind;
  title: Partial<Record<Lang, string>> & { 'zh-Hans': string };
  titleSupplied: boolean;
  city: string;
  date: string | null;
  dateNote?: string;
  occasion: string | null;
  subtitle?: string;
  dateline?: string;
  people: Person[];
  publication?: {
    title: string;
    year: number;
    issue: number;
    cumulative: number;
    published: string;
    pages: number[];
    issueId: string;
  };
  completeness: { status: 'full' | 'excerpt' | 'abstract'; missing?: string };
  source: { file: string; description: string; lines: [number, number] };
  /** The title line as the source prints it, when the edition's title differs from it. */
  printedTitle?: string;
  /** Source lines of the title-block fields taken from the source, for the conservation check. */
  from: Partial<Record<'title' | 'subtitle' | 'byline' | 'dateline', { src: number[]; mark?: string }>>;
}

export interface EditionDocument {
  meta: DocumentMeta;
  sections: Section[];
  paragraphs: Paragraph[];
  blocks: Block[];
  annotations: Annotation[];
  /** Retired paragraph ids kept as anchors where their text now stands (see `keepPublishedIds`). */
  aliases?: { id: string; target: string; head: string }[];
  issue?: IssueRecord;
}
