import { describe, expect, it } from 'vitest';
import machine from './machine.ts';
import { testNodeByNode } from '../../../src/lib/flows/fixtures/node-by-node.ts';
import flow from '../flow.ts';
import { describePath, finalPaths } from '../../../src/lib/flows/paths.ts';
import { stepAfter } from '../../../src/lib/flows/transitions.ts';

const examples = flow.versions.find((v) => v.version === 4)!.examples ?? [];

describe('invitation-code v4, node by node', () => {
  testNodeByNode(machine, {
    start: 'isAccountActivated',
    answers: [
      ['isAccountActivated', 'already-activated', 'signInDirectly'],
      ['isAccountActivated', 'started-activation', 'trySigningInFirst'],
      ['isAccountActivated', 'not-activated', 'isInvitationOlderThanValidity'],
      ['isAccountActivated', 'never-received', 'findInvitationEmail'],
      ['isAccountActivated', 'not-sure', 'findOutIfActivated'],
      ['signInDirectly', 'signed-in', 'solvedResult'],
      ['signInDirectly', 'forgot-password', 'resetPassword'],
      ['signInDirectly', 'uses-microsoft-or-google', 'signInWithMicrosoftOrGoogle'],
      ['signInDirectly', 'cannot-sign-in', 'contactSupport'],
      ['trySigningInFirst', 'signed-in', 'solvedResult'],
      ['trySigningInFirst', 'forgot-password', 'resetPassword'],
      ['trySigningInFirst', 'cannot-sign-in', 'contactSupport'],
      ['findOutIfActivated', 'signed-in', 'solvedResult'],
      ['findOutIfActivated', 'forgot-password', 'resetPassword'],
      ['findOutIfActivated', 'account-not-found', 'isInvitationOlderThanValidity'],
      ['resetPassword', 'reset-worked', 'solvedResult'],
      // New in v3: no reset e-mail first sends the person to the junk folder, not to doubt the address.
      ['resetPassword', 'no-reset-email', 'checkResetEmailInJunk'],
      ['checkResetEmailInJunk', 'reset-worked', 'solvedResult'],
      ['checkResetEmailInJunk', 'still-no-email', 'useExactAddress'],
      ['checkResetEmailInJunk', 'cannot-sign-in', 'contactSupport'],
      ['useExactAddress', 'reset-worked', 'solvedResult'],
      ['useExactAddress', 'unsure-of-address', 'confirmRegistrationResult'],
      ['useExactAddress', 'still-no-email', 'contactSupport'],
      ['signInWithMicrosoftOrGoogle', 'signed-in', 'solvedResult'],
      ['signInWithMicrosoftOrGoogle', 'account-not-found', 'confirmRegistrationResult'],
      ['isInvitationOlderThanValidity', 'older-than-validity', 'askForNewInvitationResult'],
      ['isInvitationOlderThanValidity', 'within-validity', 'activateWithCode'],
      ['isInvitationOlderThanValidity', 'dont-know', 'activateWithCode'],
      ['activateWithCode', 'it-worked', 'solvedResult'],
      ['activateWithCode', 'still-error', 'contactSupport'],
      ['findInvitationEmail', 'found-it', 'isInvitationOlderThanValidity'],
      ['findInvitationEmail', 'uses-microsoft-or-google', 'signInWithMicrosoftOrGoogle'],
      ['findInvitationEmail', 'not-found', 'confirmRegistrationResult'],
    ],
    ignored: ['signInDirectly', 'found-it'],
    finals: [
      ['solvedResult', 'solved'],
      ['askForNewInvitationResult', 'coordinator'],
      ['confirmRegistrationResult', 'coordinator'],
      ['contactSupport', 'support'],
    ],
  });

  it.each([
    ['2026-11-26', 'today', 'activateWithCode'],
    ['2026-10-28', 'day 29', 'activateWithCode'],
    ['2026-10-27', 'day 30', 'askForNewInvitationResult'],
    ['2026-10-26', 'day 31', 'askForNewInvitationResult'],
    ['2026-12-01', 'a future date', 'activateWithCode'],
    ['2026-02-30', 'an impossible date', 'activateWithCode'],
  ])('the date of the invitation %s (%s), with today 2026-11-26 and 30 days of validity, leads to %s', (date, _, to) => {
    expect(
      stepAfter(machine, 'isInvitationOlderThanValidity', {
        type: 'user.answer.invitation-date',
        date,
        today: '2026-11-26',
        validityDays: 30,
      } as never),
    ).toBe(to);
  });

  it("the flow's examples walk both branches of the date answer", () => {
    expect(examples.map((e) => stepAfter(machine, 'isInvitationOlderThanValidity', e as never))).toEqual([
      'askForNewInvitationResult',
      'activateWithCode',
    ]);
  });
});

