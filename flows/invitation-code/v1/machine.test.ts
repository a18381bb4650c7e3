import { describe, expect, it } from 'vitest';
import machine from './machine.ts';
import { testNodeByNode } from '../../../src/lib/flows/fixtures/node-by-node.ts';
import { describePath, finalPaths } from '../../../src/lib/flows/paths.ts';

describe('invitation-code v1, node by node', () => {
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
      ['signInDirectly', 'cannot-sign-in', 'contactSupport'],
      ['trySigningInFirst', 'signed-in', 'solvedResult'],
      ['trySigningInFirst', 'forgot-password', 'resetPassword'],
      ['trySigningInFirst', 'cannot-sign-in', 'contactSupport'],
      ['findOutIfActivated', 'signed-in', 'solvedResult'],
      ['findOutIfActivated', 'forgot-password', 'resetPassword'],
      ['findOutIfActivated', 'account-not-found', 'isInvitationOlderThanValidity'],
      ['resetPassword', 'reset-worked', 'solvedResult'],
      ['resetPassword', 'no-reset-email', 'useExactAddress'],
      ['useExactAddress', 'reset-worked', 'solvedResult'],
      ['useExactAddress', 'still-no-email', 'contactSupport'],
      ['isInvitationOlderThanValidity', 'older-than-validity', 'askForNewInvitationResult'],
      ['isInvitationOlderThanValidity', 'within-validity', 'checkCodeAndLink'],
      ['isInvitationOlderThanValidity', 'dont-know', 'checkCodeAndLink'],
      ['checkCodeAndLink', 'it-worked', 'solvedResult'],
      ['checkCodeAndLink', 'still-error', 'contactSupport'],
      ['findInvitationEmail', 'found-it', 'checkCodeAndLink'],
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
});

describe('invitation-code v1, every simple path to a final step', () => {
  it('is pinned here, so a graph change reads as a diff', () => {
    expect(finalPaths(machine).map(describePath)).toMatchInlineSnapshot(`
      [
        "isAccountActivated -already-activated-> signInDirectly -cannot-sign-in-> contactSupport",
        "isAccountActivated -already-activated-> signInDirectly -forgot-password-> resetPassword -no-reset-email-> useExactAddress -reset-worked-> solvedResult",
        "isAccountActivated -already-activated-> signInDirectly -forgot-password-> resetPassword -no-reset-email-> useExactAddress -still-no-email-> contactSupport",
        "isAccountActivated -already-activated-> signInDirectly -forgot-password-> resetPassword -reset-worked-> solvedResult",
        "isAccountActivated -already-activated-> signInDirectly -signed-in-> solvedResult",
        "isAccountActivated -never-received-> findInvitationEmail -found-it-> checkCodeAndLink -it-worked-> solvedResult",
        "isAccountActivated -never-received-> findInvitationEmail -found-it-> checkCodeAndLink -still-error-> contactSupport",
        "isAccountActivated -never-received-> findInvitationEmail -not-found-> confirmRegistrationResult",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -dont-know-> checkCodeAndLink -it-worked-> solvedResult",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -dont-know-> checkCodeAndLink -still-error-> contactSupport",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -older-than-validity-> askForNewInvitationResult",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -within-validity-> checkCodeAndLink -it-worked-> solvedResult",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -within-validity-> checkCodeAndLink -still-error-> contactSupport",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -dont-know-> checkCodeAndLink -it-worked-> solvedResult",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -dont-know-> checkCodeAndLink -still-error-> contactSupport",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -older-than-validity-> askForNewInvitationResult",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -within-validity-> checkCodeAndLink -it-worked-> solvedResult",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -within-validity-> checkCodeAndLink -still-error-> contactSupport",
        "isAccountActivated -not-sure-> findOutIfActivated -forgot-password-> resetPassword -no-reset-email-> useExactAddress -reset-worked-> solvedResult",
        "isAccountActivated -not-sure-> findOutIfActivated -forgot-password-> resetPassword -no-reset-email-> useExactAddress -still-no-email-> contactSupport",
        "isAccountActivated -not-sure-> findOutIfActivated -forgot-password-> resetPassword -reset-worked-> solvedResult",
        "isAccountActivated -not-sure-> findOutIfActivated -signed-in-> solvedResult",
        "isAccountActivated -started-activation-> trySigningInFirst -cannot-sign-in-> contactSupport",
        "isAccountActivated -started-activation-> trySigningInFirst -forgot-password-> resetPassword -no-reset-email-> useExactAddress -reset-worked-> solvedResult",
        "isAccountActivated -started-activation-> trySigningInFirst -forgot-password-> resetPassword -no-reset-email-> useExactAddress -still-no-email-> contactSupport",
        "isAccountActivated -started-activation-> trySigningInFirst -forgot-password-> resetPassword -reset-worked-> solvedResult",
        "isAccountActivated -started-activation-> trySigningInFirst -signed-in-> solvedResult",
      ]
    `);
  });
});
