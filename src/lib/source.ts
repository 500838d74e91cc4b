import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { EditionError } from './errors.ts';

export interface SourceText {
  file: string;
  /** 1-based: lines[0] is unused so that lines[n] is source line n. */
  lines: string[];
}

/** UTF-16 shows as a byte-order mark or as a NUL beside most ASCII bytes; GB18030 has neither. */
function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 4096);
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  return sample.length > 8 && nul > sample.length / 8;
}

export function decodeSource(file: string, bytes: Uint8Array): SourceText {
  if (isUtf16(bytes)) throw new EditionError(file, 1, 'the file is UTF-16, not UTF-8', 'save the source as UTF-8 (convert it with `iconv -f UTF-16 -t UTF-8`)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EditionError(file, firstInvalidLine(bytes), 'the file is not valid UTF-8 (it looks like a legacy Chinese encoding such as GB18030/GBK)', 'save the source as UTF-8 (convert it with `iconv -f GB18030 -t UTF-8`)');
  }
  if (text.trim() === '') throw new EditionError(file, null, 'the source is empty', 'put the document text in the file, or remove the file and its edition entry');
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new EditionError(file, text.slice(0, nul).split('\n').length, 'the source contains a NUL byte (binary data?)', 'replace the file with the plain-text source');
  return { file, lines: ['', ...text.replace(/\r\n?/g, '\n').split('\n')] };
}

export function readSource(path: string): SourceText {
  return decodeSource(basename(path), readFileSync(path));
}

/** 1-based line of the first line that does not decode, found line by line (linear). */
function firstInvalidLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
  }
  return 1;
}
