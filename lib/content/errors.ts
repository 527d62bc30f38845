/**
 * One problem in one content file. Editors read these, so every message names the file,
 * the field, what was expected and what was found.
 */
export type ContentProblem = {
  file: string;
  field: string;
  /** Completes "expected …". */
  expected: string;
  found?: string;
  hint?: string;
};

export function formatProblem({ file, field, expected, found, hint }: ContentProblem): string {
  const got = found === undefined ? '' : `, got ${found}`;
  const tip = hint ? ` (${hint})` : '';
  return `${file}: ${field}: expected ${expected}${got}${tip}`;
}

/** Where each front matter field is written: its line in the post's file. */
export type FieldLines = Partial<Record<string, number>>;

/**
 * A front matter field named with the line it is written on ("title, line 2", "tags, line 5,
 * item 2"), so an editor goes straight to it; a field that is not written keeps its name alone.
 */
export function fieldAtLine(field: string, lines: FieldLines | undefined): string {
  const [key = field, ...rest] = field.split(', ');
  const line = lines?.[key];
  return line === undefined ? field : [`${key}, line ${line}`, ...rest].join(', ');
}

/** Renders any front matter value the way an editor typed it, quoted when it is text. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `a list (${JSON.stringify(value)})`;
  if (typeof value === 'object') return `a nested block (${JSON.stringify(value)})`;
  return String(value);
}

/** Thrown by the data layer so `next build` and `next dev` stop with every problem listed at once. */
export class ContentValidationError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `Content has ${count}. Fix ${problems.length === 1 ? 'it' : 'them'} and save again:\n` +
        problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'ContentValidationError';
    this.problems = problems;
  }
}

/** Whether a file system error means "no such file", the one editors can fix by adding it. */
export function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
