import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { ingest } from '../../src/lib/ingest.ts';
import { chineseNumbers, missingNumbers } from '../../src/lib/translation/numbers.ts';
import { loadTranslation } from '../../src/lib/translation/load.ts';
import { toEnglish } from '../../src/lib/translation/english.ts';
import { translationUnits } from '../../src/lib/translation/units.ts';
import { editionError } from '../helpers.ts';

// Chinese and English as the corpus and its translation write them.
const PAIRS: [string, string][] = [
  ['1425.7亿元', '142.57 billion yuan'],
  ['67亿元', '6.7 billion yuan'],
  ['2.5万亿元', '2.5 trillion yuan'],
  ['完成投资401亿元', 'completing investment of 40.1 billion yuan'],
  ['设立1亿元科技成果转化引导基金', 'setting up a 100-million-yuan guidance fund'],
  ['潞宝200万吨焦炉', "Lubao's 2-million-tonne coke oven"],
  ['通洲179万吨焦炉', "Tongzhou's 1.79-million-tonne coke oven"],
  ['总量迈上4千亿元台阶', 'reached the 400 billion yuan mark'],
  ['栽植各类花卉200余万株', 'planting more than 2 million flowers'],
  ['年均增长6.6%', 'an average of 6.6% a year'],
  ['由22.5%提高到23.5%', 'rose from 22.5% to 23.5%'],
  ['2021年是“十四五”开局之年', '2021 is the first year of the 14th Five-Year Plan period'],
  ['2月23日', '23 February'],
  ['7月底前', 'by the end of July'],
  ['培育2—4家', 'foster 2 to 4'],
  ['新建3-5个', 'build 3–5'],
  ['比“十二五”末提高18万吨/年', 'an increase of 180,000 tonnes a year'],
  ['完成培训5万人以上', 'train more than 50,000 people'],
  ['12.5万人', '125,000 people'],
  ['建设高标准农田2万亩', 'build 20,000 mu of high-standard farmland'],
  ['5000万元', '50 million yuan'],
  ['接待游客3亿人次', '300 million tourist visits'],
  ['500千伏输变电工程', '500 kV power transmission and transformation project'],
  ['998.1亿元', '99.81 billion yuan'],
  ['36.9万亩', '369,000 mu'],
  ['60万吨', '600,000 tonnes'],
  ['建成人才公寓2380套', 'built 2,380 talent apartments'],
  ['4A级景区', '4A-level scenic areas'],
  ['下降0.5个百分点', 'fell by 0.5 percentage points'],
  ['建设200个“12315”消费维权服务站', 'build 200 “12315” consumer rights service stations'],
  ['1.2万户', '12,000 households'],
  ['亩均产出250.9万元', '2.509 million yuan per mu'],
];

describe('numbers carried into the English', () => {
  it.each(PAIRS)('%s = %s', (zh, en) => expect(missingNumbers(zh, en)).toEqual([]));

  it('applies 万/亿/万亿 and 千 but not the 千 of a unit (千伏)', () => {
    expect(chineseNumbers('1425.7亿元').map((n) => n.value)).toEqual([142570000000]);
    expect(chineseNumbers('4千亿元、500千伏').map((n) => n.value)).toEqual([400000000000, 500]);
  });

  it('names the number an English sentence lost or changed', () => {
    expect(missingNumbers('1425.7亿元', '1425.7 billion yuan')).toEqual(['1425.7亿']);
    expect(missingNumbers('增长6.6%，达到67亿元', 'grew by 6.5%, reaching 6.7 billion yuan')).toEqual(['6.6']);
  });
});

/** A copy of the fixture content root whose English file is edited by `edit`. */
function fixture(edit: (yaml: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'translation-'));
  cpSync('tests/fixtures/content', dir, { recursive: true });
  const file = join(dir, 'translations', 'en', 'fixture-lucheng-2021.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return { dir, file, doc: loadCorpus([dir])[0]!.doc };
}

