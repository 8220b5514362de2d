/** Named views saved in this browser: a name and the link state (query string) it reopens. */
export interface SavedView {
  name: string;
  /** The view's query string, `?…` or empty. */
  search: string;
  savedAt: string;
}

export const SAVED_VIEWS_KEY = 'policy-graph:views';
export const SAVED_VIEWS_MAX = 50;

/** Reads the stored list; anything malformed is dropped, never thrown. */
export function parseSavedViews(json: string | null): SavedView[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (v): v is SavedView =>
        typeof v === 'object' &&
        v !== null &&
        typeof v.name === 'string' &&
        v.name.trim() !== '' &&
        typeof v.search === 'string' &&
        typeof v.savedAt === 'string',
    );
  } catch {
    return [];
  }
}

/** Saves a view under a name, replacing one of the same name; newest first, at most `SAVED_VIEWS_MAX`. */
export function saveView(list: readonly SavedView[], name: string, search: string, now: Date): SavedView[] {
  const trimmed = name.trim();
  if (!trimmed) return [...list];
  const entry = { name: trimmed, search, savedAt: now.toISOString() };
  return [entry, ...list.filter((v) => v.name !== trimmed)].slice(0, SAVED_VIEWS_MAX);
}

export function deleteView(list: readonly SavedView[], name: string): SavedView[] {
  return list.filter((v) => v.name !== name);
}
