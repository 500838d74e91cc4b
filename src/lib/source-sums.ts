import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditionError } from './errors.ts';

/** `sources/SHA256SUMS` of a content root (sha256sum format): the sources as first published. */
const sumsFile = (root: string) => join(root, 'sources', 'SHA256SUMS');
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function readSums(root: string): Map<string, string> {
  const file = sumsFile(root);
  if (!existsSync(file)) return new Map();
  return new Map(readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => { const [hash, name] = l.split(/\s+/); return [name!, hash!]; }));
}

/**
 * Sources are kept byte for byte: a published source that changed stops the build; a new
 * one is recorded, when `publish` is called after the whole build succeeded.
 */
export function checkSourceSums(root: string, files: string[]): { publish: () => void } {
  const sums = readSums(root);
  const added: string[] = [];
  for (const name of files) {
    const hash = sha256(join(root, 'sources', name));
    const was = sums.get(name);
    if (was && was !== hash)
      throw new EditionError(join(root, 'sources', name), null, 'the source differs from the text first published (its checksum in sources/SHA256SUMS)', 'sources are kept exactly as received: restore the file and record corrections in its edition file; if the received text itself was replaced on purpose, delete its line from SHA256SUMS');
    if (!was) {
      sums.set(name, hash);
      added.push(name);
    }
  }
  return {
    publish: () => {
      if (added.length) writeFileSync(sumsFile(root), [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([n, h]) => `${h}  ${n}`).join('\n') + '\n');
    },
  };
}
