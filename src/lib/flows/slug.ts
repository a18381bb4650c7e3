/** `signInDirectly` -> `sign-in-directly`: a step id as it appears in URLs. */
export function toKebab(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** The prefix of every answer event: `user.answer.<answer>`. */
export const ANSWER_PREFIX = 'user.answer.';

/** `user.answer.forgot-password` -> `forgot-password`: an answer event without its prefix, as paths and node tables write it. */
export function answerName(event: string): string {
  return event.startsWith(ANSWER_PREFIX) ? event.slice(ANSWER_PREFIX.length) : event;
}

/** `user.answer.forgot-password` -> `forgotPassword`: the key of an answer's words in content files and the trail. */
export function answerKey(event: string): string {
  return toCamel(answerName(event));
}

/**
 * `already-activated` -> `alreadyActivated`: an answer id as a content key.
 * @internal Exported for its own unit tests; content keys come from `answerKey`.
 */
export function toCamel(kebab: string): string {
  return kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
