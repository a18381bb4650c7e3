/** `signInDirectly` -> `sign-in-directly`: a step id as it appears in URLs. */
export function toKebab(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** `already-activated` -> `alreadyActivated`: an answer id as a content key. */
export function toCamel(kebab: string): string {
  return kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
