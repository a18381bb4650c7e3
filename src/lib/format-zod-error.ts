import type { z } from 'zod';

/** One line per problem: `path.to.field: message`. */
export function formatZodError(error: z.ZodError): string {
  return error.issues.map((issue) => `  - ${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`).join('\n');
}
