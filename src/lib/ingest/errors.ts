/** A problem with one input file, worded so that a person can fix it. */
export class IngestError extends Error {
  override name = 'IngestError';
  /** The file (or folder) at fault, as a path people can open. */
  readonly file: string;
  /** What was expected and what was found. */
  readonly problem: string;

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.file = file;
    this.problem = problem;
  }
}
