import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeLeftovers } from '../../src/lib/build-site.ts';
import { ingest } from '../../src/lib/ingest.ts';

describe('a build leaves nothing half-done', () => {
  it('removes the scratch directories an interrupted build left, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leftovers-'));
    for (const d of ['dist.tmp-123', 'dist.old-9', '.generated.tmp-77', 'dist', 'dist.tmp-notapid', 'distant.tmp-1']) mkdirSync(join(dir, d));
    const removed = removeLeftovers(join(dir, 'dist'), join(dir, '.generated')).map((p) => p.slice(dir.length + 1)).sort();
    expect(removed).toEqual(['.generated.tmp-77', 'dist.old-9', 'dist.tmp-123']);
    expect(existsSync(join(dir, 'dist'))).toBe(true);
    expect(existsSync(join(dir, 'dist.tmp-notapid'))).toBe(true);
  });

  it('writes new anchors into content only when told the whole build succeeded', () => {
    const root = mkdtempSync(join(tmpdir(), 'registry-'));
    cpSync('tests/fixtures/content', root, { recursive: true });
    const registry = join(root, 'anchors', 'fixture-lucheng-2021.json');
    const before = readFileSync(registry, 'utf8');
    const published = JSON.parse(before);
    delete published.p8;
    writeFileSync(registry, JSON.stringify(published));
    const r = ingest({ roots: [root], out: join(root, 'out') });
    expect(JSON.parse(readFileSync(registry, 'utf8')).p8).toBeUndefined();
    r.publish();
    expect(JSON.parse(readFileSync(registry, 'utf8')).p8).toBe(JSON.parse(before).p8);
  });

  it('leaves no scratch directory when ingestion fails', () => {
    const root = mkdtempSync(join(tmpdir(), 'failing-'));
    cpSync('tests/fixtures/content', root, { recursive: true });
    writeFileSync(join(root, 'translations', 'en', 'fixture-lucheng-2021.yaml'), 'title: [broken');
    expect(() => ingest({ roots: [root], out: join(root, 'out') })).toThrow();
    expect(existsSync(join(root, 'out'))).toBe(false);
    expect(existsSync(join(root, `out.tmp-${process.pid}`))).toBe(false);
  });
});

describe('sources are kept byte for byte', () => {
  it('records a new source once the build succeeded, and stops at a published source that changed', async () => {
    const { checkSourceSums } = await import('../../src/lib/source-sums.ts');
    const root = mkdtempSync(join(tmpdir(), 'sums-'));
    mkdirSync(join(root, 'sources'));
    writeFileSync(join(root, 'sources', 'a.txt'), '原文\n');
    const first = checkSourceSums(root, ['a.txt']);
    expect(existsSync(join(root, 'sources', 'SHA256SUMS'))).toBe(false);
    first.publish();
    expect(readFileSync(join(root, 'sources', 'SHA256SUMS'), 'utf8')).toMatch(/^[0-9a-f]{64} {2}a\.txt\n$/);
    writeFileSync(join(root, 'sources', 'a.txt'), '原文改了\n');
    expect(() => checkSourceSums(root, ['a.txt'])).toThrow(/differs from the text first published/);
  });
});
