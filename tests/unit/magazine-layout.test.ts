import { describe, expect, it } from 'vitest';
import { magazineEdition } from '../../src/lib/edition/schema.ts';
import { plain } from '../../src/lib/parse/inline.ts';
import { parseMagazine, splitNames } from '../../src/lib/parse/magazine.ts';
import type { SourceText } from '../../src/lib/source.ts';
import { editionError } from '../helpers.ts';

// A miniature issue with every part the magazine layout knows: cover, masthead, contents with
// a column, two articles (the first continued inside the second), posters, chronicle, back matter.
const SOURCE = [
  '晋城工作', // 1
  'JINCHENG GONGZUO',
  '2021年第3期',
  '',
  '主办：中共晋城市委', // 5
  '编委：甲 乙',
  '丙 丁',
  '',
  '目 录',
  '', // 10
  '两会专栏',
  '- 1 关于发展的思考 ——以某县为例 张 三',
  '',
  '- 3 晋城市调研报告',
  '李四', // 15
  '',
  '关于发展的思考',
  '——以某县为例',
  '◎张 三',
  '（2021年2月3日）', // 20
  'GUANYU FAZHAN',
  '推动经济高质量发展，要坚持改革。',
  '第二段写到这里（下转第3页）',
  '',
  '晋城市调研报告', // 25
  '◎李四',
  '调研发现问题很多。',
  '（上接第2页）继续写完第二段。',
  '（作者系某县县长）',
  '', // 30
  '图说',
  '2021年2月要事录',
  '2月3日，召开会议。',
  '2月5日至8日，开展检查。',
  '◇ 宣传党的政策', // 35
  '内部资料 免费赠阅',
];
const src = (lines = SOURCE): SourceText => ({ file: 'm.txt', lines: ['', ...lines] });
const entry = (id: string, more = {}) => ({ id, kind: 'article', completeness: { status: 'full' }, description: '测试。', ...more });
const edition = (articles = [entry('m-01'), entry('m-02')], chronicle = {}) =>
  magazineEdition.parse({
    layout: 'magazine',
    source: 'm.txt',
    issue: { id: 'm', kind: 'issue', title: {}, magazine: '晋城工作', year: 2021, number: 3, cumulative: 210, published: '2021-03-10', frequency: '月刊', city: '晋城', completeness: { status: 'full' }, description: '测试。' },
    regions: {
      cover: { lines: [1, 3], text: '晋城工作' },
      masthead: { lines: [5, 7], text: '主办' },
      toc: { lines: [9, 15], text: '目 录' },
      posters: [{ lines: [31, 31], text: '图说' }],
      chronicle: { lines: [32, 34], text: '2021' },
      slogans: { lines: [35, 35], text: '◇' },
      imprint: { lines: [36, 36], text: '内部资料' },
    },
    articles,
    chronicle: { id: 'm-chronicle', kind: 'chronicle', completeness: { status: 'full' }, description: '测试。', ...chronicle },
  });

