// The parts of citation-js and citeproc-js the edition uses; neither ships type declarations.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: unknown[];
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module 'citeproc' {
  const CSL: { Engine: new (sys: unknown, style: unknown, lang?: string, forceLang?: boolean) => unknown };
  export default CSL;
}
