/**
 * The form's draft in sessionStorage, so a reload keeps what was typed (and nothing
 * outlives the tab). Stored data is never trusted: only known fields, strings, bounded.
 */
import { useMemo } from 'preact/hooks';
import { CONTACT_FIELDS, type ContactFormField } from '../../schemas/contact-form.ts';

type Values = Partial<Record<ContactFormField, string>>;

/** Longest value a draft may hold; anything longer is someone else's data. */
const MAX_DRAFT_VALUE = 10_000;

/** Reads a stored draft: the known fields that are non-empty strings; {} when missing, corrupt or blocked. */
export function readDraft(storage: Pick<Storage, 'getItem'> | undefined, key: string): Values {
  try {
    const data: unknown = JSON.parse(storage?.getItem(key) ?? '{}');
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    const out: Values = {};
    for (const field of CONTACT_FIELDS) {
      const value = (data as Record<string, unknown>)[field];
      if (typeof value === 'string' && value !== '' && value.length <= MAX_DRAFT_VALUE) out[field] = value;
    }
    return out;
  } catch {
    return {}; // corrupt or blocked storage: start empty
  }
}

function session(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * The draft stored under `key`: `restore()` once on load, `save(values)` on each change.
 * Both forms of a flow (support, coordinator) share it: a person who moves from one to the
 * other finds their name, address and course already there. Saving keeps the other form's fields.
 */
export function useDraft(key: string) {
  return useMemo(
    () => ({
      restore: () => readDraft(session(), key),
      save: (values: Values) => {
        try {
          session()?.setItem(key, JSON.stringify({ ...readDraft(session(), key), ...values }));
        } catch {
          // the draft is a comfort for reloads only
        }
      },
    }),
    [key],
  );
}
