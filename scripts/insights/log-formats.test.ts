import { describe, expect, it } from 'vitest';
import { parseCloudflareLine, parseCombinedLine, parseLogLine } from './log-formats.ts';

const UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36';
const SIGNAL = '/_seen/invitation-code/v4/en/sign-in-directly.gif?from=is-account-activated&answer=already-activated';

describe('the combined format', () => {
  it("reads nginx's line: method, target with its query, status, the day as written, the user agent", () => {
    expect(parseCombinedLine(`203.0.113.7 - - [06/Dec/2026:23:55:36 -0500] "GET ${SIGNAL} HTTP/1.1" 200 43 "-" "${UA}"`)).toEqual({
      method: 'GET',
      target: SIGNAL,
      status: 200,
      day: '2026-12-06',
      userAgent: UA,
    });
  });
  it("reads Apache's (a user, a referrer, quotes escaped \\\") and nginx's escapes (\\x22)", () => {
    expect(
      parseCombinedLine(
        `2001:db8::1 - jane [01/Jan/2027:00:00:01 +0100] "GET /x HTTP/2.0" 304 - "https://a.example/?q=\\"x\\"" "Agent \\"quoted\\" \\\\ done"`,
      ),
    ).toMatchObject({ status: 304, day: '2027-01-01', userAgent: 'Agent "quoted" \\ done' });
    expect(
      parseCombinedLine(`198.51.100.2 - - [15/Mar/2026:10:00:00 +0000] "GET /x HTTP/1.1" 200 1 "-" "Agent \\x22quoted\\x22"`),
    ).toMatchObject({
      userAgent: 'Agent "quoted"',
    });
  });
  it("reads Caddy's combined output (a quoted user), the site's own (no address), and the common format without a user agent", () => {
    expect(parseCombinedLine(`203.0.113.7 - "-" [06/Dec/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 5 "-" "${UA}"`)).toMatchObject({
      target: '/a',
    });
    expect(parseCombinedLine(`- - - [06/Dec/2026:10:00:00 -0500] "GET ${SIGNAL} HTTP/1.1" 200 43 "-" "${UA}"`)).toMatchObject({
      target: SIGNAL,
    });
    expect(parseCombinedLine(`203.0.113.7 - - [06/Dec/2026:10:00:00 +0000] "GET /a HTTP/1.0" 200 5`)).toMatchObject({
      target: '/a',
      userAgent: '',
    });
  });
  it('reads an HTTP/0.9 request line without its protocol, and other methods', () => {
    expect(parseCombinedLine(`h - - [06/Dec/2026:10:00:00 +0000] "GET /a" 200 5 "-" "x"`)).toMatchObject({ method: 'GET', target: '/a' });
    expect(parseCombinedLine(`h - - [06/Dec/2026:10:00:00 +0000] "HEAD /a HTTP/1.1" 200 0 "-" "x"`)).toMatchObject({ method: 'HEAD' });
  });
  it('is undefined for what is not a request line: a TLS handshake, "-", a line cut short, another month, another format', () => {
    for (const line of [
      `h - - [06/Dec/2026:10:00:00 +0000] "\\x16\\x03\\x01\\x00" 400 166 "-" "-"`,
      `h - - [06/Dec/2026:10:00:00 +0000] "-" 408 0 "-" "-"`,
      `h - - [06/Dec/2026:10:00:00 +0000] "GET /en/`,
      `h - - [06/Foo/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 1 "-" "x"`,
      `2026/12/06 10:00:00 [error] 12#12: open() failed`,
      '',
    ])
      expect(parseCombinedLine(line), line).toBeUndefined();
  });
});

describe('Cloudflare Logpush (HTTP requests, NDJSON)', () => {
  const base = {
    ClientIP: '203.0.113.7',
    ClientRequestMethod: 'GET',
    ClientRequestURI: SIGNAL,
    EdgeResponseStatus: 200,
    ClientRequestUserAgent: UA,
  };
  it('reads the request and the UTC day of its timestamp in nanoseconds, seconds, milliseconds or RFC 3339', () => {
    for (const stamp of [1796774400000000000, 1796774400, 1796774400000, '1796774400000000000', '2026-12-09T00:00:00Z'])
      expect(parseCloudflareLine(JSON.stringify({ ...base, EdgeStartTimestamp: stamp })), String(stamp)).toEqual({
        method: 'GET',
        target: SIGNAL,
        status: 200,
        day: '2026-12-09',
        userAgent: UA,
      });
  });
  it('takes the path alone when the export has no URI (then no edge), and no user agent as empty', () => {
    const rest = Object.fromEntries(Object.entries(base).filter(([key]) => key !== 'ClientRequestURI' && key !== 'ClientRequestUserAgent'));
    expect(
      parseCloudflareLine(JSON.stringify({ ...rest, ClientRequestPath: '/a.gif', EdgeStartTimestamp: '2026-12-09T10:00:00Z' })),
    ).toMatchObject({
      target: '/a.gif',
      userAgent: '',
    });
  });
  it('is undefined for a line that is not such an object', () => {
    for (const line of [
      '{',
      '[]',
      'null',
      '{"ClientRequestMethod":"GET"}',
      JSON.stringify({ ...base, EdgeStartTimestamp: 'yesterday' }),
      JSON.stringify({ ...base, EdgeResponseStatus: '200', EdgeStartTimestamp: 1 }),
    ])
      expect(parseCloudflareLine(line), line).toBeUndefined();
  });
});

describe('either format, line by line', () => {
  it('tells them apart by the first character', () => {
    expect(
      parseLogLine(
        `  ${JSON.stringify({ ClientRequestMethod: 'GET', ClientRequestURI: '/a', EdgeResponseStatus: 200, EdgeStartTimestamp: '2026-12-09T00:00:00Z' })}`,
      ),
    ).toMatchObject({ target: '/a' });
    expect(parseLogLine(`h - - [06/Dec/2026:10:00:00 +0000] "GET /b HTTP/1.1" 200 5 "-" "x"\r`)).toMatchObject({ target: '/b' });
  });
});
