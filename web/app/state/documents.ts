import type { DocumentInfo } from '../../../graph/model';
import { api } from '../api';

const texts = new Map<string, Promise<string>>();
let list: Promise<DocumentInfo[]> | null = null;

/** Source text of a document, fetched once per page load (again after a failure). */
export function documentText(documentId: string): Promise<string> {
  let text = texts.get(documentId);
  if (!text) {
    text = api.documentText(documentId);
    texts.set(documentId, text);
    text.catch(() => texts.delete(documentId));
  }
  return text;
}

/** Drops what was fetched of the documents, after an upload or a removal changed them. */
export function forgetDocuments(documentId?: string): void {
  list = null;
  if (documentId === undefined) texts.clear();
  else texts.delete(documentId);
}

/** The loaded documents, fetched once per page load (again after a failure). */
export function documentList(): Promise<DocumentInfo[]> {
  if (!list) {
    list = api.documents();
    list.catch(() => {
      list = null;
    });
  }
  return list;
}

/** What the app calls the loaded reports: the title of the only one, or how many there are. */
export function reportsLabel(documents: readonly Pick<DocumentInfo, 'id' | 'title'>[]): string {
  const [only] = documents;
  if (documents.length === 0 || !only) return 'No report loaded';
  if (documents.length > 1) return `${documents.length} reports`;
  return only.title.trim() || only.id;
}