describe('a magazine issue', () => {
  const { issue, documents } = parseMagazine(edition(), src());
  const [first, second, chronicle] = documents;

  it('records cover, masthead (names continued on the next line), contents, columns and back matter', () => {
    const record = issue.issue!;
    expect(record.cover).toEqual([{ text: '晋城工作', line: 1 }, { text: '2021年第3期', line: 3 }]);
    expect(record.masthead).toEqual([{ label: '主办', value: '中共晋城市委', src: [5] }, { label: '编委', value: '甲 乙 丙 丁', src: [6, 7] }]);
    expect(record.tocTitle).toEqual({ text: '目 录', line: 9 });
    expect(record.toc).toEqual([
      { page: 1, title: '关于发展的思考', subtitle: '——以某县为例', authors: ['张三'], column: '两会专栏', doc: 'm-01', src: [12] },
      { page: 3, title: '晋城市调研报告', authors: ['李四'], column: '两会专栏', doc: 'm-02', src: [14, 15] },
    ]);
    expect(record.columns).toEqual([{ text: '两会专栏', line: 11 }]);
    expect([record.posters, record.slogans, record.imprint]).toEqual([[[{ text: '图说', line: 31 }]], [{ text: '宣传党的政策', line: 35, mark: '◇' }], [{ text: '内部资料 免费赠阅', line: 36 }]]);
    expect(issue.annotations.map((a) => [a.id, a.type, a.detail])).toEqual([['n2', 'removed', { what: 'masthead pinyin' }], ['n-normalized', 'normalized', { scope: 'issue' }]]);
    expect(issue.meta).toEqual({
      id: 'm',
      kind: 'issue',
      title: { 'zh-Hans': '晋城工作 2021年第3期' },
      titleSupplied: false,
      city: '晋城',
      date: '2021-03-10',
      occasion: null,
      people: [],
      publication: { title: '晋城工作', year: 2021, issue: 3, cumulative: 210, published: '2021-03-10', pages: [], issueId: 'm' },
      completeness: { status: 'full' },
      source: { file: 'm.txt', description: '测试。', lines: [1, 36] },
      from: {},
    });
    expect([issue.sections, issue.paragraphs, issue.blocks]).toEqual([[], [], []]);
  });

  it('reads an article’s title block, dates it from its dateline and takes its author’s office from the sign-off', () => {
    expect(first!.meta).toEqual({
      id: 'm-01',
      kind: 'article',
      title: { 'zh-Hans': '关于发展的思考' },
      titleSupplied: false,
      completeness: { status: 'full' },
      subtitle: '——以某县为例',
      dateline: '（2021年2月3日）',
      date: '2021-02-03',
      occasion: null,
      city: '晋城',
      people: [{ name: '张三', affiliation: '某县县长' }],
      publication: { title: '晋城工作', year: 2021, issue: 3, cumulative: 210, published: '2021-03-10', pages: [1, 2, 3], issueId: 'm' },
      source: { file: 'm.txt', description: '测试。', lines: [17, 24] },
      from: { title: { src: [17] }, subtitle: { src: [18] }, byline: { src: [19], mark: '◎' }, dateline: { src: [20] } },
    });
    expect(second!.meta).toMatchObject({ people: [{ name: '李四' }], date: null, publication: { pages: [3] }, source: { lines: [25, 30] } });
    expect(second!.meta.people[0]).not.toHaveProperty('affiliation');
  });

  it('stitches the continuation into the first article and keeps the sign-off where it stands', () => {
    expect(first!.paragraphs.map((p) => [p.id, plain(p.content), p.src])).toEqual([['p1', '推动经济高质量发展，要坚持改革。', [22]], ['p2', '第二段写到这里继续写完第二段。', [23, 28]]]);
    expect(first!.blocks.at(-1)).toEqual({ type: 'signoff', id: 'signoff', text: '（作者系某县县长）', src: [29] });
    const jump = first!.annotations.find((a) => a.type === 'continuation')!;
    expect(jump).toMatchObject({ id: 'n23', lines: [23, 28], detail: { page: 3, part: [28, 29], jumpOut: '（下转第3页）', jumpIn: '（上接第2页）' }, original: '（下转第3页）… （上接第2页）', target: 'p2' });
    expect(first!.annotations.find((a) => a.type === 'removed')).toMatchObject({ id: 'n21', lines: [21], detail: { what: 'running title' }, original: 'GUANYU FAZHAN' });
    expect(second!.paragraphs.map((p) => plain(p.content))).toEqual(['调研发现问题很多。']);
  });

  it('takes what the edition file says over what the source suggests', () => {
    const { documents: [a, b, c] } = parseMagazine(edition([entry('m-01', { title: { 'zh-Hans': '题目' }, city: '高平', occasion: '会议', dateNote: '刊期', people: [{ name: '王五' }] }), entry('m-02', { date: '2021-03-01' })], { title: { 'zh-Hans': '要事' }, city: '城区', date: '2021-02-28', people: [{ name: '编者' }] }), src());
    expect(a!.meta).toMatchObject({ title: { 'zh-Hans': '题目' }, city: '高平', occasion: '会议', dateNote: '刊期', date: '2021-02-03', people: [{ name: '王五' }] });
    expect(b!.meta.date).toBe('2021-03-01');
    expect(c!.meta).toMatchObject({ title: { 'zh-Hans': '要事' }, city: '城区', date: '2021-02-28', people: [{ name: '编者' }] });
  });

  it('dates every chronicle entry, ranges included', () => {
    expect(chronicle!.meta).toEqual({
      id: 'm-chronicle',
      kind: 'chronicle',
      title: { 'zh-Hans': '2021年2月要事录' },
      titleSupplied: false,
      city: '晋城',
      date: null,
      occasion: null,
      people: [],
      publication: { title: '晋城工作', year: 2021, issue: 3, cumulative: 210, published: '2021-03-10', pages: [], issueId: 'm' },
      completeness: { status: 'full' },
      source: { file: 'm.txt', description: '测试。', lines: [32, 34] },
      from: { title: { src: [32] } },
    });
    expect(chronicle!.paragraphs.map((p) => [p.date, p.dateEnd])).toEqual([['2021-02-03', undefined], ['2021-02-05', '2021-02-08']]);
  });
});

