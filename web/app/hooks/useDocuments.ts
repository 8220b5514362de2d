import { useEffect, useState } from 'react';
import type { DocumentInfo } from '../../../graph/model';
import { documentList, reportsLabel } from '../state/documents';

export const APP_NAME = 'Policy Graph';

/** The loaded documents (null until known); the browser tab is titled after them. */
export function useDocuments(): DocumentInfo[] | null {
  const [documents, setDocuments] = useState<DocumentInfo[] | null>(null);
  useEffect(() => {
    let live = true;
    documentList()
      .then((list) => live && setDocuments(list))
      .catch(() => undefined); // the title is optional; API failures show where the graph loads
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (documents) document.title = `${reportsLabel(documents)} — ${APP_NAME}`;
  }, [documents]);
  return documents;
}
