import { describe, expect, it } from 'vitest';
import machine from './machine.ts';
import { testNodeByNode } from '../../../src/lib/flows/fixtures/node-by-node.ts';
import { describePath, finalPaths } from '../../../src/lib/flows/paths.ts';

describe('invitation-code v2, node by node', () => {
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
      ['resetPassword', 'no-reset-email', 'useExactAddress'],
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

  it('has no step checkCodeAndLink any more: activateWithCode replaces it (see successors in flow.ts)', () => {
    expect(Object.keys(machine.config.states ?? {})).not.toContain('checkCodeAndLink');
    expect(Object.keys(machine.config.states ?? {})).toContain('activateWithCode');
  });
});

describe('invitation-code v2, every simple path to a final step', () => {
  it('is pinned here, so a graph change reads as a diff', () => {
    expect(finalPaths(machine).map(describePath)).toMatchInlineSnapshot(`
      [
        "isAccountActivated -already-activated-> signInDirectly -cannot-sign-in-> contactSupport",
        "isAccountActivated -already-activated-> signInDirectly -forgot-password-> resetPassword -no-reset-email-> useExactAddress -reset-worked-> solvedResult",
        "isAccountActivated -already-activated-> signInDirectly -forgot-password-> resetPassword -no-reset-email-> useExactAddress -still-no-email-> contactSupport",
        "isAccountActivated -already-activated-> signInDirectly -forgot-password-> resetPassword -no-reset-email-> useExactAddress -unsure-of-address-> confirmRegistrationResult",
        "isAccountActivated -already-activated-> signInDirectly -forgot-password-> resetPassword -reset-worked-> solvedResult",
        "isAccountActivated -already-activated-> signInDirectly -signed-in-> solvedResult",
        "isAccountActivated -already-activated-> signInDirectly -uses-microsoft-or-google-> signInWithMicrosoftOrGoogle -account-not-found-> confirmRegistrationResult",
        "isAccountActivated -already-activated-> signInDirectly -uses-microsoft-or-google-> signInWithMicrosoftOrGoogle -signed-in-> solvedResult",
        "isAccountActivated -never-received-> findInvitationEmail -found-it-> isInvitationOlderThanValidity -dont-know-> activateWithCode -it-worked-> solvedResult",
        "isAccountActivated -never-received-> findInvitationEmail -found-it-> isInvitationOlderThanValidity -dont-know-> activateWithCode -still-error-> contactSupport",
        "isAccountActivated -never-received-> findInvitationEmail -found-it-> isInvitationOlderThanValidity -older-than-validity-> askForNewInvitationResult",
        "isAccountActivated -never-received-> findInvitationEmail -found-it-> isInvitationOlderThanValidity -within-validity-> activateWithCode -it-worked-> solvedResult",
        "isAccountActivated -never-received-> findInvitationEmail -found-it-> isInvitationOlderThanValidity -within-validity-> activateWithCode -still-error-> contactSupport",
        "isAccountActivated -never-received-> findInvitationEmail -not-found-> confirmRegistrationResult",
        "isAccountActivated -never-received-> findInvitationEmail -uses-microsoft-or-google-> signInWithMicrosoftOrGoogle -account-not-found-> confirmRegistrationResult",
        "isAccountActivated -never-received-> findInvitationEmail -uses-microsoft-or-google-> signInWithMicrosoftOrGoogle -signed-in-> solvedResult",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -dont-know-> activateWithCode -it-worked-> solvedResult",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -dont-know-> activateWithCode -still-error-> contactSupport",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -older-than-validity-> askForNewInvitationResult",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -within-validity-> activateWithCode -it-worked-> solvedResult",
        "isAccountActivated -not-activated-> isInvitationOlderThanValidity -within-validity-> activateWithCode -still-error-> contactSupport",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -dont-know-> activateWithCode -it-worked-> solvedResult",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -dont-know-> activateWithCode -still-error-> contactSupport",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -older-than-validity-> askForNewInvitationResult",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -within-validity-> activateWithCode -it-worked-> solvedResult",
        "isAccountActivated -not-sure-> findOutIfActivated -account-not-found-> isInvitationOlderThanValidity -within-validity-> activateWithCode -still-error-> contactSupport",
        "isAccountActivated -not-sure-> findOutIfActivated -forgot-password-> resetPassword -no-reset-email-> useExactAddress -reset-worked-> solvedResult",
        "isAccountActivated -not-sure-> findOutIfActivated -forgot-password-> resetPassword -no-reset-email-> useExactAddress -still-no-email-> contactSupport",
        "isAccountActivated -not-sure-> findOutIfActivated -forgot-password-> resetPassword -no-reset-email-> useExactAddress -unsure-of-address-> confirmRegistrationResult",
        "isAccountActivated -not-sure-> findOutIfActivated -forgot-password-> resetPassword -reset-worked-> solvedResult",
        "isAccountActivated -not-sure-> findOutIfActivated -signed-in-> solvedResult",
        "isAccountActivated -started-activation-> trySigningInFirst -cannot-sign-in-> contactSupport",
        "isAccountActivated -started-activation-> trySigningInFirst -forgot-password-> resetPassword -no-reset-email-> useExactAddress -reset-worked-> solvedResult",
        "isAccountActivated -started-activation-> trySigningInFirst -forgot-password-> resetPassword -no-reset-email-> useExactAddress -still-no-email-> contactSupport",
        "isAccountActivated -started-activation-> trySigningInFirst -forgot-password-> resetPassword -no-reset-email-> useExactAddress -unsure-of-address-> confirmRegistrationResult",
        "isAccountActivated -started-activation-> trySigningInFirst -forgot-password-> resetPassword -reset-worked-> solvedResult",
        "isAccountActivated -started-activation-> trySigningInFirst -signed-in-> solvedResult",
      ]
    `);
  });
});
