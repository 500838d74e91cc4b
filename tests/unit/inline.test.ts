import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Inline, Paragraph, Section } from '../../src/lib/model.ts';
import { concat, editText, fromMarked, isMarker, note, plain, splitAt, text, toMarked } from '../../src/lib/parse/inline.ts';
import { Notes } from '../../src/lib/parse/notes.ts';

const runs: Inline[] = [{ t: 'text', s: '甲乙' }, note('a'), { t: 'text', s: '丙' }, note('b')];

describe('inline runs with note markers', () => {
  it('mark each note with one private-use character, in order, and read them back', () => {
    expect(toMarked(runs)).toEqual({ text: '甲乙\uE000丙\uE001', notes: ['a', 'b'] });
    expect(fromMarked('甲乙\uE000丙\uE001', ['a', 'b'])).toEqual(runs);
    expect(fromMarked('\uE000甲', ['a'])).toEqual([note('a'), { t: 'text', s: '甲' }]);
  });

  it('keep private-use characters that are not markers of this run as text', () => {
    expect(fromMarked('甲\uE001', ['a'])).toEqual([{ t: 'text', s: '甲\uE001' }]);
    expect(fromMarked('\uDFFF', [])).toEqual([{ t: 'text', s: '\uDFFF' }]);
  });

  it('round-trip any runs', () => {
    const inline = fc.oneof(fc.string({ minLength: 1 }).filter((s) => ![...s].some(isMarker)).map((s) => ({ t: 'text' as const, s })), fc.string({ minLength: 1 }).map(note));
    fc.assert(fc.property(fc.array(inline), (parts) => {
      const merged = concat(parts);
      const { text: t, notes } = toMarked(merged);
      expect(fromMarked(t, notes)).toEqual(merged);
    }));
  });

  it('tell markers from other characters', () => {
    expect([isMarker('\uE000'), isMarker('\uEFFF'), isMarker('\uF000'), isMarker('\uDFFF'), isMarker('甲'), isMarker(undefined)]).toEqual([true, true, false, false, false, false]);
  });

  it('edit the running text and keep every marker where it stands', () => {
    expect(editText(runs, (s) => s.replace('乙', '乙乙').replace('丙', ''))).toEqual([{ t: 'text', s: '甲乙乙' }, note('a'), note('b')]);
    expect(plain(runs)).toBe('甲乙丙');
  });

  it('split after a count of characters, markers at the cut going with the head', () => {
    expect(splitAt(runs, 2)).toEqual([[{ t: 'text', s: '甲乙' }, note('a')], [{ t: 'text', s: '丙' }, note('b')]]);
    expect(splitAt(runs, 1)).toEqual([[{ t: 'text', s: '甲' }], [{ t: 'text', s: '乙' }, note('a'), { t: 'text', s: '丙' }, note('b')]]);
    expect(splitAt([note('a'), { t: 'text', s: '甲' }], 0)).toEqual([[note('a')], [{ t: 'text', s: '甲' }]]);
    expect(splitAt(runs, 9)).toEqual([runs, []]);
  });

  it('concatenate runs, merging neighbouring text and dropping empty text', () => {
    expect(concat([{ t: 'text', s: '甲' }], [{ t: 'text', s: '乙' }, note('a')], [{ t: 'text', s: '' }, note('b')])).toEqual([{ t: 'text', s: '甲乙' }, note('a'), note('b')]);
    expect(concat([{ t: 'text', s: '' }])).toEqual([]);
    expect(text('')).toEqual([]);
    expect(text('甲')).toEqual([{ t: 'text', s: '甲' }]);
  });
});

describe('notes while parsing', () => {
  const section = (id: string, printed: Inline[]): Section => ({ id, number: null, title: id, printed, parent: null, level: 1, runIn: false, lines: [1, 1], src: [1] });
  const para = (id: string, content: Inline[], lead?: string): Paragraph => ({ id, section: null, content, lines: [1, 1], src: [1], ...(lead ? { lead } : {}) });

  it('number notes in reading order and give each a permanent id from its first source line', () => {
    const notes = new Notes();
    const late = notes.add('emendation', [219], {}, { original: 'and' });
    const early = notes.add('supplied', [12], { text: '大', reason: '脱字' }, { original: '' });
    const twin = notes.add('lacuna', [219], { reason: '残' }, { original: '' });
    const docLevel = notes.add('normalized', []);
    const inHeading = notes.add('join', [5, 6]);
    const inAside = notes.add('join', [30, 31]);
    const inLead = notes.add('emendation', [100]);
    const sections = new Map([['s1', section('s1', [{ t: 'text', s: '一、' }, note(inHeading)])], ['s2', section('s2', [{ t: 'text', s: '甲。' }, note(inLead)])]]);
    const paragraphs = new Map([
      ['p1', para('p1', [{ t: 'text', s: '甲' }, note(early), note(late)])],
      ['p2', para('p2', [note(twin)], 's2')],
      ['p3', para('p3', [])],
    ]);
    const blocks: Block[] = [{ type: 'heading', section: 's1' }, { type: 'para', para: 'p1' }, { type: 'para', para: 'p2' }, { type: 'aside', id: 'a1', title: [note(inAside)], paras: ['p3'], lines: [30, 31], src: [30, 31] }];
    const done = notes.finish(blocks, sections, paragraphs);
    expect(done.map((a) => [a.id, a.n, a.target])).toEqual([['n5', 1, 's1'], ['n12', 2, 'p1'], ['n219', 3, 'p1'], ['n100', 4, 's2'], ['n219-2', 5, 'p2'], ['n30', 6, 'a1'], ['n-normalized', 7, undefined]]);
    expect(paragraphs.get('p1')!.content).toEqual([{ t: 'text', s: '甲' }, note('n12'), note('n219')]);
    expect(sections.get('s1')!.printed[1]).toEqual(note('n5'));
    expect(sections.get('s2')!.printed[1]).toEqual(note('n100'));
    expect(blocks[3]).toMatchObject({ title: [note('n30')] });
    expect(done[1]).toMatchObject({ type: 'supplied', detail: { text: '大', reason: '脱字' }, original: '' });
    expect(done[1]!.text).toMatch(/大/);
    expect(done[0]).not.toHaveProperty('detail');
  });
});
