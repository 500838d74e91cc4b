import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorsOf, checkAnchors } from '../../src/lib/anchors.ts';
import { docs } from '../helpers.ts';

describe('citation permanence', () => {
  it('every published id still opens on the same words (the committed registry)', () => {
    for (const d of docs().filter((d) => d.paragraphs.length)) {
      const file = `content/anchors/${d.meta.id}.json`;
      expect(existsSync(file), `${file} is committed`).toBe(true);
      const { broken, added } = checkAnchors(JSON.parse(readFileSync(file, 'utf8')), anchorsOf(d));
      expect(broken, d.meta.id).toEqual([]);
      expect(added, d.meta.id).toEqual([]);
    }
  });

  it('reports a shifted or dropped id and accepts new ones', () => {
    const published = { s1: '一、总体要求', p1: '各位代表', p2: '现在我代表' };
    expect(checkAnchors(published, { s1: '一、总体要求', p1: '现在我代表', p3: '新段' })).toEqual({
      broken: [
        { id: 'p1', was: '各位代表', now: '现在我代表' },
        { id: 'p2', was: '现在我代表', now: null },
      ],
      added: ['p3'],
    });
  });

  it('ids come from structure, not from heading text', () => {
    const ids = docs().flatMap((d) => d.sections.map((s) => s.id));
    for (const id of ids) expect(id).toMatch(/^(s\d+|e\d+)(-e?\d+)*$/);
  });
});
