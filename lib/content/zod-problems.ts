import type { z } from 'zod';
import { closestMatch } from '@/lib/closest-match';
import { describeValue, type ContentProblem } from './errors';

type IssueOptions = {
  file: string;
  /** The parsed YAML, to show editors the value they actually wrote. */
  raw: unknown;
  issues: readonly z.core.$ZodIssue[];
  /** Fields allowed where an unknown key was found, for "did you mean" hints. */
  knownFields: (issuePath: readonly PropertyKey[]) => readonly string[];
  /** How an issue's path reads to editors; defaults to "tags, item 2". */
  fieldName?: (issuePath: readonly PropertyKey[]) => string;
};

/** Turns zod's issues into editor-facing problems: field, expectation, and what was written. */
export function problemsFromIssues({
  file,
  raw,
  issues,
  knownFields,
  fieldName = defaultFieldName,
}: IssueOptions): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownFields(issue.path);
      return issue.keys.map((key) => {
        const guess = closestMatch(key, known);
        return {
          file,
          field: fieldName([...issue.path, key]),
          expected: `a known field (${known.join(', ')})`,
          found: 'an unknown field',
          hint: guess ? `did you mean "${guess}"?` : undefined,
        };
      });
    }
    return [
      {
        file,
        field: fieldName(issue.path),
        expected: issue.message.replace(/^expected /, ''),
        found: describeValue(valueAt(raw, issue.path)),
      },
    ];
  });
}

function defaultFieldName(issuePath: readonly PropertyKey[]): string {
  return issuePath
    .map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part)))
    .join(', ');
}

function valueAt(data: unknown, issuePath: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of issuePath) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Reflect.get(value, part);
  }
  return value;
}