describe('translation files', () => {
  it('cover every id of every document in the corpus', () => {
    for (const { doc } of loadCorpus(['content']).filter(({ doc }) => !doc.meta.id.startsWith('jcgz-'))) {
      const tr = loadTranslation(`content/translations/en/${doc.meta.id}.yaml`, doc);
      for (const u of translationUnits(doc)) expect(tr.get(u.id), `${doc.meta.id} #${u.id}`).toBeTruthy();
    }
  });

  it('refuse a stale entry, naming the document, the id, the old and the new Chinese', () => {
    const { file, doc } = fixture((y) => y.replace('zh: "新增就业3200人，', 'zh: "新增就业3000人，'));
    const e = editionError(() => loadTranslation(file, doc));
    expect(e.message).toContain('fixture-lucheng-2021');
    expect(e.message).toContain('#p5: the Chinese changed since it was translated: was “新增就业3000人，');
    expect(e.message).toContain('now “新增就业3200人，');
    expect(e.line).toBe(readFileSync(file, 'utf8').split('\n').indexOf('p5:') + 1);
  });

  it('refuse a missing entry, naming its id and its Chinese, and an entry for no id', () => {
    const { file, doc } = fixture((y) => y.replace(/p7:\n.*\n.*\n/, '').replace('p8:', 'p9:'));
    const e = editionError(() => loadTranslation(file, doc));
    expect(e.message).toContain('#p7 has no English; its Chinese: “推进商贸物流园建设');
    expect(e.message).toContain('#p9 translates nothing');
  });

  it('refuse a blank and a changed number', () => {
    const blank = fixture((y) => y.replace(/en: "Over the past year[^\n]*/, 'en: ""'));
    expect(editionError(() => loadTranslation(blank.file, blank.doc)).message).toContain('p3.en');
    const number = fixture((y) => y.replace('3,200 new jobs', '3,000 new jobs'));
    expect(editionError(() => loadTranslation(number.file, number.doc)).message).toContain('#p5: the English lacks “3200”');
  });

  it('stop the build with a stale translation, before anything is written', () => {
    const { dir } = fixture((y) => y.replace('zh: "各位代表："', 'zh: "各位代表"'));
    expect(() => ingest({ roots: [dir], out: join(dir, 'out') })).toThrow(/#p1: the Chinese changed/);
  });

  it('gives the English document the same ids, blocks and notes as the Chinese', () => {
    const { doc, file } = fixture((y) => y);
    const en = toEnglish(doc, loadTranslation(file, doc));
    expect(en.paragraphs.map((p) => p.id)).toEqual(doc.paragraphs.map((p) => p.id));
    expect(en.sections.map((s) => s.id)).toEqual(doc.sections.map((s) => s.id));
    expect(en.annotations.map((a) => a.id)).toEqual(doc.annotations.map((a) => a.id));
    expect(en.annotations.find((a) => a.type === 'emendation')!.text).toMatch(/^Source line \d+ has the English word “and”, a misreading of the character 和/);
    const p6 = en.paragraphs.find((p) => p.id === 'p6')!;
    expect(p6.content[0]).toEqual({ t: 'text', s: 'We will develop organic dry farming, build 20,000 mu of high-standard farmland, and foster leading agricultural enterprises and cooperatives.' });
    expect(p6.content.filter((c) => c.t === 'note').length).toBe(doc.paragraphs.find((p) => p.id === 'p6')!.content.filter((c) => c.t === 'note').length);
  });
});

describe('editorial notes as data', () => {
  it('write every note of the corpus out in Chinese and English from its kind, lines and details', async () => {
    const { noteEn, noteZh } = await import('../../src/lib/notes/text.ts');
    const notes = loadCorpus(['content']).flatMap(({ doc }) => doc.annotations);
    expect(new Set(notes.map((a) => a.type)).size).toBeGreaterThanOrEqual(8);
    for (const a of notes) {
      expect(noteZh(a)).toBe(a.text);
      for (const text of [noteZh(a), noteEn(a)]) expect(text, a.id).not.toMatch(/undefined|NaN/);
      if (a.lines.length) expect(noteEn(a), a.text).toContain(String(a.lines[0]));
    }
  });
});

describe('parallel text download', () => {
  it('has one row per id with 简体, 繁體 and English, quoted where needed, with a byte-order mark', async () => {
    const { parallelCsv } = await import('../../src/lib/render/parallel-csv.ts');
    const csv = parallelCsv([{ id: 'p1', zh: '各位代表：' }, { id: 'p2', zh: '“两会”，开幕' }], (s) => s.replace('会', '會').replace('开', '開'), (id) => (id === 'p1' ? 'Fellow Deputies,' : 'The "two sessions" open'));
    expect(csv.startsWith('\ufeffid,zh-Hans,zh-Hant,en\r\n')).toBe(true);
    expect(csv).toContain('p1,各位代表：,各位代表：,"Fellow Deputies,"\r\n');
    expect(csv).toContain('p2,“两会”，开幕,“两會”，開幕,"The ""two sessions"" open"\r\n');
  });
});
