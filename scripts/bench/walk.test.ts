import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { refuseSpeculationRules } from './walk.ts';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const RULES = '{"prefetch":[{"source":"list","urls":["/en/a/"],"eagerness":"immediate"}]}';
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
  "<script>document.documentElement.classList.add('js')</script>",
  `<script type="speculationrules">${RULES}</script>`,
  '<script async src="/__bench/driver.js"></script></head><body>',
  '<script>window.early = 1;</script>',
  '<script type="module" src="/_astro/step.js"></script></body></html>',
].join('');

describe('refuseSpeculationRules', () => {
  const out = refuseSpeculationRules(page);
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(out)?.[1];

  it('puts a policy and the no-rules module first in <head>, before any script', () => {
    expect(out.indexOf('<head><meta http-equiv="content-security-policy"')).toBeGreaterThan(0);
    expect(out.indexOf('<script type="module" src="/__bench/no-rules.js"></script>')).toBeLessThan(out.indexOf('<script>'));
  });
  it("allows the page's own files and every inline script but the speculation rules", () => {
    expect(policy?.split(' ').slice(0, 2)).toEqual(['script-src', "'self'"]);
    expect(policy).toContain(hash("document.documentElement.classList.add('js')"));
    expect(policy).toContain(hash('window.early = 1;'));
    expect(policy).not.toContain(hash(RULES));
  });
  it('leaves the rules in the page, for its script to read', () => {
    expect(out).toContain(`<script type="speculationrules">${RULES}</script>`);
  });
  it('lists a script twice only once, and gives a page without inline scripts only its own files', () => {
    const twice = refuseSpeculationRules('<html><head><script>a()</script><script>a()</script></head></html>');
    expect(twice).toContain(`content="script-src 'self' ${hash('a()')}"`);
    expect(refuseSpeculationRules('<html><head></head></html>')).toContain(`content="script-src 'self'"`);
  });
});
