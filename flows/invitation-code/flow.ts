import v1 from './v1/machine.ts';
import v1en from './v1/content/en.json' with { type: 'json' };
import v1fr from './v1/content/fr.json' with { type: 'json' };
import v2 from './v2/machine.ts';
import v2en from './v2/content/en.json' with { type: 'json' };
import v2fr from './v2/content/fr.json' with { type: 'json' };
import v3 from './v3/machine.ts';
import v3en from './v3/content/en.json' with { type: 'json' };
import v3fr from './v3/content/fr.json' with { type: 'json' };
import v4 from './v4/machine.ts';
import v4en from './v4/content/en.json' with { type: 'json' };
import v4fr from './v4/content/fr.json' with { type: 'json' };
import type { FlowInput } from '../../src/schemas/flow.ts';

/**
 * The flow "My invitation code does not work": its versions and which is latest.
 * What changed for users, and where each moved step went: ./CHANGELOG.md.
 */
export default {
  id: 'invitation-code',
  latest: 4,
  versions: [
    {
      version: 1,
      published: '2026-11-25',
      notes: 'First version: the help article "Why doesn\'t my code work?" as a guided flow.',
      machine: v1,
      content: { en: v1en, fr: v1fr },
    },
    {
      version: 2,
      published: '2026-11-25',
      notes:
        'Adds the activation steps for a valid code, signing in with Microsoft or Google, and a checklist for an e-mail address Nexam does not recognise. "Check how you entered the code" is now part of "Activate your account with your code, step by step".',
      machine: v2,
      content: { en: v2en, fr: v2fr },
    },
    {
      version: 3,
      published: '2026-11-26',
      notes:
        "Looks in the junk folder on the password-reset path before doubting the address; numbered steps, the action button where it is needed and a question above the answers of every advice step; prepared messages to the coordinator; the French reviewed (Quebec typography, one rule for Nexam's screen labels).",
      machine: v3,
      content: { en: v3en, fr: v3fr },
      // The date of the invitation, with the clock the event carries: 30 days ago (expired), 29 days ago (still valid).
      examples: [
        { type: 'user.answer.invitation-date', date: '2026-10-27', today: '2026-11-26', validityDays: 30 },
        { type: 'user.answer.invitation-date', date: '2026-10-28', today: '2026-11-26', validityDays: 30 },
      ],
    },
    {
      version: 4,
      published: '2026-12-06',
      notes:
        'The same steps as version 3, in revised words: the French review of 2026-12-06 (the start page described by the problem, messages a candidate can send under their own name, replies support can paste, one verb for Nexam\'s buttons), answers that cover exactly the code\'s validity, and no "probably expired": the coordinator outcome says how long a code works, true with or without the date given.',
      machine: v4,
      content: { en: v4en, fr: v4fr },
      // The date of the invitation, with the clock the event carries: 30 days ago (expired), 29 days ago (still valid).
      examples: [
        { type: 'user.answer.invitation-date', date: '2026-11-06', today: '2026-12-06', validityDays: 30 },
        { type: 'user.answer.invitation-date', date: '2026-11-07', today: '2026-12-06', validityDays: 30 },
      ],
    },
  ],
  // Step ids of older versions that the latest renamed or removed, and the step that replaces each.
  successors: {
    checkCodeAndLink: 'activateWithCode',
  },
} satisfies FlowInput;
