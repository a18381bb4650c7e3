import { describe, expect, it } from 'vitest';
import { signalRequest } from './view-signal.ts';

const seen = '/_seen/invitation-code/v4/en/find-invitation-email.gif';
const incoming = ['is-account-activated:never-received'];
const led = [{ step: 'isAccountActivated', answer: 'neverReceived' }];

describe("a step page's view signal", () => {
  it('carries the answer that led here when it is one of the incoming answers', () => {
    expect(signalRequest(seen, incoming, led, 'navigate')).toBe(`${seen}?from=is-account-activated&answer=never-received`);
    expect(signalRequest(seen, incoming, led, undefined)).toBe(`${seen}?from=is-account-activated&answer=never-received`);
  });

  it('is the bare file for a deep link or an answer that does not lead here', () => {
    expect(signalRequest(seen, incoming, undefined, 'navigate')).toBe(seen);
    expect(signalRequest(seen, incoming, [{ step: 'isAccountActivated', answer: 'yes' }], 'navigate')).toBe(seen);
  });

  it('is not sent for a return through the history or a reload', () => {
    expect(signalRequest(seen, incoming, led, 'back_forward')).toBeUndefined();
    expect(signalRequest(seen, incoming, led, 'reload')).toBeUndefined();
  });
});
