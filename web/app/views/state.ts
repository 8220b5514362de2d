import { METRICS, type Metric } from '../../../graph/views/centrality-schema';
import { MATRIX_NAMES, type MatrixName } from '../../../graph/views/matrix';
import { TIMELINE_KINDS, type TimelineKind } from '../../../graph/views/timeline';

export const TABS = ['trace', 'shared', 'matrix', 'centrality', 'timeline', 'cypher'] as const;
export type AnalystTab = (typeof TABS)[number];

export const TAB_LABELS: Record<AnalystTab, string> = {
  trace: 'Impact tracer',
  shared: 'What they share',
  matrix: 'Exposure matrix',
  centrality: 'Centrality',
  timeline: 'Timeline',
  cypher: 'Cypher (Neo4j)',
};

/** The analyst views' state; it lives in the URL fragment so a link reopens the same view. */
export interface AnalystState {
  tab: AnalystTab | null;
  policy: string | null;
  shared: string[];
  matrix: MatrixName;
  /** Sort rows by their total (`null`), by name, or by one column's cells. */
  matrixSort: string | null;
  cell: { row: string; col: string } | null;
  metric: Metric;
  timelineKinds: TimelineKind[];
  document: string | null;
  /** A centrality row or timeline event whose passages are open. */
  node: string | null;
  /** The read-only Cypher console's query (Neo4j store only). */
  query: string | null;
}

export const EMPTY_ANALYST: AnalystState = {
  tab: null,
  policy: null,
  shared: [],
  matrix: 'policy-industry',
  matrixSort: null,
  cell: null,
  metric: 'pagerank',
  timelineKinds: [...TIMELINE_KINDS],
  document: null,
  node: null,
  query: null,
};

function decode(value: string | null): string | null {
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((v) => decode(v))
    .filter((v): v is string => !!v);

/** Reads the fragment (`#av=matrix&m=policy-industry&r=…&c=…`); anything unknown falls back to defaults. */
export function parseAnalyst(hash: string): AnalystState {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const get = (key: string) => decode(params.get(key) ?? null);
  const tab = TABS.find((t) => t === get('av')) ?? null;
  const matrix = MATRIX_NAMES.find((m) => m === get('m')) ?? EMPTY_ANALYST.matrix;
  const row = get('r');
  const col = get('c');
  const kinds = params.has('tk')
    ? list(params.get('tk') ?? null).filter((k): k is TimelineKind =>
        (TIMELINE_KINDS as readonly string[]).includes(k),
      )
    : EMPTY_ANALYST.timelineKinds;
  return {
    tab,
    policy: get('p'),
    shared: list(params.get('s') ?? null),
    matrix,
    matrixSort: get('ms'),
    cell: row && col ? { row, col } : null,
    metric: METRICS.find((m) => m === get('metric')) ?? EMPTY_ANALYST.metric,
    timelineKinds: kinds,
    document: get('doc'),
    node: get('node'),
    query: get('q'),
  };
}

/** The fragment for a state (without `#`); empty when no view is open. */
export function serializeAnalyst(state: AnalystState): string {
  if (!state.tab) return '';
  const enc = encodeURIComponent;
  const parts = [`av=${state.tab}`];
  const add = (key: string, value: string | null) => {
    if (value) parts.push(`${key}=${value}`);
  };
  add('p', state.policy && enc(state.policy));
  add('s', state.shared.map(enc).join(','));
  if (state.matrix !== EMPTY_ANALYST.matrix) add('m', state.matrix);
  add('ms', state.matrixSort && enc(state.matrixSort));
  add('r', state.cell && enc(state.cell.row));
  add('c', state.cell && enc(state.cell.col));
  if (state.metric !== EMPTY_ANALYST.metric) add('metric', state.metric);
  if (state.timelineKinds.length !== TIMELINE_KINDS.length) parts.push(`tk=${state.timelineKinds.join(',')}`);
  add('doc', state.document && enc(state.document));
  add('node', state.node && enc(state.node));
  add('q', state.query && enc(state.query));
  return parts.join('&');
}