describe('invitation-code v4, every simple path to a final step, the date answer included', () => {
  it('is pinned here, so a graph change reads as a diff', () => {
    expect(finalPaths(machine, examples).map(describePath)).toMatchInlineSnapshot(`
      [
        "isAccountActivated -already-activated-> signInDirectly -cannot-sign-in-> contactSupport",
        "isAccountActivated -already-activated-> signInDirectly -forgot-password-> resetPassword -no-reset-email-> checkResetEmailInJunk -cannot-sign-in-> contactSupport",
        "isAccountActivated -already-activated-> signInDirectly -forgot-password-> resetPassword -no-reset-email-> checkResetEmailInJunk -reset-worked-> solvedResult",
        "isAccountActivated -already-activated-> signInDirectly -forgot-password-> resetPassword -no-reset-email-> checkResetEmailInJunk -still-no-email-> useExactAddress -reset-worked-> solvedResult",
        "isAccountActivated -already-activated-> signInDirectly -forgot-password-> resetPassword -no-reset-email-> checkResetEmailInJunk -still-no-email-> useExactAddress -still-no-email-> contactSupport",
        "isAccountActivated -already-activated-> signInDirectly -forgot-password-> resetPassword -no-reset-email-> checkResetEmailInJunk -still-no-email-> useExactAddress -unsure-of-address-> confirmRegistrationResult",
        "isAccountActivated -already-activated-> signInDirectly -forgot-password-> resetPassword -reset-worked-> solvedResult",
        "isAccountActivated -already-activated-> signInDirectly -signed-in-> solvedResult",
        "isAccountActivated -already-activated-> signInDirectly -uses-microsoft-or-google-> signInWithMicrosoftOrGoogle -account-not-found-> confirmRegistrationResult",
        "isAccountActivated -already-activated-> signInDirectly -uses-microsoft-or-google-> signInWithMicrosoftOrGoogle -signed-in-> solvedResult",
        "isAccountActivated -never-received-> findInvitationEmail -found-it-> isInvitationOlderThanValidity -dont-know-> activateWithCode -it-worked-> solvedResult",
        "isAccountActivated -never-received-> findInvitationEmail -found-it-> isInvitationOlderThanValidity -dont-know-> activateWithCode -still-error-> contactSupport",
        "isAccountActivated -never-received-> findInvitationEmail -found-it-> isInvitationOlderThanValidity -invitation-date-> activateWithCode -it-worked-> solvedResult",
        "isAccountActivated -never-received-> findInvitationEmail -found-it-> isInvitationOlderThanValidity -invitation-date-> activateWithCode -still-error-> contactSupport",
        "isAccountActivated -never-received-> findInvitationEmail -found-it-> isInvitationOlderThanValidity -invitation-date-> askForNewInvitationResult",
        "isAccountActivated -never-received-> findInvitationEmail -found-it-> isInvitationOlderThanValidity -older-than-validity-> askForNewInvitationResult",
        "isAccountActivated -never-received-> findInvitationEmail -found-it-> isInvitationOlderThanValidity -within-validity-> activateWithCode -it-worked-> solvedResult",
        "isAccountActivated -never-received-> findInvitationEmail -found-it-> isInvitationOlderThanValidity -within-validity-> activateWithCode -still-error-> contactSupport",
        "isAccountActivated -never-received-> findInvitationEmail -not-found-> confirmRegistrationResult",
        "isAccountActivated -never-received-> findInvitationEmail -uses-microsoft-or-google-> signInWithMicrosoftOrGoogle -account-not-found-> confirmRegistrationResult",
        "isAccountActivated -never-received-> findInvitationEmail -uses-microsoft-or-google-> signInWithMicrosoftOrGoogle -signed-in-> solvedResult",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -dont-know-> activateWithCode -it-worked-> solvedResult",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -dont-know-> activateWithCode -still-error-> contactSupport",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -invitation-date-> activateWithCode -it-worked-> solvedResult",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -invitation-date-> activateWithCode -still-error-> contactSupport",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -invitation-date-> askForNewInvitationResult",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -older-than-validity-> askForNewInvitationResult",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -within-validity-> activateWithCode -it-worked-> solvedResult",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -within-validity-> activateWithCode -still-error-> contactSupport",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -dont-know-> activateWithCode -it-worked-> solvedResult",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -dont-know-> activateWithCode -still-error-> contactSupport",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -invitation-date-> activateWithCode -it-worked-> solvedResult",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -invitation-date-> activateWithCode -still-error-> contactSupport",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -invitation-date-> askForNewInvitationResult",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -older-than-validity-> askForNewInvitationResult",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -within-validity-> activateWithCode -it-worked-> solvedResult",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -within-validity-> activateWithCode -still-error-> contactSupport",
        "isAccountActivated -not-sure-> findOutIfActivated -forgot-password-> resetPassword -no-reset-email-> checkResetEmailInJunk -cannot-sign-in-> contactSupport",
        "isAccountActivated -not-sure-> findOutIfActivated -forgot-password-> resetPassword -no-reset-email-> checkResetEmailInJunk -reset-worked-> solvedResult",
        "isAccountActivated -not-sure-> findOutIfActivated -forgot-password-> resetPassword -no-reset-email-> checkResetEmailInJunk -still-no-email-> useExactAddress -reset-worked-> solvedResult",
        "isAccountActivated -not-sure-> findOutIfActivated -forgot-password-> resetPassword -no-reset-email-> checkResetEmailInJunk -still-no-email-> useExactAddress -still-no-email-> contactSupport",
        "isAccountActivated -not-sure-> findOutIfActivated -forgot-password-> resetPassword -no-reset-email-> checkResetEmailInJunk -still-no-email-> useExactAddress -unsure-of-address-> confirmRegistrationResult",
        "isAccountActivated -not-sure-> findOutIfActivated -forgot-password-> resetPassword -reset-worked-> solvedResult",
        "isAccountActivated -not-sure-> findOutIfActivated -signed-in-> solvedResult",
        "isAccountActivated -started-activation-> trySigningInFirst -cannot-sign-in-> contactSupport",
        "isAccountActivated -started-activation-> trySigningInFirst -forgot-password-> resetPassword -no-reset-email-> checkResetEmailInJunk -cannot-sign-in-> contactSupport",
        "isAccountActivated -started-activation-> trySigningInFirst -forgot-password-> resetPassword -no-reset-email-> checkResetEmailInJunk -reset-worked-> solvedResult",
        "isAccountActivated -started-activation-> trySigningInFirst -forgot-password-> resetPassword -no-reset-email-> checkResetEmailInJunk -still-no-email-> useExactAddress -reset-worked-> solvedResult",
        "isAccountActivated -started-activation-> trySigningInFirst -forgot-password-> resetPassword -no-reset-email-> checkResetEmailInJunk -still-no-email-> useExactAddress -still-no-email-> contactSupport",
        "isAccountActivated -started-activation-> trySigningInFirst -forgot-password-> resetPassword -no-reset-email-> checkResetEmailInJunk -still-no-email-> useExactAddress -unsure-of-address-> confirmRegistrationResult",
        "isAccountActivated -started-activation-> trySigningInFirst -forgot-password-> resetPassword -reset-worked-> solvedResult",
        "isAccountActivated -started-activation-> trySigningInFirst -signed-in-> solvedResult",
      ]
    `);
  });
});
