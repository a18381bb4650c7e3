import invitationCode from './invitation-code/flow.ts';

/**
 * Every flow the site serves. To add a flow, create `flows/<id>/flow.ts` and list it
 * here; its pages, checks and tests follow from it.
 */
export const flowDefinitions: readonly unknown[] = [invitationCode];
