import { createHash } from 'node:crypto';

/** The CSP source expression for an inline script or style: `sha256-<base64>` of its exact text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
