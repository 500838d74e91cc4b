import { describe, expect, it } from 'vitest';
import { isCjk, normalizePunctuation } from '../../src/lib/parse/punctuation.ts';

const n = (s: string) => normalizePunctuation(s).text;

describe('half-width punctuation between Chinese characters', () => {
  it.each([
    ['各位代表:', '各位代表：'],
    ['年均增长5.9%,一般公共预算', '年均增长5.9%，一般公共预算'],
    ['每个县(市、区)至少', '每个县（市、区）至少'],
    ['(上接第5页)放在心上', '（上接第5页）放在心上'],
    ['清洁发展机制(CDM)开展', '清洁发展机制（CDM）开展'],
    ['时间不等人!发展不等人!', '时间不等人！发展不等人！'],
    ['(1)提高农村饮水保障水平;(2)实施', '（1）提高农村饮水保障水平；（2）实施'],
    ['(a)b', '（a）b'],
    ['（甲)', '（甲）'],
    ['甲(1)', '甲（1）'],
    ['(1)甲', '（1）甲'],
    ['甲 (x) 乙', '甲 (x) 乙'],
    ['增长5%,达到', '增长5%，达到'],
    ['第3,甲', '第3，甲'],
    ['a,甲', 'a，甲'],
    ['甲,a', '甲，a'],
    ['比例1:2', '比例1:2'],
    ['比例:2', '比例：2'],
    ['甲?乙', '甲？乙'],
    ['甲)', '甲)'],
  ])('%s → %s', (from, to) => expect(n(from)).toBe(to));

  it.each(['4.6:55.4:40.0', '1,000', 'PM2.5', 'R&D', 'G342', 'http://swzys.jcgov.gov.cn'])('leaves Latin and numeric %s alone', (s) => expect(n(s)).toBe(s));

  it('knows Chinese text and its punctuation from Latin', () => {
    expect(['甲', '，', '“', '》', '…', '—', '〔'].every(isCjk)).toBe(true);
    expect(['a', '1', ',', '%', undefined].some(isCjk)).toBe(false);
  });

  it('counts what it changed, so the source notes can say how much', () => {
    expect(normalizePunctuation('甲,乙;丙(丁)').changes).toBe(4);
    expect(normalizePunctuation('（甲)').changes).toBe(1);
    expect(normalizePunctuation('a,b').changes).toBe(0);
  });
});
