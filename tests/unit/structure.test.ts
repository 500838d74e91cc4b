import { describe, expect, it } from 'vitest';
import type { Inline } from '../../src/lib/model.ts';
import { note, plain } from '../../src/lib/parse/inline.ts';
import { Notes } from '../../src/lib/parse/notes.ts';
import { buildStructure, continuesInto, joinLines, normalizeBlock, type Block0, type Line } from '../../src/lib/parse/structure.ts';
import { editionError } from '../helpers.ts';

const t = (s: string): Inline => ({ t: 'text', s });
const line = (n: number, s: string, more: Partial<Line> = {}): Line => ({ n, parts: [t(s)], ...more });
const block = (n: number, s: string, more: Partial<Block0> = {}): Block0 => ({ parts: [t(s)], lines: [n, n], src: [n], ...more });
const LONG = '全面推进各项工作，确保目标任务圆满完成，推动经济社会持续健康发展，不断提升人民群众的获得感幸福感安全感。';

describe('whether a printed line break falls inside a paragraph', () => {
  it.each([
    ['一、', '总体要求', true],
    ['一、总体要求', '今年的工作', false],
    ['坚持稳中求进，', '推动高质量发展', true],
    ['市、县、', '乡三级', true],
    ['加强统筹；', '完善机制', true],
    ['一方面——', '另一方面', true],
    ['各位代表：', '现在', false],
    ['比例为3：', '7', true],
    ['全面完成。', '今年', false],
    ['“十四五”', '开局', false],
    ['（下转第5页）', '正文', false],
    ['推动经济', '高质量发展', true],
    ['推动经济', '（一）加快发展', false],
    ['推动经济', '一是加快发展', false],
    ['一、 ', '总体要求', true],
    ['全面完成。 ', '今年', false],
    ['比例为3： ', '7', true],
    ['坚持稳中求进， ', '推动', true],
    [`一、${'甲'.repeat(48)}`, '乙', false],
    [`一、${'甲'.repeat(49)}`, '乙', true],
  ] as const)('%s | %s → %s', (prev, next, joined) => expect(continuesInto(prev, next)).toBe(joined));
});

describe('joining lines into paragraphs', () => {
  it('joins a line that breaks mid-sentence, with a note naming both lines', () => {
    const notes = new Notes();
    const [b, c] = joinLines([line(1, '推动经济'), line(3, '高质量发展。'), line(4, '今年的目标是稳定增长。')], notes);
    expect(b).toEqual({ parts: [t('推动经济'), note('tmp0'), t('高质量发展。')], lines: [1, 3], src: [1, 3], aside: undefined });
    expect(c!.lines).toEqual([4, 4]);
    expect(notes.list).toMatchObject([{ type: 'join', lines: [1, 3], detail: { cause: 'break' } }]);
  });

  it('joins a number printed on its own line to its heading without a note', () => {
    const notes = new Notes();
    expect(joinLines([line(1, '一、'), line(2, '总体要求')], notes)).toEqual([{ parts: [t('一、总体要求')], lines: [1, 2], src: [1, 2], aside: undefined }]);
    expect(notes.list).toEqual([]);
  });

  it('follows the edition’s joins and breaks, and never joins across a sidebar’s edge', () => {
    const notes = new Notes();
    const forced = joinLines([line(1, '全面完成。', { joinNext: { note: 'j1' } }), line(2, '今年')], notes);
    expect(forced).toEqual([{ parts: [t('全面完成。'), note('j1'), t('今年')], lines: [1, 2], src: [1, 2], aside: undefined }]);
    expect(joinLines([line(1, '推动经济', { breakAfter: true }), line(2, '高质量发展')], notes)).toHaveLength(2);
    expect(joinLines([line(1, '推动经济'), line(2, '高质量发展', { aside: 0 })], notes)).toHaveLength(2);
    // Inside a sidebar only the edition joins lines: its short items look unfinished.
    expect(joinLines([line(1, '推动经济', { aside: 0 }), line(2, '高质量发展', { aside: 0 })], notes)).toHaveLength(2);
    expect(joinLines([line(1, '一、总体', { renumber: { as: 2, reason: '重号' } })], notes)[0]).toMatchObject({ renumber: { as: 2, reason: '重号' } });
    expect(notes.list).toEqual([]);
  });

  it('normalises a block’s punctuation and counts the changes', () => {
    // Trimmed as one text: only the block's own ends.
    expect(normalizeBlock([t(' 甲,乙 '), note('n'), t('丙; ')])).toEqual({ parts: [t('甲，乙 '), note('n'), t('丙；')], changes: 2 });
  });
});

