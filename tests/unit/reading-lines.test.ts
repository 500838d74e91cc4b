import { describe, expect, it } from 'vitest';
import type { Decisions } from '../../src/lib/edition/schema.ts';
import { note } from '../../src/lib/parse/inline.ts';
import { noteOmissions, readingLines } from '../../src/lib/parse/lines.ts';
import { Notes } from '../../src/lib/parse/notes.ts';
import type { SourceText } from '../../src/lib/source.ts';
import { editionError } from '../helpers.ts';

// lines[0] is unused: lines[n] is source line n.
const src: SourceText = { file: 'x.txt', lines: ['', '  甲乙丙  ', '', '导航 首页', '丁 and 戊', 'R and D 研发', '己庚', '辛壬', '（癸）and“子”'] };
const none: Decisions = { removed: [], excluded: [], joins: [], breaks: [], supplied: [], lacunae: [], asides: [], renumbered: [] };
const t = (s: string) => ({ t: 'text', s });

describe('the reading lines of a source', () => {
  it('are its trimmed non-blank lines from `from` to `to`, without removed, excluded or skipped lines', () => {
    const d: Decisions = { ...none, removed: [{ lines: [3, 3], text: '导航', what: 'navigation', reason: '网页导航' }], excluded: [{ lines: [5, 5], text: 'R', reason: '外文' }] };
    const lines = readingLines(src, d, new Notes(), 1, 12, (n) => n === 7);
    expect(lines.map((l) => l.n)).toEqual([1, 4, 6, 8]);
    expect(lines[0]).toEqual({ n: 1, parts: [t('甲乙丙')] });
    expect(readingLines(src, none, new Notes(), 2, 4).map((l) => l.n)).toEqual([3, 4]);
  });

  it('read an English “and” between Chinese text as 和, with a note, and leave Latin text alone', () => {
    const notes = new Notes();
    const [dingwu, latin, , , gui] = readingLines(src, none, notes, 4, 8);
    expect(dingwu!.parts).toEqual([t('丁和'), note('tmp0'), t('戊')]);
    expect(latin!.parts).toEqual([t('R and D 研发')]);
    expect(gui!.parts).toEqual([t('（癸）和'), note('tmp1'), t('“子”')]);
    expect(notes.list.map((a) => [a.type, a.lines, a.original])).toEqual([['emendation', [4], 'and'], ['emendation', [8], 'and']]);
  });

  it('insert supplied characters and lacunae before the text the decision names, each with its note', () => {
    const notes = new Notes();
    const d: Decisions = { ...none, supplied: [{ line: 1, before: '乙', text: '大', reason: '脱字' }], lacunae: [{ line: 1, before: '丙', reason: '残缺' }] };
    const [line] = readingLines(src, d, notes, 1, 1);
    expect(line!.parts).toEqual([t('甲〔大〕'), note('tmp0'), t('乙〔□〕'), note('tmp1'), t('丙')]);
    expect(notes.list.map((a) => [a.type, a.lines, a.detail])).toEqual([['supplied', [1], { text: '大', reason: '脱字' }], ['lacuna', [1], { reason: '残缺' }]]);
    const e = editionError(() => readingLines(src, { ...none, supplied: [{ line: 1, before: '丁', text: '大', reason: '脱字' }] }, new Notes(), 1, 1));
    expect([e.file, e.line, e.message]).toEqual(['x.txt', 1, 'x.txt:1: the edition file expects “丁” on this line\n  → the source changed: update `line`/`before` of that decision in the edition file']);
  });

  it('carry asides, breaks and renumbered headings on the lines they name', () => {
    const d: Decisions = {
      ...none,
      asides: [{ lines: [6, 7], text: '己', reason: '边栏' }],
      breaks: [{ line: 6, text: '己', reason: '分段' }],
      renumbered: [{ line: 7, text: '辛', as: 3, reason: '重号' }],
    };
    const lines = readingLines(src, d, new Notes(), 4, 8);
    expect(lines.map(({ n, aside, breakAfter, renumber }) => ({ n, aside, breakAfter, renumber }))).toEqual([
      { n: 4, aside: undefined, breakAfter: undefined, renumber: undefined },
      { n: 5, aside: undefined, breakAfter: undefined, renumber: undefined },
      { n: 6, aside: 0, breakAfter: true, renumber: undefined },
      { n: 7, aside: 0, breakAfter: undefined, renumber: { as: 3, reason: '重号' } },
      { n: 8, aside: undefined, breakAfter: undefined, renumber: undefined },
    ]);
  });

  it('join a line to the next text line when a decision says so, and refuse a join with nothing after it', () => {
    const notes = new Notes();
    const lines = readingLines(src, { ...none, joins: [{ line: 1, text: '甲', reason: '断行' }, { line: 6, text: '己', reason: '不在此段' }] }, notes, 1, 4);
    // tmp0 is line 4's emendation, made while reading; the join is noted after.
    expect(lines[0]!.joinNext).toEqual({ note: 'tmp1' });
    expect(lines.filter((l) => l.joinNext).map((l) => l.n)).toEqual([1]);
    expect(notes.list[1]).toMatchObject({ type: 'join', lines: [1, 3], detail: { cause: 'decision', reason: '断行' } });
    const e = editionError(() => readingLines(src, { ...none, joins: [{ line: 8, text: '（癸）', reason: '断行' }] }, new Notes(), 6, 8));
    expect([e.line, e.message]).toEqual([8, 'x.txt:8: a `joins` decision names a line with no following text line\n  → point `joins[].line` at the first of the two lines to join']);
  });
});

describe('notes for what the edition leaves out', () => {
  it('quote the lines removed or excluded in the range, joined by slashes', () => {
    const notes = new Notes();
    const d: Decisions = {
      ...none,
      removed: [{ lines: [3, 5], text: '导航', what: 'navigation', reason: '网页导航' }, { lines: [7, 7], text: '辛', what: 'web chrome', reason: '范围外' }],
      excluded: [{ lines: [1, 2], text: '甲', reason: '外文' }],
    };
    noteOmissions(src, d, notes, 1, 6);
    expect(notes.list.map((a) => [a.type, a.lines, a.detail, a.original])).toEqual([
      ['removed', [3, 4, 5], { what: 'navigation', reason: '网页导航' }, '导航 首页 / 丁 and 戊 / R and D 研发'],
      ['excluded', [1, 2], { reason: '外文' }, '甲乙丙'],
    ]);
  });
});
