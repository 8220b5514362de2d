import { useCallback, useMemo } from 'react';
import type { DocumentInfo } from '../../../graph/model';
import type { GraphCache } from '../state/cache';
import { documentText } from '../state/documents';
import { viewExport, visibleSlice } from '../state/export-view';
import type { ViewState } from '../state/view';

/** What the canvas shows after every filter, and its JSON export (graph document or slice). */
export function useViewExport(
  view: ViewState,
  cache: GraphCache,
  version: number,
  documents: DocumentInfo[] | null,
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` marks cache changes.
  const slice = useMemo(
    () => visibleSlice(view, cache.nodes, cache.edges.values()),
    [cache, version, view.nodes, view.hidden, view.hiddenKinds, view.hiddenTypes, view.hiddenDocuments],
  );
  const exportJson = useCallback(async () => {
    const docs = documents ?? [];
    const texts = new Map<string, string>();
    if (docs.length === 1 && docs[0]) texts.set(docs[0].id, await documentText(docs[0].id));
    return viewExport(slice, docs, (id) => texts.get(id));
  }, [slice, documents]);
  return { slice, exportJson };
}
