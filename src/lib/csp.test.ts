import { describe, expect, it } from 'vitest';
import { cspHash } from './csp.ts';

describe('cspHash', () => {
  it('is the base64 SHA-256 of the exact text, UTF-8 encoded, as CSP wants it', () => {
    // Reference values: `printf '' | openssl dgst -sha256 -binary | base64`, and the same of "é" in UTF-8.
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(cspHash('é')).toBe('sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw=');
  });
});
