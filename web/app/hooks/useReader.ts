import { useEffect, useState } from 'react';
import type { Evidence } from '../../../graph/model';
import { documentList, documentText } from '../state/documents';

export interface ReaderState {
  /** The whole source text; null while it loads. */
  text: string | null;
  title: string;
  error: string | null;
}

/** The report an evidence passage points into: its text and title. */
export function useReader(evidence: Evidence): ReaderState {
  const { documentId } = evidence;
  const [state, setState] = useState<ReaderState>({ text: null, title: documentId, error: null });
  useEffect(() => {
    let live = true;
    setState({ text: null, title: documentId, error: null });
    documentText(documentId)
      .then((text) => live && setState((s) => ({ ...s, text })))
      .catch((e: unknown) => live && setState((s) => ({ ...s, error: String(e) })));
    documentList()
      .then((docs) => {
        const title = docs.find((d) => d.id === documentId)?.title;
        if (live && title) setState((s) => ({ ...s, title }));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [documentId]);
  return state;
}
