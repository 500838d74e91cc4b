import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './record.ts';

// Unicode stays Unicode (Chinese titles and names), and the entry key is the document id.
const bibtex = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean } };
bibtex.format.asciiOnly = false;
bibtex.format.useIdAsLabel = true;
bibtex.format.checkLabel = false;

/** The record as reference managers import it: CSL-JSON, BibTeX and RIS, written by citation-js. */
export function citationFiles(item: CslItem): { json: string; bib: string; ris: string } {
  const cite = new Cite([item]);
  // citation-js wraps RIS values at 70 characters, and reading them back inserts a space at
  // each wrap (“M unicipal”); reference managers read long RIS lines, so each tag keeps one.
  const ris = (cite.format('ris') as string).replace(/\n(?![A-Z][A-Z0-9] {2}-( |$))/g, '');
  return { json: `${JSON.stringify([item], null, 1)}\n`, bib: cite.format('bibtex') as string, ris };
}
