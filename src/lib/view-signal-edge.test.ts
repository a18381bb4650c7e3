import { describe, expect, it } from 'vitest';
import { edgeAnswer, edgeFromPending, incomingEdge } from './view-signal-edge.ts';

describe('the answer of an edge, from a trail entry', () => {
  it("is the content key in kebab-case, the help line as it is, and 'date' for a date answer", () => {
    expect(edgeAnswer({ answer: 'forgotPassword' })).toBe('forgot-password');
    expect(edgeAnswer({ answer: 'usesMicrosoftOrGoogle' })).toBe('uses-microsoft-or-google');
    expect(edgeAnswer({ answer: 'help-line' })).toBe('help-line');
    expect(edgeAnswer({ answer: 'olderThanValidity', given: { received: '2026-11-01', expiry: '2026-12-01', expired: true } })).toBe(
      'date',
    );
  });
});

describe('the incoming answers a step lists', () => {
  it('names the step left and the answer in kebab-case, and the help line alone', () => {
    expect(incomingEdge('isAccountActivated', 'neverReceived')).toBe('is-account-activated:never-received');
    expect(incomingEdge('findInvitationEmail', 'help-line')).toBe('help-line');
  });
});

describe('the edge that led here, from the queued answers', () => {
  const incoming = ['is-account-activated:never-received', 'is-invitation-older-than-validity:older-than-validity', 'help-line'];

  it('is the last answer queued when it leads here', () => {
    const pending = [
      { step: 'trySigningInFirst', answer: 'forgotPassword' },
      { step: 'isAccountActivated', answer: 'neverReceived' },
    ];
    expect(edgeFromPending(pending, incoming)).toEqual({ from: 'is-account-activated', answer: 'never-received' });
  });

  it("sends 'date' for a date answer and the help line from the step it was followed on", () => {
    const given = { received: '2026-10-20', expiry: '2026-11-19', expired: true };
    expect(edgeFromPending([{ step: 'isInvitationOlderThanValidity', answer: 'olderThanValidity', given }], incoming)).toEqual({
      from: 'is-invitation-older-than-validity',
      answer: 'date',
    });
    expect(edgeFromPending([{ step: 'findInvitationEmail', answer: 'help-line' }], incoming)).toEqual({
      from: 'find-invitation-email',
      answer: 'help-line',
    });
  });

  it('is nothing for an answer that does not lead here, or for anything not a queue of answers', () => {
    expect(edgeFromPending([{ step: 'isAccountActivated', answer: 'yes' }], incoming)).toBeUndefined();
    expect(edgeFromPending([{ step: 'isAccountActivated', answer: 'neverReceived' }], ['help-line'])).toBeUndefined();
    const notQueues = [
      undefined,
      null,
      [],
      {},
      'is-account-activated:never-received',
      [null],
      [{ step: 1, answer: 'neverReceived' }],
      [{ step: 'isAccountActivated' }],
    ];
    for (const stored of notQueues) expect(edgeFromPending(stored, incoming)).toBeUndefined();
  });
});
