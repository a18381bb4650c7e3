/**
 * The form's draft in sessionStorage, so a reload keeps what was typed (and nothing
 * outlives the tab). Stored data is never trusted: only known fields, strings, bounded.
 */
import { useMemo } from 'preact/hooks';
import { CONTACT_FIELDS, type ContactFormField } from '../../schemas/contact-form.ts';
import { readSessionJson, writeSessionJson } from '../../scripts/session-storage.ts';

type Values = Partial<Record<ContactFormField, string>>;

/** Longest value a draft may hold; anything longer is someone else's data. */
const MAX_DRAFT_VALUE = 10_000;

/** Reads a stored draft: the known fields that are non-empty strings; {} when missing, corrupt or blocked. */
function readDraft(key: string): Values {
  const data = readSessionJson(key);
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const out: Values = {};
  for (const field of CONTACT_FIELDS) {
    const value = (data as Record<string, unknown>)[field];
    if (typeof value === 'string' && value !== '' && value.length <= MAX_DRAFT_VALUE) out[field] = value;
  }
  return out;
}

/**
 * The draft stored under `key`: `restore()` once on load, `save(values)` on each change.
 * Both forms of a flow (support, coordinator) share it: a person who moves from one to the
 * other finds their name, address and course already there. Saving keeps the other form's fields.
 */
export function useDraft(key: string) {
  return useMemo(
    () => ({
      restore: () => readDraft(key),
      // The draft is a comfort for reloads only: blocked or full storage loses it.
      save: (values: Values) => void writeSessionJson(key, { ...readDraft(key), ...values }),
    }),
    [key],
  );
}
