import type { ViewState } from './view';

/*
 * Which elements a view shows. Cytoscape gets these as classes (hooks/useCytoscape.ts, applyClasses);
 * the force layout asks the same questions of elements not yet on the canvas.
 */

export interface Filters {
  hidden: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  types: ReadonlySet<string>;
  documents: ReadonlySet<string>;
}

export function filtersOf(view: ViewState): Filters {
  return {
    hidden: new Set(view.hidden),
    kinds: new Set<string>(view.hiddenKinds),
    types: new Set<string>(view.hiddenTypes),
    documents: new Set(view.hiddenDocuments),
  };
}

/** Whether an element belongs only to hidden documents (its evidence or mentions name no other). */
function onlyInHiddenDocuments(
  documents: readonly string[] | undefined,
  hidden: ReadonlySet<string>,
): boolean {
  return !!documents && documents.length > 0 && documents.every((d) => hidden.has(d));
}

interface NodeData {
  id: string;
  kind?: string;
  documents?: readonly string[];
}

interface EdgeData {
  type?: string;
  documents?: readonly string[];
}

/** A node left out by a kind or document filter (it stays on the canvas, greyed out of the picture). */
export function nodeFiltered(data: NodeData, filters: Filters): boolean {
  return (
    (data.kind !== undefined && filters.kinds.has(data.kind)) ||
    onlyInHiddenDocuments(data.documents, filters.documents)
  );
}

export function edgeFiltered(data: EdgeData, filters: Filters): boolean {
  return (
    (data.type !== undefined && filters.types.has(data.type)) ||
    onlyInHiddenDocuments(data.documents, filters.documents)
  );
}

/** A node drawn on the canvas: neither hidden nor filtered. */
export function nodeShown(data: NodeData, filters: Filters): boolean {
  return !filters.hidden.has(data.id) && !nodeFiltered(data, filters);
}
