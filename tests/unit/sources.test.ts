import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sources = 'content/sources';
/** The seeds lie beside the repository, or beside the local repository this one was cloned from. */
function seedDir(): string {
  const here = join('..', 'shared', 'seeds');
  if (existsSync(here)) return here;
  let origin = '';
  try {
    origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], { encoding: 'utf8' }).trim().replace(/^file:\/\//, '');
  } catch {}
  return origin && isAbsolute(origin) ? join(origin, '..', 'shared', 'seeds') : here;
}
const seeds = seedDir();
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('the diplomatic base', () => {
  it('keeps each seed text byte for byte', () => {
    expect(existsSync(seeds), `the seed texts are expected in ${seeds} (beside the repository or the one it was cloned from)`).toBe(true);
    const seedFiles = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
    expect(seedFiles).toHaveLength(5);
    for (const f of seedFiles) expect(sha(join(sources, f)), f).toBe(sha(join(seeds, f)));
  });

  it('matches the committed checksums, so an edit to a source is caught even without the seeds', () => {
    const sums = readFileSync(join(sources, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums.length).toBe(readdirSync(sources).filter((f) => f.endsWith('.txt')).length);
    for (const line of sums) {
      const [hash, file] = line.split(/\s+/);
      expect(sha(join(sources, file!)), file).toBe(hash);
    }
  });
});
