import fc from 'fast-check';

// Pieces that mean something to MDX, Markdown, JSX, HTML or JavaScript, mixed with Chinese.
const TOKENS = ['{', '}', '<', '>', '</p>', '<script>', 'import x from "y"', 'export const a = 1', '`', '```', '#', '## ', '*', '**', '_', '|', '\\', '&amp;', '&', '${x}', '{{', '---', '[x](y)', '<!--', '-->', "'", '"', '~', '😀', '政府', '工作', '〔', '〕', ' ', '=', '/', '%', '$', 'A', 'z', '9'];

export const SEED = 20210310;

/** Random lines that the parser passes through unchanged: prefixed and closed so they stay one paragraph each. */
export function randomLines(count: number): string[] {
  const line = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 12 }).map((t) => `测试${t.join('')}。`);
  return fc.sample(line, { seed: SEED, numRuns: count });
}
