/**
 * Unsaved form drafts kept in the browser's local storage, so that an expired session (or a closed tab)
 * loses nothing: the editor writes its draft on every change and restores it when the user comes back.
 * Drafts are removed once the server has the same content.
 */
const prefix = 'khcn-admin:draft:';

export type StoredDraft<T> = {
  /** The server version the draft started from (for conflict detection on restore). */
  baseVersion: number;
  value: T;
  savedAt: string;
};

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The key of a report section's draft: one per edition and section. */
export function sectionDraftKey(editionId: string, sectionKey: string): string {
  return `section:${editionId}:${sectionKey}`;
}

export function saveDraft<T>(key: string, draft: Omit<StoredDraft<T>, 'savedAt'>, now = new Date()): void {
  try {
    storage()?.setItem(prefix + key, JSON.stringify({ ...draft, savedAt: now.toISOString() }));
  } catch {
    // Storage full or disabled: the autosave to the server still runs.
  }
}

export function loadDraft<T>(key: string): StoredDraft<T> | null {
  const raw = storage()?.getItem(prefix + key);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as StoredDraft<T>;
    return typeof parsed === 'object' && parsed !== null && 'value' in parsed ? parsed : null;
  } catch {
    return null;
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(prefix + key);
}

/** Keys of every stored draft whose key starts with `keyPrefix` (e.g. one edition's sections). */
export function listDraftKeys(keyPrefix = ''): string[] {
  const s = storage();
  if (!s) return [];
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(prefix + keyPrefix)) keys.push(k.slice(prefix.length));
  }
  return keys;
}
