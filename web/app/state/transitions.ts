import type { Selection, ViewState } from './view';

/*
 * Named, pure view transitions: each takes a view and returns the next one (the same object when
 * nothing changes, so history records no empty step). The explorer hook only fetches and dispatches.
 */

const union = (a: readonly string[], b: readonly string[]) => {
  const seen = new Set(a);
  const out = [...a];
  for (const id of b) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
};

/**
 * Puts `ids` on the canvas as neighbours brought by `centerId` (so collapsing it removes them again),
 * un-hides them, and optionally selects the centre.
 */
export function addNeighbours(
  view: ViewState,
  centerId: string,
  ids: readonly string[],
  options: { select?: boolean } = {},
): ViewState {
  const onCanvas = new Set(view.nodes);
  const fresh = ids.filter((id) => id !== centerId && !onCanvas.has(id));
  const wanted = new Set([centerId, ...ids]);
  const unhide = view.hidden.some((h) => wanted.has(h));
  const select = options.select && !(view.selected?.type === 'node' && view.selected.id === centerId);
  if (fresh.length === 0 && onCanvas.has(centerId) && !unhide && !select) return view;
  return {
    ...view,
    nodes: union(view.nodes, [centerId, ...ids]),
    addedBy: { ...view.addedBy, ...Object.fromEntries(fresh.map((id) => [id, centerId])) },
    hidden: unhide ? view.hidden.filter((h) => !wanted.has(h)) : view.hidden,
    ...(select ? { selected: { type: 'node' as const, id: centerId } } : {}),
  };
}

/**
 * One expansion step: the next `page` of `ranked` (the centre's neighbours, most telling first) after
 * the ones already fetched goes onto the canvas, and the count of fetched neighbours moves on.
 */
export function expandStep(
  view: ViewState,
  centerId: string,
  ranked: readonly string[],
  page: number,
  options: { select?: boolean } = {},
): ViewState {
  const offset = Math.min(view.expanded[centerId] ?? 0, ranked.length);
  const next = ranked.slice(offset, offset + page);
  const added = addNeighbours(view, centerId, next, options);
  return { ...added, expanded: { ...added.expanded, [centerId]: offset + next.length } };
}

/** Every neighbour in `ranked` not yet fetched goes onto the canvas at once ("All N" in the details panel). */
export function expandAll(
  view: ViewState,
  centerId: string,
  ranked: readonly string[],
  options: { select?: boolean } = {},
): ViewState {
  return expandStep(view, centerId, ranked, ranked.length, options);
}

/** Selects a node or a link (or nothing). */
export function select(view: ViewState, selected: Selection | null): ViewState {
  if (view.selected?.type === selected?.type && view.selected?.id === selected?.id) return view;
  return { ...view, selected };
}

export type Positions = Record<string, { x: number; y: number }>;
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** Remembers where nodes were placed and how the canvas was zoomed, so a link reproduces the picture. */
export function placeNodes(view: ViewState, positions: Positions, viewport: Viewport | null): ViewState {
  return { ...view, positions, viewport };
}

/** Forgets placed positions (after a new layout, they would only fight it). */
export function forgetPlacement(view: ViewState): ViewState {
  if (Object.keys(view.positions).length === 0 && view.viewport === null) return view;
  return { ...view, positions: {}, viewport: null };
}

export const FONT_SCALES = [0.8, 1, 1.25, 1.5, 2] as const;

/** Steps the label size up or down through `FONT_SCALES`. */
export function stepFontScale(view: ViewState, step: 1 | -1): ViewState {
  const i = FONT_SCALES.findIndex((s) => s >= view.fontScale);
  const at = i < 0 ? FONT_SCALES.length - 1 : i;
  const next = FONT_SCALES[Math.max(0, Math.min(FONT_SCALES.length - 1, at + step))]!;
  return next === view.fontScale ? view : { ...view, fontScale: next };
}

/** Presentation mode: hidden side panels, larger labels. */
export function setPresenting(view: ViewState, presenting: boolean): ViewState {
  return view.presenting === presenting ? view : { ...view, presenting };
}

/** Shows or hides a document's contribution (by node membership, see `documentsOf`). */
export function toggleDocument(view: ViewState, documentId: string): ViewState {
  const hiddenDocuments = view.hiddenDocuments.includes(documentId)
    ? view.hiddenDocuments.filter((d) => d !== documentId)
    : [...view.hiddenDocuments, documentId];
  return { ...view, hiddenDocuments };
}
