import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../graph/store';
import { ApiError, api } from '../api';
import { closeHits, queryFragments } from '../state/fuzzy';

export const SEARCH_DEBOUNCE_MS = 180;

export interface SearchState {
  hits: SearchHit[];
  loading: boolean;
  error: string | null;
  /** The hits are close spellings, not matches of the query as typed. */
  fuzzy?: boolean;
  /** The trimmed query the hits answer; while a newer query is pending it is the previous one. */
  answers: string;
}

/** Suggestions for what the user is typing, fetched once typing pauses; stale answers are dropped. */
export function useSearch(query: string, limit = 10): SearchState {
  const [state, setState] = useState<SearchState>({ hits: [], loading: false, error: null, answers: '' });
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setState({ hits: [], loading: false, error: null, answers: '' });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      const signal = controller.signal;
      api
        .search(q.slice(0, 200), { limit, signal })
        .then(async (hits) => {
          if (hits.length > 0) return { hits, fuzzy: false };
          // Nothing matched as typed: search pieces of the query and keep names a typo or two away.
          const pieces = await Promise.all(
            queryFragments(q.slice(0, 200)).map((f) => api.search(f, { limit: 20, signal })),
          );
          return { hits: closeHits(q, pieces.flat(), limit), fuzzy: true };
        })
        .then(({ hits, fuzzy }) => setState({ hits, loading: false, error: null, fuzzy, answers: q }))
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          const text = error instanceof ApiError ? error.message : String(error);
          setState({ hits: [], loading: false, error: text, answers: q });
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, limit]);
  return state;
}
