import dayjs from 'dayjs';

/**
 * Local drafts: what a user typed into a form and has not saved, kept in this browser's
 * localStorage so a reload, a closed tab or an expired session does not lose it.
 *
 * A draft is stored under the account, the form and the record it edits
 * (`danvan.draft:<account>:<form>:<id>`) and carries the server version it was typed on: the
 * form offers it back as it was when the version still matches, and as an outdated draft when
 * somebody saved the record since.
 */
export interface DraftKey {
  account: string;
  form: string;
  /** The record being edited (`new` for one not created yet). */
  id: string;
}

export interface StoredDraft {
  /** The server version the typing started from; null for a record not created yet. */
  version: number | null;
  savedAt: string;
  /** The form's values, as {@link toStorable} writes them. */
  values: unknown;
  /** What else the form needs to show the draft again (the import keeps the document it read). */
  extra?: unknown;
}

const PREFIX = 'danvan.draft:';
/** A draft nobody came back to for this long is dropped when read. */
const MAX_AGE_DAYS = 30;

export function draftStorageKey({ account, form, id }: DraftKey): string {
  return `${PREFIX}${account}:${form}:${id}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readDraft(key: DraftKey): StoredDraft | null {
  const store = storage();
  const name = draftStorageKey(key);
  try {
    const text = store?.getItem(name);
    if (!text) return null;
    const draft = JSON.parse(text) as StoredDraft;
    if (!draft || typeof draft !== 'object' || !('values' in draft)) return null;
    if (dayjs().diff(dayjs(draft.savedAt), 'day') > MAX_AGE_DAYS) {
      store?.removeItem(name);
      return null;
    }
    return draft;
  } catch {
    return null;
  }
}

/** Keeps the draft; false when the browser refuses (private mode, storage full). */
export function writeDraft(key: DraftKey, draft: StoredDraft): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(draftStorageKey(key), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(key: DraftKey) {
  try {
    storage()?.removeItem(draftStorageKey(key));
  } catch {
    // nothing kept, nothing to clear
  }
}

const DAY = '$day';

/** Form values as JSON can keep them: days (dayjs) as `{ $day: ISO }`, `undefined` as null. */
export function toStorable(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (dayjs.isDayjs(value)) return { [DAY]: value.toISOString() };
  if (Array.isArray(value)) return value.map(toStorable);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toStorable(v)]));
  }
  return value;
}

/** The inverse of {@link toStorable}: `{ $day: ISO }` back to dayjs. */
export function fromStorable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromStorable);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === DAY && typeof record[DAY] === 'string') return dayjs(record[DAY]);
    return Object.fromEntries(keys.map((k) => [k, fromStorable(record[k])]));
  }
  return value;
}

/** The values as compared: blank text, null and absent are the same "nothing"; days by instant. */
function comparable(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null;
  if (dayjs.isDayjs(value)) return value.valueOf();
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, comparable(v)] as const)
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries);
  }
  return value;
}

/** True when two sets of form values say the same thing (what makes a form "changed"). */
export function sameValues(a: unknown, b: unknown): boolean {
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
}
