import { describe, expect, it } from 'vitest';
import { doc, docs, fullText } from '../helpers.ts';

const issue = () => doc('jcgz-2021-03');
const articles = () => docs().filter((d) => d.meta.publication?.issueId === 'jcgz-2021-03' && d.meta.id !== 'jcgz-2021-03');

describe('《晋城工作》2021年第3期', () => {
  it('has 12 articles with the titles, authors and pages of its table of contents', () => {
    const toc = issue().issue!.toc;
    expect(toc.map((e) => [e.page, e.title, e.authors.join(' ')])).toEqual([
      [1, '在市七届人大七次会议闭幕式上的讲话', '张志川'],
      [4, '在市政协七届六次会议闭幕会上的讲话', '张志川'],
      [6, '政府工作报告', '王震'],
      [15, '以解放思想开局 以优质高速破局', '高喜全'],
      [17, '山西大发展 晋城要先行 高平当先锋', '胡晓刚'],
      [19, '找准坐标定位 做好两篇文章 展现城区担当', '李晓峰'],
      [20, '重温“五个不能”再出发 提标政研改革拓新局', '王军'],
      [22, '陵川县生态经济发展的探索与思考', '毋胜利'],
      [25, '晋城市发展康养产业的思考', '原勇兵 邢菲'],
      [28, '对晋城市煤炭清洁高效开发利用情况的调查', '席学武'],
      [31, '对高平市民营经济发展情况的调查', '张晋文'],
      [34, '晋城市城区养老产业发展调研报告', '胡凤平'],
    ]);
    expect(articles().filter((d) => d.meta.kind !== 'chronicle')).toHaveLength(12);
    expect(toc.every((e) => e.doc !== null)).toBe(true);
  });

  it('keeps masthead, editorial board and back matter', () => {
    const rec = issue().issue!;
    expect(rec.masthead.find((m) => m.label === '主编')?.value).toBe('宋军民');
    expect(rec.masthead.find((m) => m.label === '编委')?.value).toContain('崔国炜');
    expect(rec.posters.flat().map((p) => p.text).join('')).toContain('学习雷锋好榜样');
    expect(rec.slogans.map((s) => [s.mark, s.text])).toEqual(['宣传党的政策', '展示晋城形象', '弘扬改革精神', '推动转型发展'].map((s) => ['◇', s]));
    // The imprint ends with the permit number (source line 891), which a region one line short once lost.
    expect(rec.imprint.map((l) => [l.line, l.text])).toEqual([[889, '内部资料 免费赠阅'], [891, '准印证号： （晋）K137号']]);
    expect(rec.cover.map((c) => c.text)).toContain('在市七届人大七次会议闭幕式上的讲话');
    expect(rec.cumulative).toBe(210);
  });

  it('stitches every (下转)/(上接) continuation, recording both page numbers', () => {
    const report = doc('jcgz-2021-03-03');
    expect(fullText(report)).toContain('（十）加强政府自身建设，推进政府治理体系和治理能力现代化');
    expect(report.meta.publication!.pages).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 21]);
    expect(fullText(report).trimEnd()).toMatch(/以优异成绩迎接中国共产党成立100周年！$/);
    const speech = doc('jcgz-2021-03-02');
    expect(fullText(speech)).toContain('为民尽责情怀，把事业放在心上，把责任扛在肩上');
    expect(speech.meta.publication!.pages).toEqual([4, 5, 3]);
    const district = doc('jcgz-2021-03-06');
    expect(fullText(district)).toContain('市区两级在城市建设方面，投入一年比一年多');
    expect(district.meta.people[0]).toEqual({ name: '李晓峰', affiliation: '中共城区区委副书记、区长' });
    const continuations = articles().flatMap((d) => d.annotations.filter((a) => a.type === 'continuation'));
    expect(continuations.map((a) => a.text.match(/下转第(\d+)页.*“（?\(?上接第(\d+)页/)!.slice(1))).toEqual([['3', '5'], ['21', '14'], ['18', '19']]);
    // The continued text no longer closes the article it was printed in.
    expect(fullText(doc('jcgz-2021-03-01'))).not.toContain('放在心上');
    expect(fullText(doc('jcgz-2021-03-07'))).not.toContain('府治理体系');
  });

  it('joins paragraphs split by column and page breaks, recording each join', () => {
    const speech = doc('jcgz-2021-03-01');
    expect(fullText(speech)).toContain('要坚持举旗定向，提高政治判断力。');
    expect(fullText(speech)).toContain('在晋城当和尚不撞钟的时代一去不复返了！');
    expect(speech.annotations.filter((a) => a.type === 'join').length).toBeGreaterThanOrEqual(3);
    expect(fullText(doc('jcgz-2021-03-11'))).toContain('2019年为6.5:51.7:41.8');
    expect(fullText(doc('jcgz-2021-03-12'))).toContain('帮助农林文旅康试点地区的群众联合成立庭院式养老机构');
    // Lines that only look unfinished stay apart: a lead-in before a numbered list.
    expect(fullText(doc('jcgz-2021-03-10'))).toContain('主要做了以下几方面工作：\n');
  });

  it('leaves no English “and”, pinyin running title or jump marker in any reading text', () => {
    for (const d of articles()) {
      const text = fullText(d);
      expect(text, d.meta.id).not.toMatch(/\band\b/);
      expect(text, d.meta.id).not.toMatch(/[下上][转接]第\d+页|LING CHUAN|jin cheng/i);
    }
    const ands = articles().flatMap((d) => d.annotations.filter((a) => a.type === 'emendation' && a.original === 'and'));
    expect(ands).toHaveLength(5);
    expect(doc('jcgz-2021-03-08').annotations.some((a) => a.type === 'removed' && a.original === 'LING CHUAN XIAN SHENG TAI JING JI FA ZHAN DE')).toBe(true);
  });

  it('reads author, date line and affiliation into the title block', () => {
    expect(doc('jcgz-2021-03-01').meta).toMatchObject({ date: '2021-02-25', dateline: '（2021年2月25日）' });
    expect(doc('jcgz-2021-03-03').meta).toMatchObject({ date: '2021-02-23', occasion: '晋城市第七届人民代表大会第七次会议', people: [{ name: '王震' }] });
    expect(doc('jcgz-2021-03-09').meta.people).toEqual([
      { name: '原勇兵', affiliation: '市文化和旅游局' },
      { name: '邢菲', affiliation: '市文化和旅游局' },
    ]);
    expect(fullText(doc('jcgz-2021-03-04'))).not.toContain('作者系');
  });

  it('makes 2021年2月要事录 a dated chronicle', () => {
    const c = doc('jcgz-2021-03-chronicle');
    expect(c.meta.kind).toBe('chronicle');
    expect(c.paragraphs.map((p) => [p.date, p.dateEnd ?? null])).toEqual([
      ['2021-02-03', null], ['2021-02-04', null], ['2021-02-04', null], ['2021-02-06', null], ['2021-02-06', '2021-02-08'],
      ['2021-02-09', null], ['2021-02-19', null], ['2021-02-21', null], ['2021-02-22', '2021-02-24'], ['2021-02-23', '2021-02-25'],
    ]);
    expect(fullText(c)).toContain('第十四个五年规划和二〇三五年远景目标的建议');
  });
});
