import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { simplifiedOnly, type Convert } from './convert.ts';

export interface HantProblem {
  file: string;
  problem: string;
}

const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/** What a reader reads on a 繁體 page; quotations of the 简体 source (lang="zh-Hans") and English (lang="en", the parallel view) are left out. */
export function readableText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<(\w+)\b[^>]*\blang="(?:zh-Hans|en)"[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}

const around = (chars: string[], i: number) => chars.slice(Math.max(0, i - 4), i + 5).join('').replace(/\s+/g, ' ');

/** Checks one 繁體 text: converting it again changes nothing, and no 简体-only character is left. */
export function checkHantText(file: string, text: string, convert: Convert): HantProblem[] {
  const problems: HantProblem[] = [];
  const a = [...text];
  const b = [...convert(text)];
  const i = a.findIndex((ch, k) => ch !== b[k]);
  if (i >= 0 || a.length !== b.length) problems.push({ file, problem: `converting again changes “${around(a, i)}” to “${around(b, i)}”` });
  for (const ch of simplifiedOnly(text, convert)) problems.push({ file, problem: `简体-only character “${ch}” in “${around(a, a.indexOf(ch))}”` });
  return problems;
}

/** What a reader reads in a JSON download: every string but the quotations of the 简体 source (`original`). */
export const readableJson = (json: string) => JSON.stringify(JSON.parse(json), (key, value) => (key === 'original' ? undefined : value));

/** Every 繁體 page and download in a built site (the `zh-hant/` tree). */
export function verifyHant(site: string, convert: Convert): HantProblem[] {
  return walk(join(site, 'zh-hant')).flatMap((f) => {
    const raw = readFileSync(f, 'utf8');
    return checkHantText(relative(site, f), f.endsWith('.html') ? readableText(raw) : f.endsWith('.json') ? readableJson(raw) : raw, convert);
  });
}
