// The edition file's validation and decision checks, case by case (they guard every build).
import { describe, expect, it } from 'vitest';
import { checkDecisions } from '../../src/lib/edition/check.ts';
import { parseEdition } from '../../src/lib/edition/load.ts';
import { decodeSource } from '../../src/lib/source.ts';
import { editionError } from '../helpers.ts';

const SOURCE = ['报告标题', '', '——副题', '市长 某某', '各位代表：', '第一段正文。', '第二段正文。', '（图片说明）', '第三段', '接续的文字。', '责任编辑：某'].join('\n');
const src = decodeSource('s.txt', new TextEncoder().encode(SOURCE));
const BASE = `layout: report
source: s.txt
document:
  id: test-report
  kind: report
  city: 某市
  completeness: { status: full }
  description: 测试。
header:
  title: { lines: [1, 1], text: 报告标题 }
  subtitle: { lines: [3, 3], text: ——副题 }
  speaker: { lines: [4, 4], text: 市长 }
`;
const check = (extra: string) => () => checkDecisions(parseEdition('e.yaml', BASE + extra), src, 'e.yaml');

describe('decision checks', () => {
  it('accept decisions that fit their lines', () => {
    expect(check('removed:\n  - { lines: [8, 8], text: （图片说明）, what: photo caption, reason: 图片说明。 }\n  - { lines: [11, 11], text: 责任编辑, what: editor line, reason: 编辑署名。 }\njoins:\n  - { line: 9, text: 第三段, reason: 断行。 }\n')).not.toThrow();
  });

  it.each([
    ['removed', 'removed:\n  - { lines: [8, 8], text: 第三段, what: navigation, reason: 测试。 }\n', '`removed[0] (navigation)` expects line 8 to begin “第三段”, but it reads “（图片说明）”'],
    ['excluded', 'excluded:\n  - { lines: [9, 10], text: 别的文章, reason: 测试。 }\n', '`excluded[0]` expects line 9 to begin “别的文章”'],
    ['asides', 'asides:\n  - { lines: [6, 7], text: 方框, reason: 测试。 }\n', '`asides[0]` expects line 6 to begin “方框”'],
    ['joins', 'joins:\n  - { line: 9, text: 第四段, reason: 测试。 }\n', '`joins[0]` expects line 9 to begin “第四段”'],
    ['breaks', 'breaks:\n  - { line: 7, text: 第一段, reason: 测试。 }\n', '`breaks[0]` expects line 7 to begin “第一段”'],
    ['renumbered', 'renumbered:\n  - { line: 6, text: 一、, as: 2, reason: 测试。 }\n', '`renumbered[0]` expects line 6 to begin “一、”'],
  ])('name a %s decision whose line reads otherwise', (_, extra, message) => {
    const e = editionError(check(extra));
    expect(e.message).toContain(message);
    expect(e.fix).toBe('the source changed or the decision is wrong: correct its line numbers and `text` to the lines the source has now');
  });

  it('compare text without whitespace, and only the beginning of the line', () => {
    expect(check('joins:\n  - { line: 4, text: 市长某某, reason: 测试。 }\n')).not.toThrow();
  });

  it('allow the last line and refuse the one after it', () => {
    expect(check('removed:\n  - { lines: [11, 11], text: 责任编辑, what: editor line, reason: 测试。 }\n')).not.toThrow();
    const e = editionError(check('removed:\n  - { lines: [11, 12], text: 责任编辑, what: editor line, reason: 测试。 }\n'));
    expect(e.message).toContain('`removed[0] (editor line)` names line 12, past the end of s.txt (11 lines)');
    expect(e.line).toBe(12);
  });

  it('refuse overlapping decisions at the first shared line, and accept neighbours', () => {
    expect(check('removed:\n  - { lines: [8, 8], text: （图片, what: photo caption, reason: 测试。 }\nexcluded:\n  - { lines: [9, 10], text: 第三段, reason: 测试。 }\n')).not.toThrow();
    const e = editionError(check('removed:\n  - { lines: [8, 9], text: （图片, what: photo caption, reason: 测试。 }\nexcluded:\n  - { lines: [9, 10], text: 第三段, reason: 测试。 }\n'));
    expect(e.message).toContain('line 9: `removed[0] (photo caption)` (lines 8–9) overlaps `excluded[0]` (lines 9–10)');
    expect(e.line).toBe(9);
  });

  it('let a header field span three lines but not four', () => {
    const three = BASE.replace('speaker: { lines: [4, 4]', 'speaker: { lines: [4, 6]');
    expect(() => checkDecisions(parseEdition('e.yaml', three), src, 'e.yaml')).not.toThrow();
    const four = BASE.replace('speaker: { lines: [4, 4]', 'speaker: { lines: [4, 7]');
    expect(editionError(() => checkDecisions(parseEdition('e.yaml', four), src, 'e.yaml')).message).toContain('`header.speaker` spans lines 4–7: a header field is at most 3 lines');
  });

  it('refuse removals that leave a report without text, listing every problem', () => {
    const e = editionError(check('removed:\n  - { lines: [5, 11], text: 各位代表, what: web chrome, reason: 测试。 }\nbreaks:\n  - { line: 99, text: x, reason: 测试。 }\n'));
    expect(e.message).toMatch(/^e\.yaml:99: 2 decision\(s\) do not fit s\.txt:\n {4}line 99: /);
    expect(e.message).toContain('line 1: the decisions remove or claim every line: no text would be left to read');
  });

  it('check the regions of a magazine issue, one by one', () => {
    const magazine = `layout: magazine
source: s.txt
issue: { id: i, kind: issue, city: 某市, magazine: 刊, year: 2021, number: 1, cumulative: 1, published: 2021-01-01, frequency: 月刊, completeness: { status: full }, description: 测试。 }
regions:
  cover: { lines: [1, 1], text: 报告标题 }
  masthead: { lines: [3, 3], text: ——副题 }
  toc: { lines: [4, 4], text: 市长 }
  posters: [{ lines: [5, 5], text: 各位代表 }, { lines: [6, 6], text: 第二段 }]
  chronicle: { lines: [7, 7], text: 第二段 }
  slogans: { lines: [8, 8], text: （图片 }
  imprint: { lines: [11, 11], text: 责任 }
articles: [{ id: a, kind: article, completeness: { status: full }, description: 测试。 }]
chronicle: { id: c, kind: chronicle, completeness: { status: full }, description: 测试。 }
`;
    const e = editionError(() => checkDecisions(parseEdition('m.yaml', magazine), src, 'm.yaml'));
    expect(e.message).toContain('`regions.posters[1]` expects line 6 to begin “第二段”');
    expect(e.message).toMatch(/1 decision\(s\)/);
  });
});

