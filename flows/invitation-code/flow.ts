import v1 from './v1/machine.ts';
import v1en from './v1/content/en.json' with { type: 'json' };
import v1fr from './v1/content/fr.json' with { type: 'json' };
import type { FlowInput } from '../../src/schemas/flow.ts';

/** The flow "My invitation code does not work": its versions and which is latest. */
export default {
  id: 'invitation-code',
  latest: 1,
  versions: [
    {
      version: 1,
      published: '2026-11-25',
      notes: 'First version: the help article "Why doesn\'t my code work?" as a guided flow.',
      machine: v1,
      content: { en: v1en, fr: v1fr },
    },
  ],
} satisfies FlowInput;
