import { describe, expect, it } from 'vitest';
import { chineseNumber, numberedMarker, ordinalMarker } from '../../src/lib/parse/numbering.ts';

describe('the documents’ own numbering', () => {
  it.each([['一', 1], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23]] as const)('%s = %i', (s, v) => expect(chineseNumber(s)).toBe(v));

  it('ranks 一、 above （一） above 1. above （1）', () => {
    expect(numberedMarker('三、2021年工作安排')).toMatchObject({ rank: 1, value: 3, printed: '三、' });
    expect(numberedMarker('（十）加强政府自身建设')).toMatchObject({ rank: 2, value: 10 });
    expect(numberedMarker('2.加快建设')).toMatchObject({ rank: 3, value: 2 });
    expect(numberedMarker('（11）在市县政务服务大厅')).toMatchObject({ rank: 4, value: 11 });
  });

  it('does not read numbers in running text as headings', () => {
    expect(numberedMarker('2021年是“十四五”开局之年')).toBeNull();
    expect(numberedMarker('1425.7亿元')).toBeNull();
  });

  it('recognises enumerations written into sentences', () => {
    expect(ordinalMarker('一是综合实力全面增强。')).toMatchObject({ rank: 6, value: 1, printed: '一是' });
    expect(ordinalMarker('五要在解放思想中担当作为')).toMatchObject({ value: 5 });
    expect(ordinalMarker('第三阶段：2000年-2010年')).toMatchObject({ value: 3 });
    expect(ordinalMarker('一方面，明确战略定位')).toBeNull();
  });
});
