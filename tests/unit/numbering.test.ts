import { describe, expect, it } from 'vitest';
import { chineseNumber, numberedMarker, ordinalMarker } from '../../src/lib/parse/numbering.ts';

describe('the documents’ own numbering', () => {
  it.each([['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['九十九', 99]] as const)('%s = %i', (s, v) => expect(chineseNumber(s)).toBe(v));
  it.each(['', '二二', '〇', '十a', '百'])('%s is not a number of the numbering', (s) => expect(chineseNumber(s)).toBeNull());

  it('ranks 一、 above （一） above 1. above （1）', () => {
    expect(numberedMarker('三、2021年工作安排')).toMatchObject({ rank: 1, value: 3, printed: '三、' });
    expect(numberedMarker('（十）加强政府自身建设')).toMatchObject({ rank: 2, value: 10 });
    expect(numberedMarker('2.加快建设')).toMatchObject({ rank: 3, value: 2 });
    expect(numberedMarker('（11）在市县政务服务大厅')).toMatchObject({ rank: 4, value: 11 });
  });

  it('does not read numbers in running text as headings', () => {
    expect(numberedMarker('2021年是“十四五”开局之年')).toBeNull();
    expect(numberedMarker('1425.7亿元')).toBeNull();
    expect(numberedMarker('123.项目')).toBeNull();
    expect(numberedMarker('（0）项目')).toBeNull();
    expect(numberedMarker('二二、项目')).toBeNull();
    expect(numberedMarker('甲一、项目')).toBeNull();
  });

  it('reads full-width points and two-digit numbers', () => {
    expect(numberedMarker('3．推进')).toMatchObject({ rank: 3, value: 3, printed: '3．' });
    expect(numberedMarker('12.推进')).toMatchObject({ rank: 3, value: 12, printed: '12.' });
    expect(numberedMarker('十二、推进')).toMatchObject({ rank: 1, value: 12, printed: '十二、' });
    expect(numberedMarker('（二十）推进')).toMatchObject({ rank: 2, value: 20, printed: '（二十）' });
    expect(numberedMarker('（3）推进')).toMatchObject({ rank: 4, value: 3, printed: '（3）' });
  });

  it('recognises enumerations written into sentences', () => {
    expect(ordinalMarker('一是综合实力全面增强。')).toMatchObject({ rank: 6, value: 1, printed: '一是' });
    expect(ordinalMarker('五要在解放思想中担当作为')).toMatchObject({ value: 5 });
    expect(ordinalMarker('第三阶段：2000年-2010年')).toMatchObject({ value: 3 });
    expect(ordinalMarker('一方面，明确战略定位')).toBeNull();
    expect(ordinalMarker('第十二阶段')).toMatchObject({ rank: 6, value: 12, printed: '第十二阶段' });
    expect(ordinalMarker('十是')).toMatchObject({ value: 10, printed: '十是' });
    expect(ordinalMarker('他说一是')).toBeNull();
    expect(ordinalMarker('二二是')).toBeNull();
  });
});
