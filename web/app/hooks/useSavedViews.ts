import { useCallback, useState } from 'react';
import { deleteView, parseSavedViews, SAVED_VIEWS_KEY, type SavedView, saveView } from '../state/saved-views';

function read(): SavedView[] {
  try {
    return parseSavedViews(window.localStorage.getItem(SAVED_VIEWS_KEY));
  } catch {
    return [];
  }
}

function write(list: SavedView[]): void {
  try {
    window.localStorage.setItem(SAVED_VIEWS_KEY, JSON.stringify(list));
  } catch {
    // Storage full or disabled: the list still works for this page.
  }
}

/**
 * Named views kept in this browser's local storage, read by `load` when they are shown: a page's first use of
 * local storage waits on the browser, which the first render need not do.
 */
export function useSavedViews() {
  const [views, setViews] = useState<SavedView[]>([]);
  const load = useCallback(() => setViews(read()), []);
  const save = useCallback((name: string) => {
    const next = saveView(read(), name, window.location.search, new Date());
    write(next);
    setViews(next);
  }, []);
  const remove = useCallback((name: string) => {
    const next = deleteView(read(), name);
    write(next);
    setViews(next);
  }, []);
  return { views, load, save, remove };
}