describe('a magazine issue that does not hold together', () => {
  const withLine = (n: number, text: string) => src(SOURCE.map((l, i) => (i + 1 === n ? text : l)));

  it('names the article whose edition date contradicts its dateline', () => {
    const e = editionError(() => parseMagazine(edition([entry('m-01', { date: '2021-02-04' }), entry('m-02')]), src()));
    expect([e.line, e.message]).toEqual([17, 'm.txt:17: the edition file dates “m-01” 2021-02-04 but the article says 2021-02-03\n  → remove `date` from the edition entry or correct it']);
  });

  it('refuses contents and edition entries that disagree, and a contents entry with no article', () => {
    expect(editionError(() => parseMagazine(edition([entry('m-01')]), src())).message).toContain('the table of contents lists 2 articles but the edition file describes 1');
    expect(editionError(() => parseMagazine(edition(), withLine(25, '别的题目'))).message).toContain('no article titled like TOC entry “晋城市调研报告 李四” follows the table of contents');
  });

  it('refuses a jump with no continuation, a continuation nobody jumps to, and a marker inside the text', () => {
    expect(editionError(() => parseMagazine(edition(), withLine(23, '第二段写到这里（下转第9页）'))).message).toContain('（下转第9页） has no matching （上接第…页） continuation');
    expect(editionError(() => parseMagazine(edition(), withLine(23, '第二段写到这里。'))).message).toContain('（上接第2页） continues no article');
    const inside = editionError(() => parseMagazine(edition(), withLine(22, '推动经济高质量发展（下转第3页）')));
    expect([inside.line, inside.message]).toEqual([22, 'm.txt:22: a jump marker stands inside the running text of an article\n  → markers must end an article part (下转) or begin a continuation (上接); fix the source layout decision in the edition file']);
  });

  it('refuses a chronicle entry that does not begin with its date', () => {
    expect(editionError(() => parseMagazine(edition(), withLine(34, '同月，开展检查。'))).message).toContain('a chronicle entry must begin with its date');
  });
});

describe('names in a byline', () => {
  it.each([
    ['原勇兵 邢 菲', ['原勇兵', '邢菲']],
    ['张 三', ['张三']],
    ['李四  王五', ['李四', '王五']],
    ['甲 乙 丙', ['甲乙', '丙']],
  ])('%s → %j', (s, names) => expect(splitNames(s)).toEqual(names));
});
