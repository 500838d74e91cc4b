import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
export const decode = (s: string) => s.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) => ENTITIES[e] ?? (e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : m));

export const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
export const hrefs = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!));

/** The text a reader sees in element `id`, without the ¶ link and note markers. */
export function textOf(html: string, id: string): string | null {
  const m = html.match(new RegExp(`<(p|h\\d)[^>]*\\sid="${id}"[^>]*>([\\s\\S]*?)</\\1>`));
  if (!m) return null;
  return decode(m[2]!.replace(/<a class="(pilcrow|ref[^"]*)"[^>]*>[^<]*<\/a>/g, '').replace(/<[^>]+>/g, ''));
}

export const read = (p: string) => readFileSync(p, 'utf8');
