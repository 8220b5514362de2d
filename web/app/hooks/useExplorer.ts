import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { EdgeType, NodeKind } from '../../../graph/model';
import { LIMITS } from '../../../graph/store';
import { ApiError, api } from '../api';
import { type Lang, toElements } from '../graph/elements';
import { pathPositions } from '../graph/layouts';
import { takeInitialView } from '../state/boot';
import { GraphCache } from '../state/cache';
import { type RankedPath, strongestPaths } from '../state/path-rank';
import { rankNeighbours } from '../state/relations';
import { brokenLinkNotice, dropMissing } from '../state/restore';
import {
  addNeighbours,
  expandAll,
  expandStep,
  type Positions,
  placeNodes,
  setPresenting,
  stepFontScale,
  toggleDocument,
  type Viewport,
} from '../state/transitions';
import {
  type History,
  historyReducer,
  type LayoutName,
  OVERVIEW_SIZE,
  NEIGHBOUR_PAGE as PAGE,
  PATH_KINDS_WITHOUT_SECTIONS,
  PATH_LIMIT,
  parseView,
  type Selection,
  serializeView,
  type ViewState,
} from '../state/view';

export type PathState =
  | { status: 'idle' }
  | { status: 'loading'; from: string; to: string }
  | { status: 'found'; from: string; to: string; paths: RankedPath[] }
  | { status: 'none'; from: string; to: string };

export interface LayoutRequest {
  seq: number;
  /** Preset positions (path view); otherwise the view's layout runs on everything. */
  positions?: Map<string, { x: number; y: number }>;
}

const union = (a: readonly string[], b: readonly string[]) => {
  const seen = new Set(a);
  return [...a, ...b.filter((id) => !seen.has(id) && seen.add(id))];
};
const toggle = <T>(list: readonly T[], item: T) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

