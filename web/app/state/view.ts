import { EdgeType, NodeKind } from '../../../graph/model';
import type { Lang } from '../graph/elements';

/** Neighbours fetched per expansion step ("N more" pages through the rest). */
export const NEIGHBOUR_PAGE = 12;
/** Shortest paths asked for and drawn. */
export const PATH_LIMIT = 3;

/** Kinds a path may pass through when report structure is left out. */
export const PATH_KINDS_WITHOUT_SECTIONS = NodeKind.options.filter(
  (k) => k !== 'Section' && k !== 'Document',
);

/** Nodes shown when the app opens without a view in its link. */
export const OVERVIEW_SIZE = 40;

export const LAYOUTS = ['force', 'fcose', 'concentric', 'dagre'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface Selection {
  type: 'node' | 'edge';
  id: string;
}

/** Everything a shared link must reproduce, positions and zoom included. */
export interface ViewState {
  /** Node ids on the canvas, in the order they arrived. */
  nodes: string[];
  pinned: string[];
  hidden: string[];
  selected: Selection | null;
  hiddenKinds: NodeKind[];
  hiddenTypes: EdgeType[];
  layout: LayoutName;
  lang: Lang;
  pathFrom: string | null;
  pathTo: string | null;
  /** Let paths run through report sections and documents (off: entities, strategies and the like only). */
  pathViaSections: boolean;
  /** Node id → how many of its neighbours (most important first) have been fetched. */
  expanded: Record<string, number>;
  /**
   * Node id → the node whose expansion brought it onto the canvas, so collapsing removes exactly those.
   * Session-only: a link does not carry it (collapse then falls back to removing leaf neighbours).
   */
  addedBy: Record<string, string>;
  webgl: boolean;
  /** Node id → position where the user (or the last layout) placed it; restored instead of a new layout. */
  positions: Record<string, { x: number; y: number }>;
  /** Zoom and pan of the canvas when the positions were taken. */
  viewport: { zoom: number; pan: { x: number; y: number } } | null;
  /** Label size factor (1 = normal); presentation mode multiplies it again. */
  fontScale: number;
  /** Presentation mode: side panels hidden, larger labels. */
  presenting: boolean;
  /** Documents whose nodes and links are hidden (document filter). */
  hiddenDocuments: string[];
}

export const EMPTY_VIEW: ViewState = {
  nodes: [],
  pinned: [],
  hidden: [],
  selected: null,
  hiddenKinds: [],
  hiddenTypes: [],
  layout: 'force',
  lang: 'ko',
  pathFrom: null,
  pathTo: null,
  pathViaSections: false,
  expanded: {},
  addedBy: {},
  webgl: false,
  positions: {},
  viewport: null,
  fontScale: 1,
  presenting: false,
  hiddenDocuments: [],
};

const finite = (text: string | undefined) => {
  const n = Number(text);
  return text !== undefined && text !== '' && Number.isFinite(n) ? n : null;
};

/** `x;y;id` items: numbers first, so any id (even one holding `;`) survives. */
function parsePositions(items: string[]): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  for (const item of items) {
    const [xs, ys, ...rest] = item.split(';');
    const x = finite(xs);
    const y = finite(ys);
    const id = rest.join(';');
    if (x !== null && y !== null && id) out[id] = { x, y };
  }
  return out;
}

function parseViewport(text: string | null): ViewState['viewport'] {
  const [z, x, y] = (text ?? '').split(',').map((v) => finite(v));
  if (z == null || x == null || y == null || z <= 0) return null;
  return { zoom: z, pan: { x, y } };
}

const round = (n: number, digits = 0) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

function rawParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    params.set(key, eq < 0 ? '' : part.slice(eq + 1));
  }
  return params;
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Lists are comma-joined with each item percent-encoded, so ids containing commas survive. */
function decodeList(value: string | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const item of value.split(',')) {
    const decoded = decode(item);
    if (decoded && !out.includes(decoded)) out.push(decoded);
  }
  return out;
}

const encodeList = (items: readonly string[]) => items.map(encodeURIComponent).join(',');

