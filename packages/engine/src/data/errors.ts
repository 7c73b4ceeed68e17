/** One problem in one input file, located as precisely as the input allows. */
export interface Problem {
  file: string;
  /** JSON pointer (RFC 6901) into the file, '' for the whole document. */
  pointer?: string;
  line?: number;
  column?: number;
  message: string;
}

export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** `file#/pointer (line 4, column 7): message` — the shape every data error takes. */
export function formatProblem(p: Problem): string {
  const where = p.pointer !== undefined ? `${p.file}#${p.pointer}` : p.file;
  const at = p.line !== undefined ? ` (line ${p.line}, column ${p.column ?? 1})` : '';
  return `${where}${at}: ${p.message}`;
}

/** Invalid input data. Carries every problem found, not only the first, so one run fixes them all. */
export class DataError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const shown = problems.slice(0, 20).map(formatProblem);
    if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more problems`);
    super(shown.join('\n'));
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** Runs `fn`, adding a DataError's problems to `problems` instead of throwing; other errors still throw. */
export function collectProblems<T>(problems: Problem[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    problems.push(...e.problems);
    return undefined;
  }
}
