/**
 * This tab's sessionStorage, for the comforts that must survive a reload (the trail, the
 * forms' drafts, the date answer's note). Storage can be blocked (privacy modes, sandboxed
 * frames) or full: then every reader gets nothing and every writer gives up quietly, and the
 * pages still work. The early-click recorder (early-click.ts) cannot import and keeps its own.
 */

/** The text stored under `key`, or null when there is none or storage is blocked. */
export function readSession(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The JSON value stored under `key`, or undefined when there is none, it is corrupt, or storage is blocked. Never trusted: callers check its shape. */
export function readSessionJson(key: string): unknown {
  try {
    return JSON.parse(readSession(key) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON under `key`; false when storage is blocked or full. */
export function writeSessionJson(key: string, value: unknown): boolean {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Removes `key`; nothing happens when storage is blocked. */
export function removeSession(key: string): void {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // blocked: nothing was stored either
  }
}

/** Appends `value` to the list stored under `key`, starting a new list when the stored one is foreign or already holds `max` items. */
export function appendSessionList(key: string, value: unknown, max: number): boolean {
  const list = readSessionJson(key);
  return writeSessionJson(key, [...(Array.isArray(list) && list.length < max ? list : []), value]);
}
