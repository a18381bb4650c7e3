import { describe, expect, it } from 'vitest';
import { withTrailingSlash } from './trailing-slash.ts';

describe('withTrailingSlash', () => {
  it('adds the slash to a page address typed without it', () => {
    expect(withTrailingSlash('/en')).toBe('/en/');
    expect(withTrailingSlash('/en/invitation-code')).toBe('/en/invitation-code/');
    expect(withTrailingSlash('/en/invitation-code/map')).toBe('/en/invitation-code/map/');
    expect(withTrailingSlash('/fr/invitation-code/reset-password')).toBe('/fr/invitation-code/reset-password/');
    expect(withTrailingSlash('/nope')).toBe('/nope/');
  });
  it('leaves an address with its slash, and the front door, as they are', () => {
    expect(withTrailingSlash('/')).toBeUndefined();
    expect(withTrailingSlash('/en/invitation-code/')).toBeUndefined();
  });
  it("leaves a file's address as it is: a dot in its last part", () => {
    expect(withTrailingSlash('/en/invitation-code/map.svg')).toBeUndefined();
    expect(withTrailingSlash('/404.html')).toBeUndefined();
    expect(withTrailingSlash('/_astro/page.BxohK-zZ.js')).toBeUndefined();
    expect(withTrailingSlash('/favicon.svg')).toBeUndefined();
  });
  it('keeps a dot in an earlier part', () => {
    expect(withTrailingSlash('/v1.2/step')).toBe('/v1.2/step/');
  });
  it('never makes an address to another site or an odd one', () => {
    expect(withTrailingSlash('//evil.example')).toBeUndefined();
    expect(withTrailingSlash('/en//x')).toBeUndefined();
    expect(withTrailingSlash('en/invitation-code')).toBeUndefined();
    expect(withTrailingSlash('')).toBeUndefined();
  });
});
