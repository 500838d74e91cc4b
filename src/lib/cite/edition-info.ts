import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const info = z.strictObject({
  title: z.strictObject({ 'zh-Hans': z.string().min(1), en: z.string().min(1) }),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version is MAJOR.MINOR.PATCH'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD'),
  baseUrl: z.url().refine((u) => u.endsWith('/'), 'the base URL ends with /'),
  licence: z.strictObject({ 'zh-Hans': z.string().min(1), en: z.string().min(1) }),
});
export type EditionInfo = z.infer<typeof info>;

/** content/edition.yaml, with the public address overridable by EDITION_BASE_URL (one setting). */
export function editionInfo(path = 'content/edition.yaml', env: Record<string, string | undefined> = process.env): EditionInfo {
  const data = info.parse(parse(readFileSync(path, 'utf8')));
  const base = env.EDITION_BASE_URL;
  return base ? info.parse({ ...data, baseUrl: base.endsWith('/') ? base : `${base}/` }) : data;
}

/** The permanent public address of a site path (`zh-hans/taiyuan-2021-report.html#p57`). */
export const permalink = (e: EditionInfo, path: string) => new URL(path, e.baseUrl).href;
