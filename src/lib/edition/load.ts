import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { EditionError } from '../errors.ts';
import { edition, type Edition } from './schema.ts';

/** Parses and validates an edition file; every error names the YAML line to fix. */
export function parseEdition(file: string, text: string): Edition {
  if (text.trim() === '') throw new EditionError(file, null, 'the edition file is empty', 'copy an existing file in content/editions/ and fill it in');
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = counter.linePos(yamlError.pos[0]).line;
    throw new EditionError(file, line, `YAML syntax: ${yamlError.message.split('\n')[0]}`, 'fix the indentation or quoting on that line');
  }
  const result = edition.safeParse(doc.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  const line = lineOf(doc.contents, issue.path as (string | number)[], counter);
  const where = path.length ? `\`${path.join('.')}\`` : 'the file';
  const fix =
    issue.code === 'invalid_type' && issue.input === undefined
      ? `add \`${path.at(-1)}\` (see content/editions/README.md)`
      : 'see content/editions/README.md for the allowed values';
  throw new EditionError(file, line, `${where}: ${issue.message}`, fix);
}

export function loadEdition(path: string): Edition {
  return parseEdition(basename(path), readFileSync(path, 'utf8'));
}

/** The line of the deepest key on `path` that exists: a missing key points at its parent's key. */
function lineOf(root: unknown, path: (string | number)[], counter: LineCounter): number | null {
  let node = root;
  let best: Node | null = isNode(root) ? root : null;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (!pair) break;
      best = isNode(pair.key) ? pair.key : best;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && isNode(node.items[key])) {
      node = node.items[key];
      best = node as Node;
    } else break;
  }
  return best?.range ? counter.linePos(best.range[0]).line : null;
}
