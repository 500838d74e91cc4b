import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { TERMS } from '../lib/ingest.ts';
import type { Lang } from '../lib/model.ts';
import { createHantConverter, loadTerms, type Convert } from '../lib/script/convert.ts';

const text = z.strictObject({ 'zh-Hans': z.string().min(1), en: z.string().min(1) });
const page = z.strictObject({
  title: text,
  sections: z.array(z.strictObject({ heading: text.optional(), paragraphs: z.strictObject({ 'zh-Hans': z.array(z.string()), en: z.array(z.string()) }) })).min(1),
});

export interface Prose {
  title: string;
  sections: { heading?: string; paragraphs: string[] }[];
}

let convert: Convert | null = null;

/** A text written in 简体 and English, in the page's language (繁體 converted). */
export function localized(text: { 'zh-Hans': string; en: string }, lang: Lang): string {
  if (lang === 'en') return text.en;
  return lang === 'zh-Hant' ? (convert ??= createHantConverter(loadTerms(TERMS)))(text['zh-Hans']) : text['zh-Hans'];
}

/**
 * A page of the edition's own prose (content/pages/*.yaml) in one language: 简体 and English
 * as written, 繁體 converted like all text; {name} placeholders filled from `figures`.
 */
export function prose(file: string, lang: Lang, figures: Record<string, string> = {}): Prose {
  const data = page.parse(parse(readFileSync(`content/pages/${file}`, 'utf8')));
  for (const s of data.sections)
    if (s.paragraphs['zh-Hans'].length !== s.paragraphs.en.length) throw new Error(`content/pages/${file}: a section has ${s.paragraphs['zh-Hans'].length} Chinese and ${s.paragraphs.en.length} English paragraphs; write them pair by pair`);
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => figures[k] ?? m);
  const text = (t: { 'zh-Hans': string; en: string }) => localized({ 'zh-Hans': fill(t['zh-Hans']), en: fill(t.en) }, lang);
  return {
    title: text(data.title),
    sections: data.sections.map((s) => ({ ...(s.heading ? { heading: text(s.heading) } : {}), paragraphs: s.paragraphs['zh-Hans'].map((zh, i) => text({ 'zh-Hans': zh, en: s.paragraphs.en[i] ?? '' })) })),
  };
}
