import { describe, expect, it } from 'vitest';
import { reportEdition } from '../../src/lib/edition/schema.ts';
import { plain } from '../../src/lib/parse/inline.ts';
import { parseReport } from '../../src/lib/parse/report.ts';
import type { SourceText } from '../../src/lib/source.ts';
import { editionError } from '../helpers.ts';

// A miniature work report: a title block over four lines, the address, one numbered section.
const SOURCE = ['太原市政府工作报告', '——2021年2月23日在太原市第十四届人民代表大会', '第六次会议上', '代市长 张新伟', '', '各位代表：', '现在，我代表市人民政府向大会报告工作,请予审议。', '一、工作回顾', '过去一年，全市经济持续增长。', ''];
const src = (lines = SOURCE): SourceText => ({ file: 'r.txt', lines: ['', ...lines] });
const edition = (document = {}, header: object = { title: { lines: [1, 1], text: '太原' }, subtitle: { lines: [2, 3], text: '——' }, speaker: { lines: [4, 4], text: '代市长' } }) =>
  reportEdition.parse({ layout: 'report', source: 'r.txt', document: { id: 'r', kind: 'report', city: '太原', completeness: { status: 'full' }, description: '测试。', ...document }, header });

describe('a government work report', () => {
  it('takes title, subtitle and speaker from the header lines, joining a subtitle printed over two lines with a note', () => {
    const doc = parseReport(edition({ date: '2021-02-23', people: [{ name: '张新伟', role: '代市长' }] }), src());
    expect(doc.meta).toEqual({
      id: 'r',
      kind: 'report',
      title: { 'zh-Hans': '太原市政府工作报告' },
      titleSupplied: false,
      city: '太原',
      date: '2021-02-23',
      occasion: null,
      subtitle: '——2021年2月23日在太原市第十四届人民代表大会第六次会议上',
      people: [{ name: '张新伟', role: '代市长' }],
      completeness: { status: 'full' },
      source: { file: 'r.txt', description: '测试。', lines: [1, 10] },
      from: { title: { src: [1] }, subtitle: { src: [2, 3] }, byline: { src: [4] } },
    });
    expect(doc.paragraphs.map((p) => [p.id, p.section, plain(p.content)])).toEqual([['p1', null, '各位代表：'], ['p2', null, '现在，我代表市人民政府向大会报告工作，请予审议。'], ['p3', 's1', '过去一年，全市经济持续增长。']]);
    expect(doc.annotations.map((a) => [a.id, a.type, a.detail])).toEqual([['n2', 'join', { cause: 'subtitle' }], ['n-normalized', 'normalized', { count: 1, scope: 'text' }]]);
  });

  it('keeps the printed title when the edition names the document otherwise, and notes a title it supplies', () => {
    const renamed = parseReport(edition({ title: { 'zh-Hans': '太原市2021年政府工作报告' }, dateNote: '据会议', occasion: '会议' }), src());
    expect(renamed.meta).toMatchObject({ title: { 'zh-Hans': '太原市2021年政府工作报告' }, printedTitle: '太原市政府工作报告', dateNote: '据会议', occasion: '会议', date: null, people: [] });
    expect(parseReport(edition({ title: { 'zh-Hans': '太原市政府工作报告' } }), src()).meta).not.toHaveProperty('printedTitle');
    const supplied = parseReport(edition({ title: { 'zh-Hans': '补题' }, titleSupplied: true }, { subtitle: { lines: [2, 2], text: '——' } }), src(SOURCE.map((l, i) => (i === 0 || i === 2 || i === 3 ? '' : l))));
    expect(supplied.meta).toMatchObject({ title: { 'zh-Hans': '补题' }, titleSupplied: true, from: { subtitle: { src: [2] } } });
    expect(supplied.meta).not.toHaveProperty('printedTitle');
    expect(supplied.annotations.map((a) => [a.type, a.detail])).toEqual([['supplied-title', { text: '补题' }], ['normalized', { count: 1, scope: 'text' }]]);
  });

  it('refuses a page-jump marker, which only the magazine layout stitches', () => {
    const e = editionError(() => parseReport(edition(), src(SOURCE.map((l, i) => (i === 8 ? '过去一年，全市经济持续增长。（下转第5页）' : l)))));
    expect([e.line, e.message]).toEqual([9, 'r.txt:9: a page-jump marker (（下转第5页）) stands in a document with `layout: report`\n  → continuations are stitched only with `layout: magazine`; otherwise record the marker as `removed` (print furniture)']);
  });
});
