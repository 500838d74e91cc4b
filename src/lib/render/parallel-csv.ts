import type { Unit } from '../translation/units.ts';

const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The aligned text of a document as CSV, one row per anchor id: id, 简体, 繁體, English.
 * A UTF-8 byte-order mark makes spreadsheet programs read the Chinese correctly.
 */
export function parallelCsv(units: Unit[], hant: (s: string) => string, en: (id: string) => string): string {
  const rows = [['id', 'zh-Hans', 'zh-Hant', 'en'], ...units.map((u) => [u.id, u.zh, hant(u.zh), en(u.id)])];
  return `\ufeff${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
