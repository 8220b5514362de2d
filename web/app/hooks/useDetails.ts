import { useEffect, useState } from 'react';
import type { Edge, Node } from '../../../graph/model';
import { LIMITS } from '../../../graph/store';
import { api } from '../api';
import type { GraphCache } from '../state/cache';
import { groupRelations, type RelationGroup, rankNeighbours } from '../state/relations';
import type { Selection } from '../state/view';

export interface Figure {
  node: Node;
  edge: Edge | undefined;
}

export type Details =
  | { type: 'none' }
  | { type: 'loading' }
  | { type: 'error'; message: string }
  | {
      type: 'node';
      node: Node;
      /** Neighbours an expansion adds (stated relations; structural ones only for a node without any). */
      total: number | null;
      figures: Figure[] | null;
      /** Every relationship of the node, grouped by type and direction (null while loading). */
      relations: RelationGroup[] | null;
    }
  | { type: 'edge'; edge: Edge; source: Node | undefined; target: Node | undefined };

/** What the details panel shows for the selection: the node with its figures, or the edge and its ends. */
export function useDetails(selection: Selection | null, cache: GraphCache, version: number): Details {
  const [extra, setExtra] = useState<{
    id: string;
    total: number;
    figures: Figure[];
    relations: RelationGroup[];
  } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // Fetch only once the node is known, so a link naming an unknown node asks the server nothing.
  const nodeId = selection?.type === 'node' && cache.nodes.has(selection.id) ? selection.id : null;

  useEffect(() => {
    setFailed(null);
    if (!nodeId) return;
    let live = true;
    api
      .neighbors(nodeId, { limit: LIMITS.neighborsMax })
      .then((hood) => {
        if (!live) return;
        cache.merge({ nodes: [hood.center, ...hood.nodes], edges: hood.edges });
        const byId = new Map(hood.nodes.map((n) => [n.id, n]));
        const ranked = rankNeighbours(nodeId, hood.edges, byId);
        cache.totals.set(nodeId, ranked.length);
        const figures = hood.nodes
          .filter((node) => node.kind === 'Figure')
          .map((node) => ({
            node,
            edge: hood.edges.find((e) => e.source === node.id || e.target === node.id),
          }));
        setExtra({
          id: nodeId,
          total: ranked.length,
          figures,
          relations: groupRelations(nodeId, hood.edges, byId),
        });
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
    relations: ready ? ready.relations : null,
  };
}
