/**
 * What the browser keeps in this tab's sessionStorage, in one place: every reader and
 * writer (the early-click script, the trail, the forms, the date answer) imports its key
 * and limits from here. "Start over" removes every key matching CLEARED_BY_START_OVER.
 */

/** Longest trail kept: a flow's simple paths are far shorter. */
export const MAX_TRAIL = 64;

/** Answers recorded by the early-click script, waiting for the next page to add them to the trail. */
export const PENDING_KEY = 'trail:pending';
/** Most answers the pending queue holds before it starts again (one fewer than the trail, so a full queue still fits). */
export const MAX_PENDING = MAX_TRAIL - 1;

/** The trail of a flow version. */
export const trailStorageKey = (flow: string, version: number) => `trail:${flow}:v${version}`;

/** The draft shared by a flow's forms (support and coordinator). */
export const draftKey = (flow: string) => `contact:${flow}`;

/** The last date answer (when the code expired or expires), for the next page. */
export const INVITATION_DATE_KEY = 'trail:invitation-date';

/** The pages a step page fetched ahead, in a browser without speculation rules, for the next page to tell whether it was shown from that copy. */
export const PREFETCHED_KEY = 'prefetch:fetched';
/** Set when a page fetched ahead was fetched again when shown: this browser gains nothing from fetching ahead, so this tab stops. */
export const PREFETCH_OFF_KEY = 'prefetch:off';

/** The keys "Start over" removes: the trail, the pending answers, the date answer and the drafts. */
export const CLEARED_BY_START_OVER = '^(trail|contact):';
