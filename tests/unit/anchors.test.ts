import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorsOf, checkAnchors } from '../../src/lib/anchors.ts';
import { docs } from '../helpers.ts';

describe('citation permanence', () => {
  it('every published id still opens on the same words (the committed registry)', () => {
    for (const d of docs().filter((d) => d.paragraphs.length)) {
      const file = `content/anchors/${d.meta.id}.json`;
      expect(existsSync(file), `${file} is committed`).toBe(true);
      const { broken, added } = checkAnchors(JSON.parse(readFileSync(file, 'utf8')), d);
      expect(broken, d.meta.id).toEqual([]);
      expect(added, d.meta.id).toEqual([]);
    }
  });

  it('reports a shifted or dropped id and accepts new ones', () => {
    const d = structuredClone(docs().find((x) => x.meta.id === 'jincheng-2020-report')!);
    const current = anchorsOf(d);
    const published = { s3: current.s3!, p1: '各位代表', p2: current.p1! };
    expect(checkAnchors(published, d)).toMatchObject({
      broken: [
        { id: 'p1', was: '各位代表', now: current.p1 },
        { id: 'p2', was: current.p1, now: current.p2 },
      ],
    });
    expect(checkAnchors(published, d).added).toContain('p3');
  });

  it('ids come from structure, not from heading text', () => {
    const ids = docs().flatMap((d) => d.sections.map((s) => s.id));
    for (const id of ids) expect(id).toMatch(/^(s\d+|e\d+)(-e?\d+)*$/);
  });
});
