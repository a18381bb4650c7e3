import { describe, expect, it } from 'vitest';
import { STEP_PAGE_CACHE_CONTROL, builtPage, isStepPage, metaPolicy, pageHeaderBlocks } from './security-headers.ts';

describe('security headers', () => {
  it("reads a page's meta policy", () => {
    expect(
      metaPolicy(
        `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-abc=&#39;;"></head>`,
      ),
    ).toBe("default-src 'self'; script-src 'self' 'sha256-abc=';");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
  it('finds the policy whatever the order of the attributes and the quotes', () => {
    expect(metaPolicy(`<meta charset="utf-8"><meta content='default-src &#39;none&#39;' HTTP-EQUIV="Content-Security-Policy">`)).toBe(
      "default-src 'none'",
    );
    expect(metaPolicy(`<meta name="description" content="default-src *">`)).toBeUndefined();
  });
  it('maps each built page to its file and its path, the 404 page to 404.html', () => {
    expect(builtPage('')).toEqual({ file: 'index.html', path: '/' });
    expect(builtPage('en/invitation-code/')).toEqual({ file: 'en/invitation-code/index.html', path: '/en/invitation-code/' });
    expect(builtPage('en/invitation-code')).toEqual({ file: 'en/invitation-code/index.html', path: '/en/invitation-code/' });
    expect(builtPage('404/')).toEqual({ file: '404.html', path: '/404.html' });
    expect(builtPage('404')).toEqual({ file: '404.html', path: '/404.html' });
  });
  it('writes one _headers block per page, adding frame-ancestors', () => {
    expect(pageHeaderBlocks([{ path: '/en/', policy: "default-src 'self';" }])).toBe(
      "/en/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n",
    );
  });
  it("adds a step page's Cache-Control after its policy, and nothing to other pages", () => {
    expect(
      pageHeaderBlocks([
        { path: '/en/a/', policy: "default-src 'self'", cacheControl: STEP_PAGE_CACHE_CONTROL },
        { path: '/en/', policy: "default-src 'self'" },
      ]),
    ).toBe(
      "/en/a/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  Cache-Control: public, max-age=300\n\n" +
        "/en/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n",
    );
  });
  it('tells a step page (its article has a kind) from the others', () => {
    expect(isStepPage('<main><article data-step="start" data-kind="question"><h1>Q</h1></article></main>')).toBe(true);
    expect(isStepPage('<article class="x" data-kind="contact">')).toBe(true);
    expect(isStepPage('<main><h1>Home</h1><article class="map"></article></main>')).toBe(false);
    expect(isStepPage('<p data-kind="question"></p>')).toBe(false);
  });
});
