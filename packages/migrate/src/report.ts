/** Something the codemod left for the user: it changed nothing there. */
export interface Problem {
  /** The file, as the codemod was given it (relative to the working directory from the command line). */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly message: string;
}

/** `file:line:column: message`, the form editors and terminals link to the place. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** Problems in file order, then line and column order. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
