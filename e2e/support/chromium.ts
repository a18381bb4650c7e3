/**
 * Only for e2e/history-return.spec.ts until it imports `scripts/shared/chromium.ts` itself:
 * the launcher lives there now, beside the other tools that use it. Delete this file then.
 */
export { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/shared/chromium.ts';
