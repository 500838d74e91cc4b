import { describe, expect, it } from 'vitest';
import { doc, fullText, outline } from '../helpers.ts';
import { OUTLINES } from './outlines.expected.ts';

describe.each(Object.keys(OUTLINES))('section tree of %s', (id) => {
  it('follows the document’s own numbering', () => expect(outline(doc(id), 2)).toEqual(OUTLINES[id]));

  it('numbers paragraphs p1…pN in reading order and gives every section and paragraph one id', () => {
    const d = doc(id);
    expect(d.paragraphs.map((p) => p.id)).toEqual(d.paragraphs.map((_, i) => `p${i + 1}`));
    const ids = [...d.sections.map((s) => s.id), ...d.paragraphs.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('reports', () => {
  it('太原: the lost 大 is supplied in 〔〕 with a note, the title is marked as supplied, the subtitle joined', () => {
    const d = doc('taiyuan-2021-report');
    expect(fullText(d)).toContain('〔大〕力发展3岁以下婴幼儿托育服务');
    expect(d.annotations.find((a) => a.type === 'supplied')).toMatchObject({ lines: [90] });
    expect(d.meta.titleSupplied).toBe(true);
    expect(d.annotations.some((a) => a.type === 'supplied-title')).toBe(true);
    expect(d.meta.subtitle).toBe('——2021年2月23日在太原市第十四届人民代表大会第六次会议上');
    expect(d.sections.find((s) => s.id === 's3-8-2')).toMatchObject({ title: '办好人民满意教育', runIn: true });
  });

  it('长治: web chrome leaves the reading text and is listed in the source notes', () => {
    const d = doc('changzhi-2021-report');
    const text = fullText(d);
    for (const chrome of ['点击查阅', '责任编辑', '精彩图片', '查看余下全文', '来源：长治市政府', '15:48']) expect(text).not.toContain(chrome);
    expect(d.annotations.filter((a) => a.type === 'removed').map((a) => a.lines[0])).toEqual([3, 5, 183, 185, 187, 190]);
    expect(d.paragraphs.at(-1)!.content.map((c) => (c.t === 'text' ? c.s : '')).join('')).toMatch(/以优异成绩庆祝中国共产党成立100周年！$/);
  });

  it('运城: the boxed sidebar stays apart, the foreign (上接03版) fragment is excluded, the split paragraph is joined', () => {
    const d = doc('yuncheng-report-abstract');
    const text = fullText(d);
    expect(text).not.toContain('储祥好');
    expect(text).not.toContain('上接');
    expect(d.annotations.find((a) => a.type === 'excluded')).toMatchObject({ lines: [77, 78, 79] });
    const aside = d.blocks.find((b) => b.type === 'aside');
    expect(aside && aside.type === 'aside' && aside.paras).toHaveLength(5);
    expect(text).toContain('统筹推进各领域安全。加强政府债务管理');
    expect(text).toContain('统筹推进各领域安全。加强政府债务管理');
  });

  it('晋城 2020: the excerpt starts at （三） and the web editor line is gone', () => {
    const d = doc('jincheng-2020-report');
    expect(d.sections[0]!.id).toBe('s3');
    expect(fullText(d)).not.toContain('宋雅静');
    expect(d.meta.completeness.status).toBe('excerpt');
  });

  it('normalises half-width punctuation in every reading text and says so', () => {
    for (const id of Object.keys(OUTLINES)) {
      const d = doc(id);
      expect(fullText(d)).not.toMatch(/[\p{Script=Han}][,;!?]|[,;!?][\p{Script=Han}]/u);
      expect(d.annotations.some((a) => a.type === 'normalized')).toBe(true);
    }
  });
});