/** Reads a view from a query string; anything malformed or unknown is dropped, never thrown. */
export function parseView(search: string): ViewState {
  const p = rawParams(search);
  const one = (key: string) => {
    const value = p.get(key);
    return value ? decode(value) : null;
  };
  const nodes = decodeList(p.get('n'));
  const counts = (p.get('xn') ?? '').split(',');
  const expanded: Record<string, number> = {};
  decodeList(p.get('x')).forEach((id, i) => {
    const count = Number(counts[i]);
    if (Number.isInteger(count) && count > 0) expanded[id] = count;
  });
  const sel = one('sel');
  const edge = one('edge');
  const layout = one('layout');
  return {
    nodes,
    pinned: decodeList(p.get('pin')),
    hidden: decodeList(p.get('hide')),
    selected: edge ? { type: 'edge', id: edge } : sel ? { type: 'node', id: sel } : null,
    hiddenKinds: decodeList(p.get('fk')).filter((k): k is NodeKind => NodeKind.safeParse(k).success),
    hiddenTypes: decodeList(p.get('ft')).filter((t): t is EdgeType => EdgeType.safeParse(t).success),
    layout: LAYOUTS.find((l) => l === layout) ?? EMPTY_VIEW.layout,
    lang: one('lang') === 'en' ? 'en' : 'ko',
    pathFrom: one('from'),
    pathTo: one('to'),
    pathViaSections: one('via') === 'sections',
    expanded,
    addedBy: {},
    webgl: one('webgl') === '1',
    positions: parsePositions(decodeList(p.get('pos'))),
    viewport: parseViewport(one('vp')),
    fontScale: Math.min(3, Math.max(0.5, finite(one('fs') ?? undefined) ?? 1)),
    presenting: one('present') === '1',
    hiddenDocuments: decodeList(p.get('fd')),
  };
}

/** The query string for a view (without `?`); defaults are left out to keep links short. */
export function serializeView(view: ViewState): string {
  const parts: string[] = [];
  const add = (key: string, value: string) => {
    if (value) parts.push(`${key}=${value}`);
  };
  add('n', encodeList(view.nodes));
  add('pin', encodeList(view.pinned));
  add('hide', encodeList(view.hidden));
  if (view.selected)
    add(view.selected.type === 'edge' ? 'edge' : 'sel', encodeURIComponent(view.selected.id));
  add('fk', encodeList(view.hiddenKinds));
  add('ft', encodeList(view.hiddenTypes));
  if (view.layout !== EMPTY_VIEW.layout) add('layout', view.layout);
  if (view.lang !== EMPTY_VIEW.lang) add('lang', view.lang);
  if (view.pathFrom) add('from', encodeURIComponent(view.pathFrom));
  if (view.pathTo) add('to', encodeURIComponent(view.pathTo));
  if (view.pathViaSections) add('via', 'sections');
  const expandedIds = Object.keys(view.expanded);
  add('x', encodeList(expandedIds));
  add('xn', expandedIds.map((id) => view.expanded[id]).join(','));
  if (view.webgl) add('webgl', '1');
  add(
    'pos',
    encodeList(Object.entries(view.positions).map(([id, p]) => `${round(p.x)};${round(p.y)};${id}`)),
  );
  if (view.viewport) {
    const { zoom, pan } = view.viewport;
    add('vp', `${round(zoom, 3)},${round(pan.x)},${round(pan.y)}`);
  }
  if (view.fontScale !== 1) add('fs', String(view.fontScale));
  if (view.presenting) add('present', '1');
  add('fd', encodeList(view.hiddenDocuments));
  return parts.join('&');
}

export interface History {
  past: ViewState[];
  present: ViewState;
}

export type HistoryAction =
  | { type: 'commit'; update: (view: ViewState) => ViewState }
  /** Changes that should not get their own undo step (selection, restoring a link). */
  | { type: 'replace'; update: (view: ViewState) => ViewState }
  | { type: 'back' };

export const HISTORY_LIMIT = 100;

export function historyReducer(state: History, action: HistoryAction): History {
  switch (action.type) {
    case 'commit': {
      const next = action.update(state.present);
      if (next === state.present) return state;
      return { past: [...state.past, state.present].slice(-HISTORY_LIMIT), present: next };
    }
    case 'replace': {
      const next = action.update(state.present);
      return next === state.present ? state : { past: state.past, present: next };
    }
    case 'back': {
      const previous = state.past.at(-1);
      return previous ? { past: state.past.slice(0, -1), present: previous } : state;
    }
  }
}
