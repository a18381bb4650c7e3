/**
 * True when `object` has `key` as its own property (not one of its prototype's, such as
 * `constructor`): the check for keys that come from outside (storage, events, words).
 * `Object.hasOwn` would do, but Safari before 15.4 lacks it and this code runs in every
 * supported browser.
 */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}
