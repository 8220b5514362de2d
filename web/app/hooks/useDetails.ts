import { useEffect, useState } from 'react';
import type { Edge, Node } from '../../../graph/model';
import { api } from '../api';
import type { GraphCache } from '../state/cache';
import type { Selection } from '../state/view';

export interface Figure {
  node: Node;
  edge: Edge | undefined;
}

export type Details =
  | { type: 'none' }
  | { type: 'loading' }
  | { type: 'error'; message: string }
  | { type: 'node'; node: Node; total: number | null; figures: Figure[] | null }
  | { type: 'edge'; edge: Edge; source: Node | undefined; target: Node | undefined };

/** What the details panel shows for the selection: the node with its figures, or the edge and its ends. */
export function useDetails(selection: Selection | null, cache: GraphCache, version: number): Details {
  const [extra, setExtra] = useState<{ id: string; total: number; figures: Figure[] } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const nodeId = selection?.type === 'node' ? selection.id : null;

  useEffect(() => {
    setFailed(null);
    if (!nodeId) return;
    let live = true;
    Promise.all([
      api.neighbors(nodeId, { kinds: ['Figure'], limit: 50 }),
      api.neighbors(nodeId, { limit: 1 }),
    ])
      .then(([figs, all]) => {
        if (!live) return;
        cache.totals.set(nodeId, all.total);
        cache.merge({ nodes: figs.nodes, edges: figs.edges });
        const figures = figs.nodes.map((node) => ({
          node,
          edge: figs.edges.find((e) => e.source === node.id || e.target === node.id),
        }));
        setExtra({ id: nodeId, total: all.total, figures });
      })
      .catch((error: unknown) => {
        if (live) setFailed(error instanceof Error ? error.message : String(error));
      });
    return () => {
      live = false;
    };
  }, [nodeId, cache]);

  void version;
  if (!selection) return { type: 'none' };
  if (selection.type === 'edge') {
    const edge = cache.edges.get(selection.id);
    if (!edge) return { type: 'loading' };
    return { type: 'edge', edge, source: cache.nodes.get(edge.source), target: cache.nodes.get(edge.target) };
  }
  const node = cache.nodes.get(selection.id);
  if (failed) return { type: 'error', message: failed };
  if (!node) return { type: 'loading' };
  const ready = extra?.id === node.id ? extra : null;
  return {
    type: 'node',
    node,
    total: ready?.total ?? cache.totals.get(node.id) ?? null,
    figures: ready ? ready.figures : null,
  };
}
