import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { TEST_SITE } from '../setup/paths.ts';
import { walk } from './html.ts';

// .htmlvalidate.json: the recommended rules, less `long-title` (a document's title is as long as its source makes it).
describe('every page of the built site', () => {
  it('passes html-validate with no errors', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of walk(TEST_SITE).filter((f) => f.endsWith('.html'))) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
