import { useEffect, useState } from 'react';
import { ApiError } from '../api';

export type Load<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string };

/** Fetches when `key` changes (null: nothing to fetch); a newer request aborts the older one. */
export function useLoad<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Load<T> {
  const [state, setState] = useState<Load<T>>({ status: 'idle' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names the request; `load` is rebuilt each render.
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof ApiError ? `${error.code}: ${error.message}` : String(error);
        setState({ status: 'error', message });
      },
    );
    return () => controller.abort();
  }, [key]);
  return state;
}
