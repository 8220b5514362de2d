import type { ViewState } from './view';

const MAX_NAMED = 3;

/** What to tell the user when a shared link names nodes the loaded reports do not hold. */
export function brokenLinkNotice(missing: readonly string[], total: number): string {
  const named = missing.slice(0, MAX_NAMED).join(', ');
  const more = missing.length > MAX_NAMED ? ` and ${missing.length - MAX_NAMED} more` : '';
  if (missing.length === total) {
    return `This link shows nothing the loaded reports hold (unknown: ${named}${more}); it may come from another data set or an older import. Showing the overview instead.`;
  }
  return `${missing.length} of the ${total} nodes in this link are not in the loaded reports (${named}${more}); the rest is shown.`;
}

/** The view without the nodes the store does not hold, so the link in the address bar becomes valid. */
export function dropMissing(view: ViewState, found: ReadonlySet<string>): ViewState {
  const keep = (id: string) => found.has(id);
  const selected = view.selected?.type === 'node' && !keep(view.selected.id) ? null : view.selected;
  return {
    ...view,
    nodes: view.nodes.filter(keep),
    pinned: view.pinned.filter(keep),
    hidden: view.hidden.filter(keep),
    selected,
    expanded: Object.fromEntries(Object.entries(view.expanded).filter(([id]) => keep(id))),
  };
}
