// How a passage's text travels through Pagefind and back. Shared by the indexer and the browser.

const ZWSP = '\u200b';

/**
 * Pagefind segments Chinese into dictionary words and matches a query word only as the
 * prefix of an indexed word, so a character inside a word (型 in 雏型) is never found.
 * A zero-width space after every character makes each character its own word; Pagefind
 * strips the zero-width spaces again from the content it returns.
 */
export const asCharacterWords = (text: string) => text.replace(/(\S)(?=\S)/gu, `$1${ZWSP}`);

/** The text as a reader sees it on the page: HTML collapses whitespace, and so does Pagefind. */
export const displayedText = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A record's content: the passage in the index's script, then the same passage in the other
 * script, so that a query typed in either script finds it. Pagefind keeps no field boundaries
 * in content and indexes every meta value as words, so the two halves are told apart by
 * length: the build checks that both scripts are aligned character for character.
 */
export const recordContent = (text: string, other: string) => `${asCharacterWords(text)} ${asCharacterWords(other)}`;

/** Inverse of recordContent, on the content Pagefind hands back. */
export function recordTexts(content: string): [text: string, other: string] {
  const half = (content.length - 1) / 2;
  if (!Number.isInteger(half) || content[half] !== ' ') throw new Error(`search record content is not two aligned halves: “${content.slice(0, 40)}…”`);
  return [content.slice(0, half), content.slice(half + 1)];
}

// Pagefind's English tokenizer does not split at zero-width spaces, so in English records each
// Chinese character is set off by a plain space; the text's own spaces travel as U+3000.
const spaced = (text: string) => [...text.replace(/ /g, '\u3000')].join(' ');
const unspaced = (s: string) => [...s].filter((_, i) => i % 2 === 0).join('').replace(/\u3000/g, ' ');

/**
 * An English record: the English passage as words (Pagefind stems them), then the aligned
 * Chinese in both scripts, one character a word, so that a Chinese query finds the English
 * paragraph too. `split` (stored in the record's meta) is the length of the English part.
 */
export const englishRecordContent = (en: string, hans: string, hant: string) => ({ content: `${en} ${spaced(hans)} ${spaced(hant)}`, split: en.length });

/**
 * Pagefind's tokenizer keeps Licheng–Pingshun–Huguan–Lingchuan as one word, so “Lingchuan”
 * would never find it. The parts of such compounds travel in a meta field, which Pagefind
 * also indexes; the record's content, shown and verified, stays exactly the text.
 */
export const compoundParts = (en: string) =>
  [...en.matchAll(/[\p{L}\p{N}]+(?:[–—/][\p{L}\p{N}]+)+/gu)].map((m) => m[0].replace(/[–—/]/g, ' ')).join(' ');

/** Inverse of englishRecordContent. */
export function englishRecordTexts(content: string, split: number): [en: string, hans: string, hant: string] {
  const chinese = content.slice(split + 1);
  const half = (chinese.length - 1) / 2;
  if (!Number.isInteger(half) || chinese[half] !== ' ') throw new Error(`English search record is not English plus two aligned Chinese halves: “${content.slice(0, 40)}…”`);
  return [content.slice(0, split), unspaced(chinese.slice(0, half)), unspaced(chinese.slice(half + 1))];
}
