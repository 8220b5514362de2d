import { GraphSlice } from '../../../graph/model';
import { LIMITS } from '../../../graph/store';
import { api } from '../api';
import { OVERVIEW_SIZE, type ViewState } from './view';

declare global {
  interface Window {
    /** The overview response that public/early.js started before the scripts loaded; taken once here. */
    __earlyOverview?: Promise<unknown>;
  }
}

let pending: Promise<GraphSlice> | null = null;

/**
 * Starts fetching what the first view shows as soon as the script runs, before React mounts:
 * the nodes named in the link, or the overview when the link names none (and no path).
 */
export function prefetchInitialView(view: ViewState): void {
  const early = window.__earlyOverview;
  delete window.__earlyOverview;
  if (view.nodes.length > 0) pending = api.subgraph(view.nodes.slice(0, LIMITS.subgraphMaxIds));
  else if (!view.pathFrom || !view.pathTo)
    pending = early
      ? early.then((body) => GraphSlice.parse(body)).catch(() => api.overview(OVERVIEW_SIZE))
      : api.overview(OVERVIEW_SIZE);
  // The explorer reports a failure when it awaits the promise; this only keeps it from being "unhandled".
  pending?.catch(() => undefined);
}

/** The prefetched slice, once; null if nothing was prefetched. */
export function takeInitialView(): Promise<GraphSlice> | null {
  const taken = pending;
  pending = null;
  return taken;
}