describe('edition file validation', () => {
  it('tells an empty file from a comment-only one, and reports YAML syntax at its line', () => {
    expect(editionError(() => parseEdition('e.yaml', '')).message).toBe('e.yaml: the edition file is empty\n  → copy an existing file in content/editions/ and fill it in');
    expect(editionError(() => parseEdition('e.yaml', '# 注释\n')).message).toContain('the edition file is empty: it holds only comments');
    const e = editionError(() => parseEdition('e.yaml', 'layout: report\nsource: [s.txt\n'));
    expect(e.message).toMatch(/^e\.yaml:3: YAML syntax: /);
    expect(e.fix).toBe('fix the indentation or quoting on that line');
  });

  it('names one problem plainly, and points into lists at the item', () => {
    const one = editionError(() => parseEdition('e.yaml', BASE.replace('  kind: report', '  kind: memo')));
    expect(one.message).toMatch(/^e\.yaml:5: `document\.kind`: /);
    expect(one.fix).toBe('see content/editions/README.md for the fields and their allowed values');
    const item = editionError(() => parseEdition('e.yaml', `${BASE}joins:\n  - { line: 9, text: 第三段, reason: 测试。 }\n  - { line: 0, text: 第三段, reason: 测试。 }\n`));
    expect(item.line).toBe(15);
    expect(item.message).toContain('`joins.1.line`');
  });

  it.each([
    ['excluded', 'exclusions'],
    ['joins', 'joins (`- line: n`'],
    ['breaks', 'breaks (`- line: n`'],
    ['supplied', 'supplied characters'],
    ['lacunae', 'lacunae'],
    ['asides', 'sidebars'],
    ['renumbered', 'entries'],
  ])('says what a %s list holds when it is not a list', (key, shape) => {
    expect(editionError(() => parseEdition('e.yaml', `${BASE}${key}: 一条\n`)).message).toContain(`\`${key}\` must be a list of ${shape}`);
  });

  it('refuses slugs, dates, source names and line ranges that break the rules', () => {
    expect(editionError(() => parseEdition('e.yaml', BASE.replace('id: test-report', 'id: Test Report'))).message).toContain('use lowercase letters, digits and single hyphens');
    expect(editionError(() => parseEdition('e.yaml', BASE.replace('id: test-report', 'id: a--b'))).message).toContain('`document.id`');
    expect(editionError(() => parseEdition('e.yaml', `${BASE}`.replace('city: 某市', 'city: 某市\n  date: 2021-2-3'))).message).toContain('write dates as YYYY-MM-DD');
    expect(editionError(() => parseEdition('e.yaml', `${BASE}`.replace('city: 某市', 'city: 某市\n  date: x2021-02-03'))).message).toContain('write dates as YYYY-MM-DD');
    expect(editionError(() => parseEdition('e.yaml', BASE.replace('source: s.txt', 'source: s.txt.bak'))).message).toContain('a source is a .txt file');
    expect(editionError(() => parseEdition('e.yaml', BASE.replace('source: s.txt', 'source: dir/s.txt'))).message).toContain('a source is a .txt file');
    expect(editionError(() => parseEdition('e.yaml', BASE.replace('lines: [1, 1]', 'lines: [2, 1]'))).message).toContain('a line range runs from its first to its last line');
    expect(parseEdition('e.yaml', BASE.replace('lines: [1, 1]', 'lines: [1, 2]')).layout).toBe('report');
  });

  it('fills in defaults: no decisions, a title not supplied', () => {
    const ed = parseEdition('e.yaml', BASE);
    expect(ed.layout === 'report' && [ed.removed, ed.excluded, ed.joins, ed.breaks, ed.supplied, ed.lacunae, ed.asides, ed.renumbered]).toEqual([[], [], [], [], [], [], [], []]);
    expect(ed.layout === 'report' && ed.document.titleSupplied).toBe(false);
  });

  it('refuses supplied text or lacunae without the text they stand before', () => {
    expect(editionError(() => parseEdition('e.yaml', `${BASE}supplied:\n  - { line: 6, before: '', text: 大, reason: 测试。 }\n`)).message).toContain('`supplied.0.before`');
    expect(editionError(() => parseEdition('e.yaml', `${BASE}lacunae:\n  - { line: 6, before: '', reason: 测试。 }\n`)).message).toContain('`lacunae.0.before`');
  });
});
