import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHantConverter, loadTerms } from '../../src/lib/script/convert.ts';
import { verifyHant } from '../../src/lib/script/verify-hant.ts';
import { TEST_SITE } from '../setup/paths.ts';
import { ids, read, textOf, walk } from './html.ts';

const convert = createHantConverter(loadTerms('content/zh-hant/terms.yaml'));
const hansPages = () => walk(join(TEST_SITE, 'zh-hans')).filter((f) => f.endsWith('.html') || f.endsWith('.json') || f.endsWith('.txt'));

describe('繁體 pages', () => {
  it('exist for every 简体 page and download, with exactly the same ids', () => {
    for (const hans of hansPages()) {
      const hant = hans.replace(`${TEST_SITE}/zh-hans/`, `${TEST_SITE}/zh-hant/`);
      const a = read(hans);
      const b = read(hant);
      if (hans.endsWith('.html')) expect([...ids(b)].sort(), hant).toEqual([...ids(a)].sort());
      if (hans.endsWith('.json') && hans.includes('/text/')) expect(JSON.parse(b).paragraphs.map((p: { id: string }) => p.id)).toEqual(JSON.parse(a).paragraphs.map((p: { id: string }) => p.id));
    }
  });

  it('are converted text, names and all', () => {
    const html = read(join(TEST_SITE, 'zh-hant', 'jcgz-2021-03-01.html'));
    expect(html).toContain('張志川');
    expect(textOf(html, 'p9')).toContain('要堅持舉旗定向，提高政治判斷力。');
    expect(read(join(TEST_SITE, 'zh-hant', 'jcgz-2021-03-04.html'))).toContain('中共澤州縣委書記');
    expect(read(join(TEST_SITE, 'zh-hant', 'text', 'jcgz-2021-03-03.txt'))).toContain('推進政府治理體系和治理能力現代化');
  });

  it('pass the whole-site check: converting again changes nothing, no 简体-only character is left', () => {
    expect(verifyHant(TEST_SITE, convert)).toEqual([]);
  });

  it('the check names the page and the word when something slips through', () => {
    const copy = '.tmp/hant-check';
    cpSync(TEST_SITE, copy, { recursive: true });
    const page = join(copy, 'zh-hant', 'taiyuan-2021-report.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('太原市政府工作報告', '太原市政府工作报告'));
    const problems = verifyHant(copy, convert);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 'zh-hant/taiyuan-2021-report.html' });
    expect(problems.map((p) => p.problem).join(' ')).toMatch(/工作报告/);
    expect(problems.map((p) => p.problem).join(' ')).toMatch(/简体-only character “报”/);
  });
});
