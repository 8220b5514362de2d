import { useEffect, useState } from 'react';
import type { DocumentInfo } from '../../../graph/model';
import { documentList, reportsLabel } from '../state/documents';

export const APP_NAME = 'Policy Graph';

/** The loaded documents (null until known), fetched again when `revision` changes; the tab is titled after them. */
export function useDocuments(revision = 0): DocumentInfo[] | null {
  const [documents, setDocuments] = useState<DocumentInfo[] | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` asks for the list again.
  useEffect(() => {
    let live = true;
    documentList()
      .then((list) => live && setDocuments(list))
      .catch(() => undefined); // the title is optional; API failures show where the graph loads
    return () => {
      live = false;
    };
  }, [revision]);
  useEffect(() => {
    if (documents) document.title = `${reportsLabel(documents)} — ${APP_NAME}`;
  }, [documents]);
  return documents;
}
