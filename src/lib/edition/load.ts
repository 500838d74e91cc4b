import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { EditionError } from '../errors.ts';
import { edition, type Edition } from './schema.ts';

// How a field should look, for messages that say what to write rather than what the type was.
const SHAPES: Record<string, string> = {
  removed: 'removals (`- lines: [a, b]`, `what`, `reason`)',
  excluded: 'exclusions (`- lines: [a, b]`, `reason`)',
  joins: 'joins (`- line: n`, `reason`)',
  breaks: 'breaks (`- line: n`, `reason`)',
  supplied: 'supplied characters (`- line`, `before`, `text`, `reason`)',
  lacunae: 'lacunae (`- line`, `before`, `reason`)',
  asides: 'sidebars (`- lines: [a, b]`, `reason`)',
  people: 'people (`- name: …`, optional `role`, `affiliation`)',
  articles: 'articles (one entry per table-of-contents item)',
  posters: 'line ranges (`- [a, b]`)',
};

/** Parses and validates an edition file; every problem is reported at once, each at its YAML line. */
export function parseEdition(file: string, text: string): Edition {
  if (text.trim() === '') throw new EditionError(file, null, 'the edition file is empty', 'copy an existing file in content/editions/ and fill it in');
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = counter.linePos(yamlError.pos[0]).line;
    throw new EditionError(file, line, `YAML syntax: ${yamlError.message.split('\n')[0]}`, 'fix the indentation or quoting on that line');
  }
  if (doc.contents === null) throw new EditionError(file, null, 'the edition file is empty: it holds only comments', 'copy an existing file in content/editions/ and fill it in');
  const data = doc.toJS();
  const result = edition.safeParse(data);
  if (result.success) return result.data;
  const valueAt = (path: (string | number)[]) => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), data);
  const problems = result.error.issues.flatMap((issue) => {
    const path = issue.path as (string | number)[];
    // A misspelt key is reported at the key itself, not at the object holding it.
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ line: lineOf(doc.contents, [...path, key], counter), text: `\`${[...path, key].join('.')}\` is not a field here (misspelt?)` }));
    const where = path.length ? `\`${path.join('.')}\`` : 'the file';
    const name = String(path.findLast((k) => typeof k === 'string') ?? '');
    const missing = issue.code === 'invalid_type' && valueAt(path) === undefined;
    const text =
      missing ? `${where} is missing: add \`${path.at(-1)}\`` : issue.code === 'invalid_type' && issue.expected === 'array' ? `${where} must be a list of ${SHAPES[name] ?? 'entries'}` : `${where}: ${issue.message}`;
    return [{ line: lineOf(doc.contents, path, counter), text }];
  });
  const first = problems[0]!;
  throw new EditionError(
    file,
    first.line,
    problems.length === 1 ? first.text : `${problems.length} problems:\n${problems.map((p) => `    line ${p.line ?? '?'}: ${p.text}`).join('\n')}`,
    'see content/editions/README.md for the fields and their allowed values',
  );
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
