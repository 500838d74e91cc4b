/** An input problem the editor must fix: names the file, the line and what to do. */
export class EditionError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly fix: string;

  constructor(file: string, line: number | null, problem: string, fix: string) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}\n  → ${fix}`);
    this.name = 'EditionError';
    this.file = file;
    this.line = line;
    this.fix = fix;
  }
}
