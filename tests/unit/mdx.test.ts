import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditionError } from '../../src/lib/errors.ts';
import { ingest } from '../../src/lib/ingest.ts';
import { documentToMdx } from '../../src/lib/render/mdx.ts';
import { docs } from '../helpers.ts';

const COMPONENT = /^<(P|H|Aside|AsideTitle|Signoff)\b/;

describe('generated MDX', () => {
  it('has a one-line JSON front matter and nothing but explicit components whose text is string literals', () => {
    for (const d of docs()) {
      const mdx = documentToMdx(d, 'zh-Hans');
      const [, front, body] = mdx.split(/^---$/m);
      expect(JSON.parse(front!)).toEqual({ doc: d.meta.id, lang: 'zh-Hans' });
      for (const line of body!.split('\n').filter((l) => l.trim())) {
        expect(line.match(COMPONENT) || line === '</Aside>', `${d.meta.id}: ${line.slice(0, 60)}`).toBeTruthy();
        // Outside tags, only {"…"} expressions: no bare text a Markdown or JSX parser could interpret.
        const bare = line.replace(/\{"(?:[^"\\]|\\.)*"\}/g, '').replace(/<[^>]*>/g, '');
        expect(bare, `${d.meta.id}: ${line.slice(0, 60)}`).toBe('');
      }
      expect(mdx).not.toMatch(/^(import|export)\s/m);
    }
  });

  it('carries the structural ids of every section and paragraph', () => {
    const d = docs().find((x) => x.meta.id === 'taiyuan-2021-report')!;
    const mdx = documentToMdx(d, 'zh-Hans');
    for (const s of d.sections) expect(mdx).toContain(`id="${s.id}"`);
    for (const p of d.paragraphs) expect(mdx).toContain(`<P id="${p.id}"`);
  });

  it('stops the build when a published anchor would move, naming it', () => {
    const root = mkdtempSync(join(tmpdir(), 'anchors-'));
    cpSync('tests/fixtures/content', root, { recursive: true });
    const registry = join(root, 'anchors', 'fixture-lucheng-2021.json');
    writeFileSync(registry, JSON.stringify({ p1: '这段文字已不在原文中' }));
    const fail = () => ingest({ roots: [root], out: join(root, 'out') });
    expect(fail).toThrow(EditionError);
    expect(fail).toThrow(/#p1 opened “这段文字已不在原文中…”, now gone/);
    expect(ingest({ roots: [root], out: join(root, 'out'), acceptAnchors: true }).documents).toBe(1);
  });
});
