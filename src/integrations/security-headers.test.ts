import { describe, expect, it } from 'vitest';
import { metaPolicy, pageHeaderBlocks } from './security-headers.ts';

describe('security headers', () => {
  it("reads a page's meta policy", () => {
    expect(
      metaPolicy(
        `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-abc=&#39;;"></head>`,
      ),
    ).toBe("default-src 'self'; script-src 'self' 'sha256-abc=';");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
  it('writes one _headers block per page, adding frame-ancestors', () => {
    expect(pageHeaderBlocks([{ path: '/en/', policy: "default-src 'self';" }])).toBe(
      "/en/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n",
    );
  });
});
