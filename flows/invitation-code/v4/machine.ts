import { setup } from 'xstate';
import { ANSWER_GUARDS } from '../../../src/lib/answer-guards.ts';
import type { InvitationDateAnswer } from '../../../src/lib/invitation-validity.ts';

/**
 * invitation-code, version 4: the same steps and answers as version 3 (one page per step,
 * the same URLs), with its words revised: the French review of 2026-12-06, the answers on
 * the validity question covering exactly the validity (day 30 is "30 days or more"), and
 * words that stay true once the person has given the invitation's date. The isCodeExpired
 * guard decides the date answer against the clock the event carries. States are steps
 * (one page each), events are answers. Words live in ./content/. Once published, never
 * edit; make v5 instead.
 */
export default setup({
  types: {
    events: {} as
      | { type: 'user.answer.already-activated' }
      | { type: 'user.answer.started-activation' }
      | { type: 'user.answer.not-activated' }
      | { type: 'user.answer.never-received' }
      | { type: 'user.answer.not-sure' }
      | { type: 'user.answer.signed-in' }
      | { type: 'user.answer.forgot-password' }
      | { type: 'user.answer.uses-microsoft-or-google' }
      | { type: 'user.answer.cannot-sign-in' }
      | { type: 'user.answer.account-not-found' }
      | { type: 'user.answer.reset-worked' }
      | { type: 'user.answer.no-reset-email' }
      | { type: 'user.answer.unsure-of-address' }
      | { type: 'user.answer.still-no-email' }
      | { type: 'user.answer.older-than-validity' }
      | { type: 'user.answer.within-validity' }
      | { type: 'user.answer.dont-know' }
      | { type: 'user.answer.it-worked' }
      | { type: 'user.answer.still-error' }
      | { type: 'user.answer.found-it' }
      | { type: 'user.answer.not-found' }
      | ({ type: 'user.answer.invitation-date' } & InvitationDateAnswer),
  },
  guards: {
    /** The invitation's code has expired: its date, plus the validity, is today or earlier (src/lib/invitation-validity.ts). */
    isCodeExpired: ({ event }) => event.type === 'user.answer.invitation-date' && ANSWER_GUARDS.isCodeExpired(event),
  },
}).createMachine({
  id: 'invitation-code',
  initial: 'isAccountActivated',
  states: {
    isAccountActivated: {
      meta: {
        kind: 'question',
        answers: [
          'user.answer.already-activated',
          'user.answer.started-activation',
          'user.answer.not-activated',
          'user.answer.never-received',
          'user.answer.not-sure',
        ],
      },
      on: {
        'user.answer.already-activated': 'signInDirectly',
        'user.answer.started-activation': 'trySigningInFirst',
        'user.answer.not-activated': 'isInvitationOlderThanValidity',
        'user.answer.never-received': 'findInvitationEmail',
        'user.answer.not-sure': 'findOutIfActivated',
      },
    },
    signInDirectly: {
      meta: {
        kind: 'advice',
        action: 'signIn',
        answers: [
          'user.answer.signed-in',
          'user.answer.forgot-password',
          'user.answer.uses-microsoft-or-google',
          'user.answer.cannot-sign-in',
        ],
      },
      on: {
        'user.answer.signed-in': 'solvedResult',
        'user.answer.forgot-password': 'resetPassword',
        'user.answer.uses-microsoft-or-google': 'signInWithMicrosoftOrGoogle',
        'user.answer.cannot-sign-in': 'contactSupport',
      },
    },
    trySigningInFirst: {
      meta: {
        kind: 'advice',
        action: 'signIn',
        answers: ['user.answer.signed-in', 'user.answer.forgot-password', 'user.answer.cannot-sign-in'],
      },
      on: {
        'user.answer.signed-in': 'solvedResult',
        'user.answer.forgot-password': 'resetPassword',
        'user.answer.cannot-sign-in': 'contactSupport',
      },
    },
    findOutIfActivated: {
      meta: {
        kind: 'advice',
        action: 'signIn',
        answers: ['user.answer.signed-in', 'user.answer.forgot-password', 'user.answer.account-not-found'],
      },
      on: {
        'user.answer.signed-in': 'solvedResult',
        'user.answer.forgot-password': 'resetPassword',
        'user.answer.account-not-found': 'isInvitationOlderThanValidity',
      },
    },
    resetPassword: {
      meta: {
        kind: 'advice',
        action: 'signIn',
        answers: ['user.answer.reset-worked', 'user.answer.no-reset-email'],
      },
      on: {
        'user.answer.reset-worked': 'solvedResult',
        'user.answer.no-reset-email': 'checkResetEmailInJunk',
      },
    },
    // A reset e-mail that "did not arrive" is most often in the junk folder or late: look
    // there before doubting the address (v2 went straight to useExactAddress).
    checkResetEmailInJunk: {
      meta: {
        kind: 'advice',
        answers: ['user.answer.reset-worked', 'user.answer.still-no-email', 'user.answer.cannot-sign-in'],
      },
      on: {
        'user.answer.reset-worked': 'solvedResult',
        'user.answer.still-no-email': 'useExactAddress',
        'user.answer.cannot-sign-in': 'contactSupport',
      },
    },
    // The checklist for an address Nexam does not recognise. Someone who cannot tell which
    // address was registered needs their coordinator, not support.
    useExactAddress: {
      meta: {
        kind: 'advice',
        action: 'signIn',
        answers: ['user.answer.reset-worked', 'user.answer.unsure-of-address', 'user.answer.still-no-email'],
      },
      on: {
        'user.answer.reset-worked': 'solvedResult',
        'user.answer.unsure-of-address': 'confirmRegistrationResult',
        'user.answer.still-no-email': 'contactSupport',
      },
    },
    // Microsoft or Google finds the account only through the registered address; when it
    // does not, the coordinator is the one who knows (and can correct) that address.
    signInWithMicrosoftOrGoogle: {
      meta: {
        kind: 'advice',
        action: 'signIn',
        answers: ['user.answer.signed-in', 'user.answer.account-not-found'],
      },
      on: {
        'user.answer.signed-in': 'solvedResult',
        'user.answer.account-not-found': 'confirmRegistrationResult',
      },
    },
    // With scripts, the person may give the date of the invitation e-mail instead of
    // counting days (meta.dateAnswer); without, the three answers stay.
    isInvitationOlderThanValidity: {
      meta: {
        kind: 'question',
        answers: ['user.answer.older-than-validity', 'user.answer.within-validity', 'user.answer.dont-know'],
        dateAnswer: 'user.answer.invitation-date',
      },
      on: {
        'user.answer.older-than-validity': 'askForNewInvitationResult',
        'user.answer.within-validity': 'activateWithCode',
        'user.answer.dont-know': 'activateWithCode',
        'user.answer.invitation-date': [{ guard: 'isCodeExpired', target: 'askForNewInvitationResult' }, { target: 'activateWithCode' }],
      },
    },
    // Replaces v1's checkCodeAndLink: the checks on the code and link are now the first
    // steps of the full activation walkthrough.
    activateWithCode: {
      meta: {
        kind: 'advice',
        action: 'activate',
        answers: ['user.answer.it-worked', 'user.answer.still-error'],
      },
      on: {
        'user.answer.it-worked': 'solvedResult',
        'user.answer.still-error': 'contactSupport',
      },
    },
    // Someone who finds the invitation still has to know whether its code has expired,
    // so "found it" asks its date before the activation steps (v1 went straight to them).
    findInvitationEmail: {
      meta: {
        kind: 'advice',
        answers: ['user.answer.found-it', 'user.answer.uses-microsoft-or-google', 'user.answer.not-found'],
      },
      on: {
        'user.answer.found-it': 'isInvitationOlderThanValidity',
        'user.answer.uses-microsoft-or-google': 'signInWithMicrosoftOrGoogle',
        'user.answer.not-found': 'confirmRegistrationResult',
      },
    },
    solvedResult: {
      type: 'final',
      tags: ['solved'],
      meta: { kind: 'outcome', action: 'signIn' },
    },
    askForNewInvitationResult: {
      type: 'final',
      tags: ['coordinator'],
      meta: { kind: 'outcome' },
    },
    confirmRegistrationResult: {
      type: 'final',
      tags: ['coordinator'],
      meta: { kind: 'outcome' },
    },
    contactSupport: {
      type: 'final',
      tags: ['support'],
      meta: { kind: 'contact', action: 'writeToSupport' },
    },
  },
});
