import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../graph/store';
import { ApiError, api } from '../api';

export const SEARCH_DEBOUNCE_MS = 180;

export interface SearchState {
  hits: SearchHit[];
  loading: boolean;
  error: string | null;
}

/** Suggestions for what the user is typing, fetched once typing pauses; stale answers are dropped. */
export function useSearch(query: string, limit = 10): SearchState {
  const [state, setState] = useState<SearchState>({ hits: [], loading: false, error: null });
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setState({ hits: [], loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      api
        .search(q.slice(0, 200), { limit, signal: controller.signal })
        .then((hits) => setState({ hits, loading: false, error: null }))
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          const text = error instanceof ApiError ? error.message : String(error);
          setState({ hits: [], loading: false, error: text });
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, limit]);
  return state;
}
