import type { z } from 'zod';

/** A field path as authors read it: `steps.signIn.answers[0]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** A problem with one field of a checked file. */
export interface FieldProblem {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * Zod's issues as one problem per field, saying what to do: an unknown key is a problem of
 * that key (one per key, not one for the object), a missing value says it is missing, every
 * other issue keeps the schema's own message. The flow checks and the interface-words check
 * word the two common cases for their files. Parse with `{ reportInput: true }`: without it
 * Zod 4 leaves the input out of its issues, and a value of the wrong type would read as missing.
 */
export function fieldProblems(issues: readonly z.core.$ZodIssue[], say: { unknownKey: string; missing: string }): FieldProblem[] {
  return issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => ({
      path: key === undefined ? issue.path : [...issue.path, key],
      message:
        issue.code === 'unrecognized_keys'
          ? say.unknownKey
          : issue.code === 'invalid_type' && issue.input === undefined
            ? say.missing
            : issue.message,
    }));
  });
}

/** One line per problem: `path.to.field: message`. */
export function formatZodError(error: z.ZodError): string {
  return error.issues.map((issue) => `  - ${fieldName(issue.path) || '(root)'}: ${issue.message}`).join('\n');
}
