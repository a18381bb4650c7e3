import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import type { LogRecord } from './log-formats.ts';

const PERSON =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
const signal: LogRecord = {
  method: 'GET',
  target: '/_seen/invitation-code/v4/fr/contact-support.gif?from=is-account-activated&answer=help-line',
  status: 200,
  day: '2026-12-06',
  userAgent: PERSON,
};

describe('what the report counts of a request', () => {
  it('counts a view signal a person fetched: its day and what it says, nothing of who', () => {
    const counted = classify(signal);
    expect(counted).toEqual({
      day: '2026-12-06',
      signal: {
        kind: 'view',
        flow: 'invitation-code',
        version: 4,
        locale: 'fr',
        step: 'contact-support',
        edge: { from: 'is-account-activated', answer: 'help-line' },
      },
    });
    expect(JSON.stringify(counted)).not.toContain('iPhone');
  });
  it('counts a signal revalidated by a cache (304) too', () => {
    expect(classify({ ...signal, status: 304 })).toHaveProperty('signal');
  });
  it('leaves out pages, prefetches and files, other methods, errors, and unreadable lines', () => {
    expect(classify({ ...signal, target: '/fr/invitation-code/contact-support/' })).toEqual({ skip: 'not-signal' });
    expect(classify({ ...signal, target: '/_astro/wizard.js' })).toEqual({ skip: 'not-signal' });
    expect(classify({ ...signal, method: 'HEAD' })).toEqual({ skip: 'method' });
    expect(classify({ ...signal, method: 'POST' })).toEqual({ skip: 'method' });
    for (const status of [206, 301, 404, 500]) expect(classify({ ...signal, status })).toEqual({ skip: 'status' });
    expect(classify(undefined)).toEqual({ skip: 'unreadable' });
  });
  it("leaves out bots by isbot's list, headless browsers, and requests without a user agent", () => {
    for (const userAgent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36',
      'curl/7.88.1',
      '-',
      '',
      '   ',
    ])
      expect(classify({ ...signal, userAgent }), userAgent).toEqual({ skip: 'bot' });
  });
});