function message(error: unknown): string {
  if (error instanceof ApiError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** The explorer's state and every action that changes it; all fetching happens here. */
export function useExplorer() {
  const [history, dispatch] = useReducer(
    historyReducer,
    undefined,
    (): History => ({ past: [], present: parseView(window.location.search) }),
  );
  const view = history.present;
  const viewRef = useRef(view);
  viewRef.current = view;
  const cache = useRef(new GraphCache()).current;
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(0);
  const [error, setError] = useState<string | null>(null);
  /** Something the user should know that is not a failure, such as a link naming unknown nodes. */
  const [notice, setNotice] = useState<string | null>(null);
  const [path, setPath] = useState<PathState>({ status: 'idle' });
  const [layoutRequest, setLayoutRequest] = useState<LayoutRequest>({ seq: 0 });
  const [focus, setFocus] = useState<{ id: string; seq: number } | null>(null);

  const commit = useCallback(
    (update: (v: ViewState) => ViewState) => dispatch({ type: 'commit', update }),
    [],
  );
  const replace = useCallback(
    (update: (v: ViewState) => ViewState) => dispatch({ type: 'replace', update }),
    [],
  );

  const merge = useCallback(
    (slice: Parameters<GraphCache['merge']>[0]) => {
      cache.merge(slice);
      setVersion((v) => v + 1);
    },
    [cache],
  );

  /** Runs a fetch, counting it as busy and showing its failure instead of throwing. */
  const task = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy((b) => b + 1);
    try {
      const result = await work();
      setError(null);
      return result;
    } catch (err) {
      setError(message(err));
      return undefined;
    } finally {
      setBusy((b) => b - 1);
    }
  }, []);

  /** Subgraph of the canvas, so edges among nodes that arrived separately show too. */
  const fillEdges = useCallback(
    async (ids: readonly string[]) => {
      if (ids.length === 0) return;
      merge(await api.subgraph(ids.slice(0, LIMITS.subgraphMaxIds)));
    },
    [merge],
  );

  const runPath = useCallback(
    async (from: string, to: string, viaSections: boolean, mode: 'commit' | 'restore') => {
      setPath({ status: 'loading', from, to });
      const through = viaSections ? undefined : PATH_KINDS_WITHOUT_SECTIONS;
      // Ask for more candidates than are shown, then keep the strongest (state/path-rank.ts).
      const ranked = await task(async () => {
        const candidates = await api.paths(from, to, {
          limit: LIMITS.pathsMaxResults,
          ...(through ? { through } : {}),
        });
        return strongestPaths(candidates, PATH_LIMIT);
      });
      const paths = ranked?.map((p) => ({ nodes: p.nodes, edges: p.hops.map((h) => h.edge) }));
      if (!ranked || !paths) {
        setPath({ status: 'idle' });
        return;
      }
      for (const p of paths) merge({ nodes: p.nodes, edges: p.edges });
      if (paths.length === 0) {
        setPath({ status: 'none', from, to });
        const endpoints = await task(() => api.subgraph([from, to]));
        if (endpoints) merge(endpoints);
        (mode === 'commit' ? commit : replace)((v) => ({
          ...v,
          pathFrom: from,
          pathTo: to,
          pathViaSections: viaSections,
          nodes: union(v.nodes, [from, to]),
        }));
        return;
      }
      const ids = union(
        [],
        paths.flatMap((p) => p.nodes.map((n) => n.id)),
      );
      setPath({ status: 'found', from, to, paths: ranked });
      setLayoutRequest((r) => ({ seq: r.seq + 1, positions: pathPositions(paths) }));
      if (mode === 'commit') {
        commit((v) => ({
          ...v,
          pathFrom: from,
          pathTo: to,
          pathViaSections: viaSections,
          nodes: ids,
          hidden: [],
          selected: null,
          expanded: {},
          addedBy: {},
        }));
      } else {
        replace((v) => ({ ...v, nodes: union(v.nodes, ids) }));
      }
    },
    [commit, merge, replace, task],
  );

  // Restore the view from the link once.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const initial = viewRef.current;
    void task(async () => {
      const prefetched = takeInitialView();
      if (initial.nodes.length > 0) {
        const slice = await (prefetched ?? api.subgraph(initial.nodes.slice(0, LIMITS.subgraphMaxIds)));
        merge(slice);
        const found = new Set(slice.nodes.map((n) => n.id));
        const missing = initial.nodes.filter((id) => !found.has(id));
        if (missing.length > 0) {
          setNotice(brokenLinkNotice(missing, initial.nodes.length));
          replace((v) => dropMissing(v, found));
        }
        if (found.size === 0) {
          const overview = await api.overview(OVERVIEW_SIZE);
          merge(overview);
          replace((v) => ({ ...v, nodes: overview.nodes.map((n) => n.id) }));
        }
      } else if (!initial.pathFrom || !initial.pathTo) {
        const overview = await (prefetched ?? api.overview(OVERVIEW_SIZE));
        merge(overview);
        replace((v) => ({ ...v, nodes: overview.nodes.map((n) => n.id) }));
      }
      const sel = initial.selected;
      if (sel?.type === 'node' && !cache.nodes.has(sel.id)) merge(await api.subgraph([sel.id]));
      if (initial.pathFrom && initial.pathTo)
        await runPath(initial.pathFrom, initial.pathTo, initial.pathViaSections, 'restore');
    });
  }, [cache, merge, replace, runPath, task]);

  // Keep the address bar in step, so copying it shares this view.
  useEffect(() => {
    const qs = serializeView(view);
    // The fragment belongs to the analyst views (web/app/views/state.ts) and is kept.
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.replaceState(null, '', url);
  }, [view]);

  /**
   * Adds the next page of the node's neighbours, stated relations first (see state/relations.ts), or with
   * `all` every neighbour not yet shown.
   */
  const expand = useCallback(
    async (id: string, options: { select?: boolean; all?: boolean } = {}) => {
      const hood = await task(() => api.neighbors(id, { limit: LIMITS.neighborsMax }));
      if (!hood) return;
      merge({ nodes: [hood.center, ...hood.nodes], edges: hood.edges });
      const ranked = rankNeighbours(id, hood.edges, cache.nodes);
      cache.totals.set(id, ranked.length);
      const before = viewRef.current;
      const page = options.all ? ranked.length : PAGE;
      commit((v) =>
        options.all ? expandAll(v, id, ranked, options) : expandStep(v, id, ranked, PAGE, options),
      );
      setFocus((f) => ({ id, seq: (f?.seq ?? 0) + 1 }));
      const added = ranked.slice(before.expanded[id] ?? 0, (before.expanded[id] ?? 0) + page);
      await task(() => fillEdges(union(viewRef.current.nodes, [id, ...added])));
    },
    [cache, commit, fillEdges, merge, task],
  );

  /** Puts the given neighbours of a node on the canvas ("show these" in the relationships list). */
  const expandGroup = useCallback(
    async (id: string, ids: readonly string[]) => {
      const missing = [id, ...ids].filter((n) => !cache.nodes.has(n));
      if (missing.length > 0) {
        const slice = await task(() => api.subgraph(missing.slice(0, LIMITS.subgraphMaxIds)));
        if (!slice) return;
        merge(slice);
      }
      commit((v) => addNeighbours(v, id, ids));
      setFocus((f) => ({ id, seq: (f?.seq ?? 0) + 1 }));
      await task(() => fillEdges(union(viewRef.current.nodes, [id, ...ids])));
    },
    [cache, commit, fillEdges, merge, task],
  );

  const collapse = useCallback(
    (id: string) => {
      commit((v) => {
        const keep = (n: string) => v.pinned.includes(n) || n === v.pathFrom || n === v.pathTo;
        const drop = new Set<string>();
        const children = Object.entries(v.addedBy);
        const visit = (parent: string) => {
          for (const [child, by] of children) {
            if (by !== parent || drop.has(child) || keep(child)) continue;
            drop.add(child);
            visit(child);
          }
        };
        visit(id);
        if (drop.size === 0) {
          // Nothing known to come from this node (e.g. a restored link): remove neighbours that hang only on it.
          const onCanvas = new Set(v.nodes);
          const links = new Map<string, Set<string>>();
          for (const edge of cache.edges.values()) {
            if (!onCanvas.has(edge.source) || !onCanvas.has(edge.target) || edge.source === edge.target)
              continue;
            for (const [a, b] of [
              [edge.source, edge.target],
              [edge.target, edge.source],
            ] as const) {
              const set = links.get(a) ?? new Set<string>();
              set.add(b);
              links.set(a, set);
            }
          }
          for (const n of links.get(id) ?? []) {
            const others = links.get(n)!;
            if (others.size === 1 && !keep(n) && v.expanded[n] === undefined) drop.add(n);
          }
        }
        const expanded = Object.fromEntries(
          Object.entries(v.expanded).filter(([n]) => n !== id && !drop.has(n)),
        );
        const addedBy = Object.fromEntries(children.filter(([child]) => !drop.has(child)));
        return {
          ...v,
          nodes: v.nodes.filter((n) => !drop.has(n)),
          hidden: v.hidden.filter((n) => !drop.has(n)),
          selected: v.selected && drop.has(v.selected.id) ? null : v.selected,
          expanded,
          addedBy,
        };
      });
    },
    [cache, commit],
  );

  const relayout = useCallback(() => setLayoutRequest((r) => ({ seq: r.seq + 1 })), []);

  const actions = useMemo(
    () => ({
      pick: (id: string) => expand(id, { select: true }),
      expand: (id: string) => expand(id),
      expandAll: (id: string) => expand(id, { all: true }),
      expandGroup,
      collapse,
      select: (selected: Selection | null) => replace((v) => ({ ...v, selected })),
      hide: (id: string) =>
        commit((v) => ({
          ...v,
          hidden: union(v.hidden, [id]),
          selected: v.selected?.id === id ? null : v.selected,
        })),
      showHidden: () => commit((v) => ({ ...v, hidden: [] })),
      togglePin: (id: string) => commit((v) => ({ ...v, pinned: toggle(v.pinned, id) })),
      toggleKind: (kind: NodeKind) => {
        commit((v) => ({ ...v, hiddenKinds: toggle(v.hiddenKinds, kind) }));
        relayout();
      },
      toggleType: (type: EdgeType) => {
        commit((v) => ({ ...v, hiddenTypes: toggle(v.hiddenTypes, type) }));
        relayout();
      },
      toggleDocument: (documentId: string) => {
        commit((v) => toggleDocument(v, documentId));
        relayout();
      },
      /** Positions and zoom go into the link without an undo step of their own. */
      place: (positions: Positions, viewport: Viewport) => replace((v) => placeNodes(v, positions, viewport)),
      stepFont: (step: 1 | -1) => commit((v) => stepFontScale(v, step)),
      present: (on: boolean) => commit((v) => setPresenting(v, on)),
      /** Opens a saved view: the whole link state, fetched like a shared link. */
      openView: (search: string) => window.location.assign(`${window.location.pathname}${search}`),
      setLayout: (layout: LayoutName) => {
        commit((v) => ({ ...v, layout }));
        setLayoutRequest((r) => ({ seq: r.seq + 1 }));
      },
      relayout,
      setLang: (lang: Lang) => {
        commit((v) => ({ ...v, lang }));
        relayout();
      },
      /** The renderer is fixed when Cytoscape starts, so switching reloads the same view. */
      setWebgl: (webgl: boolean) => {
        const qs = serializeView({ ...viewRef.current, webgl });
        window.location.assign(`${window.location.pathname}${qs ? `?${qs}` : ''}`);
      },
      back: () => dispatch({ type: 'back' }),
      clear: () => {
        setPath({ status: 'idle' });
        commit((v) => ({
          ...v,
          nodes: [],
          hidden: [],
          pinned: [],
          selected: null,
          expanded: {},
          addedBy: {},
          pathFrom: null,
          pathTo: null,
        }));
      },
      findPath: (from: string, to: string, viaSections: boolean) => runPath(from, to, viaSections, 'commit'),
      clearPath: () => {
        setPath({ status: 'idle' });
        commit((v) => ({ ...v, pathFrom: null, pathTo: null }));
      },
      dismissError: () => setError(null),
      /** Puts exactly these nodes on the canvas (analyst views), at the given positions when there are some. */
      showNodes: (ids: readonly string[], positions?: Map<string, { x: number; y: number }>) =>
        task(async () => {
          merge(await api.subgraph(ids.slice(0, LIMITS.subgraphMaxIds)));
          setPath({ status: 'idle' });
          setLayoutRequest((r) => (positions ? { seq: r.seq + 1, positions } : { seq: r.seq + 1 }));
          commit((v) => ({
            ...v,
            nodes: union([], ids),
            hidden: [],
            selected: null,
            expanded: {},
            addedBy: {},
            pathFrom: null,
            pathTo: null,
          }));
        }),
      dismissNotice: () => setNotice(null),
    }),
    [collapse, commit, expand, expandGroup, merge, relayout, replace, runPath, task],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` marks cache changes.
  const elements = useMemo(
    () => toElements(cache.slice(view.nodes), { lang: view.lang }),
    [cache, version, view.nodes, view.lang],
  );

  return {
    view,
    canGoBack: history.past.length > 0,
    cache,
    version,
    elements,
    busy: busy > 0,
    error,
    notice,
    path,
    layoutRequest,
    focus,
    actions,
  };
}

export type Explorer = ReturnType<typeof useExplorer>;
