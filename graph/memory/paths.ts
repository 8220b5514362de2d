import type { NodeKind } from '../model';
import type { Topology } from './merged';

/**
 * Undirected adjacency in compressed rows (one pass over the graph), so breadth-first search walks
 * typed arrays instead of graphology's per-node objects.
 */
export class Adjacency {
  readonly ids: string[];
  readonly index = new Map<string, number>();
  private readonly kinds: NodeKind[];
  private readonly offsets: Int32Array;
  private readonly targets: Int32Array;

  constructor(graph: Topology, kind: (id: string) => NodeKind) {
    this.ids = graph.nodes();
    this.ids.forEach((id, i) => {
      this.index.set(id, i);
    });
    this.kinds = this.ids.map(kind);
    this.offsets = new Int32Array(this.ids.length + 1);
    const targets: number[] = [];
    this.ids.forEach((id, i) => {
      graph.forEachNeighbor(id, (neighbor) => {
        if (neighbor !== id) targets.push(this.index.get(neighbor)!);
      });
      this.offsets[i + 1] = targets.length;
    });
    this.targets = Int32Array.from(targets);
  }

  /**
   * Every shortest path (as node index lists) between two nodes, up to `cap` of them, or none when
   * the shortest is longer than `maxHops`. Intermediate nodes must be of `through` kinds when given.
   */
  shortestPaths(
    from: number,
    to: number,
    maxHops: number,
    through: ReadonlySet<NodeKind> | undefined,
    cap: number,
  ) {
    if (from === to) return [[from]];
    const n = this.ids.length;
    const forward = new Side(n, from);
    const backward = new Side(n, to);
    const allowed = (v: number) => v === from || v === to || !through || through.has(this.kinds[v]!);
    let meeting: number[] = [];
    while (meeting.length === 0) {
      if (forward.depth + backward.depth >= maxHops) return [];
      if (forward.frontier.length === 0 || backward.frontier.length === 0) return [];
      const side =
        forward.frontierCost(this.offsets) <= backward.frontierCost(this.offsets) ? forward : backward;
      const other = side === forward ? backward : forward;
      side.expand(this.offsets, this.targets, allowed);
      meeting = side.frontier.filter((v) => other.dist[v] !== -1);
    }
    const paths: number[][] = [];
    for (const middle of meeting) {
      const heads = forward.chains(middle, cap);
      const tails = backward.chains(middle, cap);
      for (const head of heads) {
        for (const tail of tails) {
          paths.push([...head].reverse().concat(tail.slice(1)));
          if (paths.length >= cap) return paths;
        }
      }
    }
    return paths;
  }
}

class Side {
  readonly dist: Int32Array;
  /** Every neighbour one level closer to the root, for each reached node. */
  private readonly parents = new Map<number, number[]>();
  frontier: number[];
  depth = 0;

  constructor(
    size: number,
    private readonly root: number,
  ) {
    this.dist = new Int32Array(size).fill(-1);
    this.dist[root] = 0;
    this.frontier = [root];
  }

  frontierCost(offsets: Int32Array): number {
    let cost = 0;
    for (const v of this.frontier) cost += offsets[v + 1]! - offsets[v]!;
    return cost;
  }

  expand(offsets: Int32Array, targets: Int32Array, allowed: (v: number) => boolean): void {
    const level = this.depth + 1;
    const next: number[] = [];
    for (const u of this.frontier) {
      for (let i = offsets[u]!, end = offsets[u + 1]!; i < end; i++) {
        const v = targets[i]!;
        const seen = this.dist[v]!;
        if (seen === -1) {
          if (!allowed(v)) continue;
          this.dist[v] = level;
          this.parents.set(v, [u]);
          next.push(v);
        } else if (seen === level) {
          this.parents.get(v)!.push(u);
        }
      }
    }
    this.frontier = next;
    this.depth = level;
  }

  /** Node lists from `node` back to the root, at most `cap` of them. */
  chains(node: number, cap: number): number[][] {
    if (node === this.root) return [[node]];
    const out: number[][] = [];
    for (const parent of this.parents.get(node) ?? []) {
      for (const chain of this.chains(parent, cap - out.length)) {
        out.push([node, ...chain]);
        if (out.length >= cap) return out;
      }
    }
    return out;
  }
}
