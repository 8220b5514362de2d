import { useCallback, useEffect, useState } from 'react';
import { type AnalystState, parseAnalyst, serializeAnalyst } from './state';

/** The analyst views' state, kept in the URL fragment (the query string belongs to the explorer). */
export function useAnalyst() {
  const [state, setState] = useState<AnalystState>(() => parseAnalyst(window.location.hash));

  useEffect(() => {
    const hash = serializeAnalyst(state);
    const url = `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.replaceState(null, '', url);
  }, [state]);

  useEffect(() => {
    const onHash = () => setState(parseAnalyst(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const update = useCallback((patch: Partial<AnalystState>) => setState((s) => ({ ...s, ...patch })), []);
  return { state, update };
}
