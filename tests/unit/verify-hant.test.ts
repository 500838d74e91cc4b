import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertHantClean } from '../../src/lib/build-site.ts';
import { createHantConverter, loadTerms } from '../../src/lib/script/convert.ts';
import { editionError } from '../helpers.ts';
import { checkHantText, readableJson, readableText, verifyHant } from '../../src/lib/script/verify-hant.ts';

const convert = createHantConverter(loadTerms('content/zh-hant/terms.yaml'));

describe('the site-wide 繁體 check', () => {
  it('reads what a reader reads: no scripts, styles, 简体 quotations or English', () => {
    const html = '<html><head><style>.a{}</style><script>var 发=1</script></head><body><p>政府工作報告</p><span lang="zh-Hans">原文：发展</span><p lang="en">Development</p><p>A&amp;B &lt;C&gt;</p></body></html>';
    const text = readableText(html);
    expect(text).toContain('政府工作報告');
    expect(text).toContain('A&B <C>');
    for (const gone of ['var', '.a{}', '发展', 'Development']) expect(text).not.toContain(gone);
  });

  it('reads a JSON download without the quotations of the source', () => {
    expect(readableJson(JSON.stringify({ text: '發展', notes: [{ original: '发展', text: '說明' }] }))).toBe('{"text":"發展","notes":[{"text":"說明"}]}');
  });

  it('reports text that converting again would change, and 简体-only characters, with their context', () => {
    expect(checkHantText('a.html', '政府工作報告', convert)).toEqual([]);
    const problems = checkHantText('a.html', '政府工作报告', convert);
    expect(problems.map((p) => p.problem)).toEqual(['converting again changes “政府工作报告” to “政府工作報告”', '简体-only character “报” in “政府工作报告”']);
    expect(problems[0]!.file).toBe('a.html');
  });

  it('checks every page and download of the zh-hant tree, and nothing else', () => {
    const site = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(site, 'zh-hant', 'text'), { recursive: true });
    mkdirSync(join(site, 'zh-hans'));
    writeFileSync(join(site, 'zh-hans', 'a.html'), '<p>发展</p>');
    writeFileSync(join(site, 'zh-hant', 'a.html'), '<p>發展</p>');
    writeFileSync(join(site, 'zh-hant', 'text', 'a.json'), JSON.stringify({ text: '發展', original: '发展' }));
    writeFileSync(join(site, 'zh-hant', 'text', 'a.txt'), '經济');
    expect(verifyHant(site, convert).map((p) => p.file)).toEqual(['zh-hant/text/a.txt', 'zh-hant/text/a.txt']);
  });

  it('stops the build at a 繁體 problem, naming the file, the count and what to add', () => {
    const site = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(site, 'zh-hant'));
    writeFileSync(join(site, 'zh-hant', 'a.html'), '<p>發展</p>');
    expect(() => assertHantClean(site, 'content/zh-hant/terms.yaml')).not.toThrow();
    writeFileSync(join(site, 'zh-hant', 'b.html'), '<p>經济</p>');
    const e = editionError(() => assertHantClean(site, 'content/zh-hant/terms.yaml'));
    expect([e.file, e.line]).toEqual(['zh-hant/b.html', null]);
    expect(e.message).toMatch(/^zh-hant\/b\.html: 2 繁體 problem\(s\); first: zh-hant\/b\.html: converting again changes “ 經济 ” to “ 經濟 ”; zh-hant\/b\.html: 简体-only character “济”/);
    expect(e.fix).toBe('add the word to content/zh-hant/terms.yaml (protected or corrections) with the right form');
  });
});

describe('the 繁體 converter with project terms', () => {
  const terms = (protectedTerms: { cn: string; tw: string }[]) => createHantConverter({ protected: protectedTerms, corrections: [] });

  it('converts with OpenCC alone when there are no terms', () => expect(terms([])('发展经济')).toBe('發展經濟'));

  it('lets the longest term win and swaps each back in its place', () => {
    const c = terms([{ cn: '张', tw: '甲' }, { cn: '张志川', tw: '張志川' }, { cn: '王震', tw: '王震' }]);
    expect(c('张志川、王震和张')).toBe('張志川、王震和甲');
  });

  it('matches terms literally, not as patterns', () => {
    const c = terms([{ cn: '1+3', tw: '壹加叁' }]);
    expect(c('1+3')).toBe('壹加叁');
    expect(c('13号')).toBe('13號');
  });

  it('is a fixed point on its own output (OpenCC alone would turn 風采 into 風採)', () => {
    expect(convert('风采')).toBe('風采');
    expect(convert(convert('代表的风采'))).toBe(convert('代表的风采'));
  });

  it('accepts the characters its terms write on purpose (并 of 并州) as 繁體', async () => {
    const { simplifiedOnly } = await import('../../src/lib/script/convert.ts');
    expect(simplifiedOnly('向駐并部隊', convert)).toEqual([]);
    expect(simplifiedOnly('并且', terms([]))).toEqual(['并']);
  });

  it('refuses a terms file without the 繁體 form, saying what each entry needs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-'));
    writeFileSync(join(dir, 't.yaml'), 'protected:\n  - { cn: 张三 }\ncorrections: []\n');
    expect(() => loadTerms(join(dir, 't.yaml'))).toThrow(/each entry needs `cn` and `tw`/);
  });
});