describe('the section tree', () => {
  const build = (blocks: Block0[], notes = new Notes()) => buildStructure(blocks, 'x.txt', notes);
  const shape = (s: ReturnType<typeof build>) => s.sections.map((x) => [x.id, x.number, x.title, x.parent, x.level, x.runIn]);

  it('nests numbered headings by rank, with ids from their numbers', () => {
    const s = build([block(1, '一、总体要求'), block(2, LONG), block(3, '（一）加快转型发展'), block(4, LONG), block(5, '1.推进改革'), block(6, LONG), block(7, '二、工作安排'), block(8, LONG)]);
    expect(shape(s)).toEqual([
      ['s1', '一、', '总体要求', null, 1, false],
      ['s1-1', '（一）', '加快转型发展', 's1', 2, false],
      ['s1-1-1', '1.', '推进改革', 's1-1', 3, false],
      ['s2', '二、', '工作安排', null, 1, false],
    ]);
    expect(s.paragraphs.map((p) => [p.id, p.section])).toEqual([['p1', 's1'], ['p2', 's1-1'], ['p3', 's1-1-1'], ['p4', 's2']]);
    expect(s.blocks.map((b) => b.type)).toEqual(['heading', 'para', 'heading', 'para', 'heading', 'para', 'heading', 'para']);
  });

  it('opens a section with the first sentence of a numbered paragraph, which leads it', () => {
    const s = build([block(1, '一、总体要求'), block(2, `（一）加快转型发展。${LONG}`)]);
    expect(s.sections[1]).toMatchObject({ id: 's1-1', number: '（一）', title: '加快转型发展', runIn: true, printed: [t('（一）加快转型发展。')] });
    expect(s.paragraphs[0]).toMatchObject({ id: 'p1', section: 's1-1', lead: 's1-1', content: [t(LONG)] });
  });

  it('makes enumerations (一是…) sections only in an unbroken count from 一, each closing after its paragraph', () => {
    const s = build([block(1, '一、总体要求'), block(2, '一是加快发展。推进各项工作'), block(3, '二是深化改革。推进各项工作'), block(4, '收尾的段落推进各项工作'), block(5, '五是孤立的一项。推进工作')]);
    expect(shape(s)).toEqual([['s1', '一、', '总体要求', null, 1, false], ['s1-e1', '一是', '加快发展', 's1', 2, true], ['s1-e2', '二是', '深化改革', 's1', 2, true]]);
    expect(s.paragraphs.map((p) => p.section)).toEqual(['s1-e1', 's1-e2', 's1', 's1']);
    expect(shape(build([block(1, '二是深化改革。推进各项工作'), block(2, '三是扩大开放。推进各项工作')]))).toEqual([]);
    expect(shape(build([block(1, '一是加快发展。推进各项工作')]))).toEqual([]);
  });

  it('makes short first sentences run-in headings only in company, inside numbered sections', () => {
    const items = [block(2, '坚持创新驱动。推进各项工作'), block(3, '坚持绿色发展。推进各项工作')];
    const s = build([block(1, '一、总体要求'), ...items, block(4, '各位代表，让我们共同努力。'), block(5, '二、工作安排')]);
    expect(shape(s)).toEqual([['s1', '一、', '总体要求', null, 1, false], ['s1-1', null, '坚持创新驱动', 's1', 2, true], ['s1-2', null, '坚持绿色发展', 's1', 2, true], ['s2', '二、', '工作安排', null, 1, false]]);
    // 各位代表 steps out of the run-in topic, back into the numbered section.
    expect(s.paragraphs.map((p) => p.section)).toEqual(['s1-1', 's1-2', 's1']);
    expect(shape(build(items))).toEqual([]);
    expect(shape(build([block(1, '一、总体要求'), items[0]!]))).toHaveLength(1);
  });

  it('takes a numbered paragraph’s first sentence as its heading only up to 64 characters, and a heading line only up to 48 after its number', () => {
    const at64 = build([block(1, '一、总体要求'), block(2, `（一）${'甲'.repeat(60)}。乙丙丁`)]);
    expect(plain(at64.sections[1]!.printed)).toBe(`（一）${'甲'.repeat(60)}。`);
    const over = build([block(1, '一、总体要求'), block(2, `（一）${'甲'.repeat(61)}。乙丙丁`)]);
    expect([plain(over.sections[1]!.printed), over.sections[1]!.title]).toEqual(['（一）', '']);
    expect(plain(over.paragraphs[0]!.content)).toBe(`${'甲'.repeat(61)}。乙丙丁`);
    expect(build([block(1, `一、${'甲'.repeat(48)}`)]).blocks).toEqual([{ type: 'heading', section: 's1' }]);
    expect(build([block(1, `一、${'甲'.repeat(49)}`)]).blocks).toEqual([{ type: 'para', para: 'p1' }]);
  });

  it('reads a short first sentence (3 to 24 characters, no comma) as a run-in heading', () => {
    const items = (a: string, b: string) => build([block(1, '一、总体要求'), block(2, `${a}推进各项工作`), block(3, `${b}推进各项工作`)]);
    expect(items('好。', '对。').sections).toHaveLength(1);
    expect(items('要创新。', '要协调。').sections.map((x) => x.title)).toEqual(['总体要求', '要创新', '要协调']);
    expect(items(`${'甲'.repeat(23)}。`, `${'乙'.repeat(23)}。`).sections).toHaveLength(3);
    expect(items(`${'甲'.repeat(24)}。`, `${'乙'.repeat(24)}。`).sections).toHaveLength(1);
    expect(items('坚持创新，驱动。', '坚持绿色，发展。').sections).toHaveLength(1);
  });

  it('joins a run-in heading printed on its own line to its paragraph, when its siblings open theirs', () => {
    const notes = new Notes();
    const s = build([block(1, '一、总体要求'), block(2, '坚持创新驱动。'), block(3, '推进各项工作，全面提升水平。'), block(4, '坚持绿色发展。推进各项工作')], notes);
    expect(shape(s)).toEqual([['s1', '一、', '总体要求', null, 1, false], ['s1-1', null, '坚持创新驱动', 's1', 2, true], ['s1-2', null, '坚持绿色发展', 's1', 2, true]]);
    expect(s.paragraphs.map((p) => [p.id, p.lead, plain(p.content), p.lines, p.src])).toEqual([['p1', 's1-1', '推进各项工作，全面提升水平。', [2, 3], [2, 3]], ['p2', 's1-2', '推进各项工作', [4, 4], [4]]]);
    expect(s.sections[1]!.printed).toEqual([t('坚持创新驱动。'), note('tmp0')]);
    expect(notes.list).toMatchObject([{ type: 'join', lines: [2, 3], detail: { cause: 'run-in' } }]);
  });

  it('keeps run-in headings on their own lines as headings where no sibling in the section opens its paragraph', () => {
    const s = build([block(1, '一、总体要求'), block(2, '坚持创新驱动。'), block(3, '推进各项工作，全面提升水平。'), block(4, '坚持协调发展。'), block(5, '推进各项工作，全面提升水平。'), block(6, '二、工作安排'), block(7, '坚持绿色发展。推进各项工作'), block(8, '坚持开放发展。推进各项工作')]);
    expect(s.blocks.slice(0, 5).map((b) => b.type)).toEqual(['heading', 'heading', 'para', 'heading', 'para']);
    expect(s.paragraphs.map((p) => [p.section, p.lead])).toEqual([['s1-1', undefined], ['s1-2', undefined], ['s2-1', 's2-1'], ['s2-2', 's2-2']]);
  });

  it('gives the closing address after the last section to the document itself', () => {
    const s = build([block(1, '一、总体要求'), block(2, LONG), block(3, '各位代表：让我们团结一心。')]);
    expect(s.paragraphs.map((p) => p.section)).toEqual(['s1', null]);
  });

  it('refuses a number printed twice, saying how to record the correction, and applies a recorded one with a note', () => {
    const e = editionError(() => build([block(1, '一、总体要求'), block(2, LONG), block(7, '一、工作安排')]));
    expect([e.file, e.line]).toEqual(['x.txt', 7]);
    expect(e.message).toContain('section id "s1" would be given twice: the heading “一、工作安排” repeats a number printed before it');
    expect(e.message).toContain('`renumbered: [{ line: 7, text: "一、工作安排", as: <the number it should have>, reason: … }]`');
    const notes = new Notes();
    const s = build([block(1, '一、总体要求'), block(2, LONG), block(7, '一、工作安排', { renumber: { as: 2, reason: '原文重号' } })], notes);
    expect(s.sections[1]).toMatchObject({ id: 's2', number: '一、', printed: [t('一、'), note('tmp0'), t('工作安排')] });
    expect(notes.list).toMatchObject([{ type: 'renumbered', lines: [7], detail: { printedNumber: '一、', countedAs: 2, reason: '原文重号' } }]);
  });

  it('collects a sidebar: its first block is the title, the rest its paragraphs', () => {
    const s = build([block(1, LONG), block(2, '专栏 重点项目', { aside: 0 }), block(3, '一、甲项目建设', { aside: 0 }), block(4, '二、乙项目建设', { aside: 0 }), block(5, LONG)]);
    expect(s.blocks).toEqual([{ type: 'para', para: 'p1' }, { type: 'aside', id: 'a1', title: [t('专栏 重点项目')], paras: ['p2', 'p3'], lines: [2, 4], src: [2] }, { type: 'para', para: 'p4' }]);
    expect(s.sections).toEqual([]);
    expect(s.paragraphs.map((p) => plain(p.content))).toEqual([LONG, '一、甲项目建设', '二、乙项目建设', LONG]);
  });
});
