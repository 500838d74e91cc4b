import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { labels } from '../../src/lib/site/i18n.ts';
import { describe, expect, it } from 'vitest';
import { checkAnchors, keepPublishedIds, readRegistry } from '../../src/lib/anchors.ts';
import { checkConservation } from '../../src/lib/check/conservation.ts';
import { openEnds } from '../../src/lib/check/splits.ts';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { plain } from '../../src/lib/parse/inline.ts';
import { plainTextOf, readingText } from '../../src/lib/render/reading-text.ts';
import { readSource } from '../../src/lib/source.ts';
import { doc, docs, editionError } from '../helpers.ts';

const MAGAZINE = 'content/sources/001_e19706f1ea0185f1.txt';
const magazineDocs = () => docs().filter((d) => d.meta.source.file === '001_e19706f1ea0185f1.txt');
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/** A copy of the content root with `edit` applied to one edition file. */
function editedContent(file: string, edit: (s: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync('content', dir, { recursive: true });
  const path = join(dir, 'editions', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

describe('conservation: every source character accounted for', () => {
  it('holds for every source of the corpus', () => {
    for (const file of new Set(docs().map((d) => d.meta.source.file))) {
      const src = readSource(join('content/sources', file));
      expect(checkConservation(src, docs().filter((d) => d.meta.source.file === file)), file).toEqual([]);
    }
  });

  it('names the line a region leaves out (the imprint ending one line early lost line 891)', () => {
    const e = editionError(() => loadCorpus([editedContent('jcgz-2021-03.yaml', (s) => s.replace('imprint: { lines: [889, 891]', 'imprint: { lines: [889, 889]'))]));
    expect(e.line).toBe(891);
    expect(e.message).toContain('准印证号');
  });

  it('reports a character the edition shows without a note, and one it drops', () => {
    const src = readSource(MAGAZINE);
    const changed = clone(magazineDocs());
    const report = changed.find((d) => d.meta.id === 'jcgz-2021-03-03')!;
    const p = report.paragraphs.find((x) => x.id === 'p3')!;
    const first = p.content.find((c) => c.t === 'text') as { s: string };
    first.s = first.s.replace('晋城', '晋成');
    const dropped = changed.find((d) => d.meta.id === 'jcgz-2021-03')!;
    dropped.issue!.slogans.pop();
    const problems = checkConservation(src, changed);
    expect(problems.map((x) => x.line)).toEqual([p.src[0]!, 887].sort((a, b) => a - b));
    expect(problems.find((x) => x.line === p.src[0])!.problem).toMatch(/晋城.*晋成|without a note/);
  });

  it('keeps the affiliation line as printed, at the end of the article, and in the downloads', () => {
    const d = doc('jcgz-2021-03-04');
    const last = d.blocks.at(-1)!;
    expect(last).toMatchObject({ type: 'signoff', text: '（作者系中共泽州县委书记）' });
    expect(d.meta.people[0]!.affiliation).toBe('中共泽州县委书记');
    expect(readingText(d).signoff?.text).toBe('（作者系中共泽州县委书记）');
    const txt = plainTextOf(d, 'zh-Hans', 'zh-hans/jcgz-2021-03-04.html', labels('zh-Hans'));
    expect(txt).toContain('[#signoff] （作者系中共泽州县委书记）');
    expect(txt).toContain('刊期出版日期 2021-03-10');
    expect(txt.split('校勘记\n')[1]).toMatch(/^\[1\] \[#n\d+\]/);
  });

  it('shows the cover lines it stores', () => {
    const cover = doc('jcgz-2021-03').issue!.cover;
    expect(cover.map((c) => c.text)).toEqual(['晋城工作', '在市七届人大七次会议闭幕式上的讲话', '在市政协七届六次会议闭幕会上的讲话', '政府工作报告', '中国共产党晋城市委员会主办', '中国共产党晋城市委员会政策研究室承办', '2021', '3', '总第210期']);
  });
});

describe('split paragraphs and structure', () => {
  it('finds no paragraph ending mid-sentence before a continuation, in any document', () => {
    // The 运城 sidebar items end without punctuation on purpose; its edition file records them as breaks.
    for (const d of docs().filter((x) => x.meta.id !== 'yuncheng-report-abstract')) expect(openEnds(d.blocks, d.paragraphs, new Set()), d.meta.id).toEqual([]);
  });

  it('stops the build at a split paragraph that has no decision, naming its line', () => {
    const e = editionError(() => loadCorpus([editedContent('jcgz-2021-03.yaml', (s) => s.replace(/joins:\n  - line: 687\n(?: {4}.*\n)+/, ''))]));
    expect(e.line).toBe(687);
    expect(e.message).toContain('比“十二五”');
    expect(e.fix).toContain('joins');
  });

  it('joins 比“十二五” | 末提高18万吨/年 and keeps the published ids: #p5 becomes an alias inside #p4, #p6 keeps its text', () => {
    const d = doc('jcgz-2021-03-10');
    const text = readingText(d).paragraphs;
    expect(text.find((p) => p.id === 'p4')!.text).toContain('比“十二五”末提高18万吨/年');
    expect(text.find((p) => p.id === 'p5')).toBeUndefined();
    expect(d.aliases).toEqual([{ id: 'p5', target: 'p4', head: '末提高18万吨/年。严格' }]);
    expect(text.find((p) => p.id === 'p6')!.text.startsWith('（二）挖潜增“优”')).toBe(true);
    const registry = readRegistry('content/anchors/jcgz-2021-03-10.json');
    expect(registry.p5).toMatchObject({ alias: 'p4' });
    expect(checkAnchors(registry, d).broken).toEqual([]);
  });

  it('numbers a new paragraph after every published id and never renumbers a later one', () => {
    const d = clone(doc('jcgz-2021-03-10'));
    const registry = readRegistry('content/anchors/jcgz-2021-03-10.json');
    const fresh = clone(d.paragraphs[2]!);
    fresh.id = 'tmp';
    fresh.content = [{ t: 'text', s: '一段新发现的文字，未曾发布。' }];
    d.paragraphs.splice(3, 0, fresh);
    d.blocks.splice(d.blocks.findIndex((b) => b.type === 'para' && b.para === 'p4'), 0, { type: 'para', para: 'tmp' });
    d.paragraphs.forEach((p, i) => (p.id = `q${i}`));
    let k = 0;
    for (const b of d.blocks) if (b.type === 'para') b.para = `q${k++}`;
    keepPublishedIds(d, registry);
    expect(d.paragraphs.map((p) => p.id).slice(0, 6)).toEqual(['p1', 'p2', 'p3', 'p19', 'p4', 'p6']);
  });

  it('makes run-in headings of one list alike (太原 坚持就业优先战略。 opens its paragraph)', () => {
    const d = doc('taiyuan-2021-report');
    for (const title of ['坚持就业优先战略', '办好人民满意教育', '加快建设健康太原']) {
      const s = d.sections.find((x) => x.title === title)!;
      expect(s.runIn, title).toBe(true);
      expect(d.blocks.some((b) => b.type === 'heading' && b.section === s.id), title).toBe(false);
    }
    expect(d.annotations.some((a) => a.type === 'join' && a.text.includes('段首标题单独成行'))).toBe(true);
  });

  it('gives every 一是…五是 item of jcgz-2021-03-08 an id, in every section', () => {
    const ids = doc('jcgz-2021-03-08').sections.map((s) => s.id);
    for (const parent of ['s1', 's2', 's3']) expect(ids.filter((id) => id.startsWith(`${parent}-e`)).length, parent).toBeGreaterThanOrEqual(4);
  });

  it('attaches the closing address to the report and a paragraph after the items to their parent', () => {
    for (const id of ['changzhi-2021-report', 'taiyuan-2021-report', 'jcgz-2021-03-03']) {
      const last = doc(id).paragraphs.at(-1)!;
      expect(plain(last.content), id).toMatch(/^各位代表/);
      expect(last.section, id).toBeNull();
    }
    const p = doc('jcgz-2021-03-03').paragraphs.find((x) => plain(x.content).startsWith('同时，按照市委改革清单'))!;
    expect(p.section).toBe('s3-3');
  });
});

describe('notes quote the source exactly', () => {
  it('quotes jump markers with the brackets the source has', () => {
    const src = readSource(MAGAZINE);
    const notes = magazineDocs().flatMap((d) => d.annotations.filter((a) => a.type === 'continuation'));
    expect(notes.length).toBe(3);
    for (const n of notes) for (const c of n.claims!) expect(src.lines[c.line]).toContain(c.text);
    expect(notes.some((n) => n.original!.includes('(下转'))).toBe(true);
  });

  it('gives the source line of every emendation and supplied character', () => {
    for (const a of docs().flatMap((d) => d.annotations.filter((x) => x.type === 'emendation' || x.type === 'supplied'))) expect(a.text).toContain(`原文第${a.lines[0]}行`);
  });
});
