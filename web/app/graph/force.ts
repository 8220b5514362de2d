import {
  type Force,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationNodeDatum,
} from 'd3-force';

/*
 * The force layout the explorer runs in a web worker (layout.worker.ts): plain arrays in, positions out,
 * no DOM and no Cytoscape, so the same code also runs in tests and, time-sliced, on the main thread.
 */

/** What a layout job carries; arrays are indexed by node, `edges` holds two node indices per edge. */
export interface LayoutInput {
  /**
   * `full` lays out every node afresh (fixed nodes stay); `place` moves only the nodes that are not fixed
   * and starts them where `x`/`y` say (see `provisionalPositions`).
   */
  mode: 'full' | 'place';
  x: Float64Array;
  y: Float64Array;
  /** 1 for a node that keeps its position. */
  fixed: Uint8Array;
  /** Half the width and height of a node's box (its shape with its label), and how far that box's centre lies below the node's. */
  halfWidth: Float32Array;
  halfHeight: Float32Array;
  offsetY: Float32Array;
  edges: Uint32Array;
}

export interface LayoutOutput {
  x: Float64Array;
  y: Float64Array;
  ticks: number;
}

/** Model units between the centres of two linked nodes, before their boxes push them further apart. */
export const LINK_LENGTH = 110;
const CHARGE = -320;
const CHARGE_RANGE = 1400;
const GRAVITY = 0.04;
/** Pull of a node being placed towards the placed nodes it links to (`place` mode). */
const PLACE_GRAVITY = 0.1;
/** Room kept around every box. */
const BOX_MARGIN = 6;
/** Fixed nodes farther than this from every node being placed neither push nor pull it (`place` mode). */
const PLACE_REACH = 900;
const PIVOTS = 50;

/**
 * Ticks of the simulation: a small view settles fully; a large one gets fewer, since a tick costs
 * O(n log n) and its seed (`pivotMds`) already holds the global shape.
 */
export function tickCount(nodes: number, mode: LayoutInput['mode']): number {
  if (mode === 'place') return nodes <= 600 ? 220 : 120;
  if (nodes <= 300) return 300;
  return Math.max(25, Math.round(300 * Math.sqrt(300 / nodes) * 0.3));
}

interface Datum extends SimulationNodeDatum {
  index: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
}

/** Neighbour lists as compressed rows: the neighbours of `i` are `targets[offsets[i]..offsets[i + 1]]`. */
export interface Adjacency {
  offsets: Uint32Array;
  targets: Uint32Array;
}

export function adjacency(nodes: number, edges: Uint32Array): Adjacency {
  const degree = new Uint32Array(nodes + 1);
  for (let e = 0; e < edges.length; e += 2) {
    const a = edges[e]!;
    const b = edges[e + 1]!;
    if (a === b) continue;
    degree[a]!++;
    degree[b]!++;
  }
  const offsets = new Uint32Array(nodes + 1);
  for (let i = 0; i < nodes; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, nodes);
  const targets = new Uint32Array(offsets[nodes]!);
  for (let e = 0; e < edges.length; e += 2) {
    const a = edges[e]!;
    const b = edges[e + 1]!;
    if (a === b) continue;
    targets[fill[a]!++] = b;
    targets[fill[b]!++] = a;
  }
  return { offsets, targets };
}

/** Hop distances from `source`; -1 where unreachable. */
function bfs(adj: Adjacency, source: number, out: Int32Array, queue: Uint32Array): void {
  out.fill(-1);
  out[source] = 0;
  queue[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++]!;
    const d = out[v]! + 1;
    for (let k = adj.offsets[v]!; k < adj.offsets[v + 1]!; k++) {
      const w = adj.targets[k]!;
      if (out[w] !== -1) continue;
      out[w] = d;
      queue[tail++] = w;
    }
  }
}

/** The unit eigenvector of the largest eigenvalue of the symmetric `k`×`k` matrix `m` (row-major), by power iteration. */
function topEigenvector(m: Float64Array, k: number, seed: number): Float64Array {
  let v = new Float64Array(k);
  for (let i = 0; i < k; i++) v[i] = 1 + ((i * 7 + seed * 13) % 11) / 11;
  for (let iter = 0; iter < 200; iter++) {
    const next = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      let sum = 0;
      for (let j = 0; j < k; j++) sum += m[i * k + j]! * v[j]!;
      next[i] = sum;
    }
    const norm = Math.hypot(...next);
    if (norm === 0) return v;
    for (let i = 0; i < k; i++) next[i]! /= norm;
    let change = 0;
    for (let i = 0; i < k; i++) change += Math.abs(next[i]! - v[i]!);
    v = next;
    if (change < 1e-9) break;
  }
  return v;
}

/**
 * A global shape for the graph, in hops: pivot MDS (Brandes and Pich, 2006) from the hop distances to up to
 * `PIVOTS` well-spread nodes. Nodes in other components than a pivot count as one hop past the farthest.
 */
export function pivotMds(nodes: number, adj: Adjacency): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(nodes);
  const y = new Float64Array(nodes);
  if (nodes < 3 || adj.targets.length === 0) return { x, y };
  const k = Math.min(PIVOTS, nodes);
  const dist: Int32Array[] = [];
  const nearest = new Float64Array(nodes).fill(Number.POSITIVE_INFINITY);
  const queue = new Uint32Array(nodes);
  let pivot = 0;
  for (let i = 1; i < nodes; i++) {
    if (adj.offsets[i + 1]! - adj.offsets[i]! > adj.offsets[pivot + 1]! - adj.offsets[pivot]!) pivot = i;
  }
  for (let p = 0; p < k; p++) {
    const d = new Int32Array(nodes);
    bfs(adj, pivot, d, queue);
    dist.push(d);
    let far = -1;
    for (let i = 0; i < nodes; i++) {
      const di = d[i]! < 0 ? Number.POSITIVE_INFINITY : d[i]!;
      if (di < nearest[i]!) nearest[i] = di;
      if (far < 0 || nearest[i]! > nearest[far]!) far = i;
    }
    if (far < 0 || nearest[far] === 0) break;
    pivot = far;
  }
  const pivots = dist.length;
  let maxHop = 0;
  for (const d of dist) for (const v of d) if (v > maxHop) maxHop = v;
  // Squared distances, double-centred: c[i][p] = -1/2 (d² - column mean - row mean + grand mean).
  const c = new Float64Array(nodes * pivots);
  const colMean = new Float64Array(pivots);
  const rowMean = new Float64Array(nodes);
  let grand = 0;
  for (let p = 0; p < pivots; p++) {
    const d = dist[p]!;
    for (let i = 0; i < nodes; i++) {
      const hops = d[i]! < 0 ? maxHop + 1 : d[i]!;
      const sq = hops * hops;
      c[i * pivots + p] = sq;
      colMean[p]! += sq / nodes;
      rowMean[i]! += sq / pivots;
      grand += sq / (nodes * pivots);
    }
  }
  for (let i = 0; i < nodes; i++) {
    for (let p = 0; p < pivots; p++) {
      c[i * pivots + p] = -0.5 * (c[i * pivots + p]! - colMean[p]! - rowMean[i]! + grand);
    }
  }
  // The two leading eigenvectors of CᵀC give the two axes.
  const ctc = new Float64Array(pivots * pivots);
  for (let i = 0; i < nodes; i++) {
    const row = i * pivots;
    for (let a = 0; a < pivots; a++) {
      const ca = c[row + a]!;
      if (ca === 0) continue;
      for (let b = a; b < pivots; b++) ctc[a * pivots + b]! += ca * c[row + b]!;
    }
  }
  for (let a = 0; a < pivots; a++) for (let b = 0; b < a; b++) ctc[a * pivots + b] = ctc[b * pivots + a]!;
  const first = topEigenvector(ctc, pivots, 1);
  let lambda = 0;
  for (let a = 0; a < pivots; a++) {
    let sum = 0;
    for (let b = 0; b < pivots; b++) sum += ctc[a * pivots + b]! * first[b]!;
    lambda += first[a]! * sum;
  }
  const deflated = ctc.slice();
  for (let a = 0; a < pivots; a++)
    for (let b = 0; b < pivots; b++) deflated[a * pivots + b]! -= lambda * first[a]! * first[b]!;
  const second = topEigenvector(deflated, pivots, 2);
  for (let i = 0; i < nodes; i++) {
    let sx = 0;
    let sy = 0;
    for (let p = 0; p < pivots; p++) {
      sx += c[i * pivots + p]! * first[p]!;
      sy += c[i * pivots + p]! * second[p]!;
    }
    x[i] = sx;
    y[i] = sy;
  }
  return { x, y };
}

/** A small, deterministic offset per node, so nodes the seed puts on one spot (leaves of one hub) can part. */
function jitter(i: number, scale: number): { dx: number; dy: number } {
  const angle = i * 2.399963229728653;
  const r = scale * Math.sqrt((i % 97) + 1);
  return { dx: r * Math.cos(angle), dy: r * Math.sin(angle) };
}

/** Starting positions for `full` mode: the pivot MDS shape scaled to `LINK_LENGTH` per edge, around the fixed nodes if any. */
export function seedPositions(input: LayoutInput, adj: Adjacency): { x: Float64Array; y: Float64Array } {
  const n = input.x.length;
  const { x, y } = pivotMds(n, adj);
  let total = 0;
  let count = 0;
  for (let e = 0; e < input.edges.length; e += 2) {
    const a = input.edges[e]!;
    const b = input.edges[e + 1]!;
    if (a === b) continue;
    total += Math.hypot(x[a]! - x[b]!, y[a]! - y[b]!);
    count++;
  }
  const mean = count > 0 ? total / count : 0;
  const scale = mean > 1e-9 ? LINK_LENGTH / mean : 0;
  let fx = 0;
  let fy = 0;
  let sx = 0;
  let sy = 0;
  let fixedCount = 0;
  for (let i = 0; i < n; i++) {
    const j = jitter(i, scale === 0 ? LINK_LENGTH / 2 : 4);
    x[i] = x[i]! * scale + j.dx;
    y[i] = y[i]! * scale + j.dy;
    if (input.fixed[i]) {
      fx += input.x[i]!;
      fy += input.y[i]!;
      sx += x[i]!;
      sy += y[i]!;
      fixedCount++;
    }
  }
  if (fixedCount > 0) {
    const dx = (fx - sx) / fixedCount;
    const dy = (fy - sy) / fixedCount;
    for (let i = 0; i < n; i++) {
      x[i] = input.fixed[i] ? input.x[i]! : x[i]! + dx;
      y[i] = input.fixed[i] ? input.y[i]! : y[i]! + dy;
    }
  }
  return { x, y };
}

/**
 * Where nodes without a position start in `place` mode: on a ring around a placed neighbour (`focus` when it
 * is one), opened away from the rest of the graph; nodes with no placed neighbour ring the graph's centre.
 * Fills `x`/`y` of every node whose position is NaN and returns their indices.
 */
export function provisionalPositions(
  x: Float64Array,
  y: Float64Array,
  adj: Adjacency,
  focus: number | null,
): number[] {
  const n = x.length;
  const placed = (i: number) => !Number.isNaN(x[i]!) && !Number.isNaN(y[i]!);
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  let placedCount = 0;
  for (let i = 0; i < n; i++) {
    if (!placed(i)) continue;
    placedCount++;
    x1 = Math.min(x1, x[i]!);
    x2 = Math.max(x2, x[i]!);
    y1 = Math.min(y1, y[i]!);
    y2 = Math.max(y2, y[i]!);
  }
  const center = placedCount > 0 ? { x: (x1 + x2) / 2, y: (y1 + y2) / 2 } : { x: 0, y: 0 };
  const groups = new Map<number, number[]>();
  const fresh: number[] = [];
  for (let i = 0; i < n; i++) {
    if (placed(i)) continue;
    fresh.push(i);
    let anchor = -1;
    for (let k = adj.offsets[i]!; k < adj.offsets[i + 1]!; k++) {
      const w = adj.targets[k]!;
      if (!placed(w)) continue;
      if (w === focus) {
        anchor = w;
        break;
      }
      if (anchor < 0) anchor = w;
    }
    groups.set(anchor, [...(groups.get(anchor) ?? []), i]);
  }
  for (const [anchor, members] of groups) {
    const at = anchor >= 0 ? { x: x[anchor]!, y: y[anchor]! } : center;
    const away = Math.atan2(at.y - center.y, at.x - center.x);
    const spread = anchor >= 0 && placedCount > 1 ? Math.PI * 1.2 : Math.PI * 2;
    const radius = 130 + members.length * 6;
    members.forEach((i, rank) => {
      const angle = away - spread / 2 + (spread * (rank + 0.5)) / members.length;
      x[i] = at.x + radius * Math.cos(angle);
      y[i] = at.y + radius * Math.sin(angle);
    });
  }
  return fresh;
}

/**
 * Keeps node boxes (shape and label) from overlapping: each overlapping pair is pushed apart along the
 * line between their centres until the boxes clear; a fixed node does not move, so the other takes the whole push. Pairs are
 * found through a grid of cells at least as large as the largest box, so only neighbouring cells are compared.
 */
function boxCollide(input: LayoutInput, strength: number, byBoxSize: boolean): Force<Datum, undefined> {
  let nodes: Datum[] = [];
  let maxHalfWidth = 0;
  let maxHalfHeight = 0;
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  let cellOf = new Int32Array(0);
  let order = new Int32Array(0);
  const force = () => {
    const { halfWidth, halfHeight, offsetY, fixed } = input;
    const n = nodes.length;
    let x1 = Number.POSITIVE_INFINITY;
    let y1 = Number.POSITIVE_INFINITY;
    let x2 = Number.NEGATIVE_INFINITY;
    let y2 = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const d = nodes[i]!;
      px[i] = d.x + d.vx;
      py[i] = d.y + d.vy + offsetY[i]!;
      x1 = Math.min(x1, px[i]!);
      x2 = Math.max(x2, px[i]!);
      y1 = Math.min(y1, py[i]!);
      y2 = Math.max(y2, py[i]!);
    }
    // Cells hold any box that can touch a neighbour cell's; at most about 4n of them.
    const spread = Math.sqrt(((x2 - x1 + 1) * (y2 - y1 + 1)) / (4 * n + 1));
    const cellW = Math.max(2 * maxHalfWidth, spread, 1);
    const cellH = Math.max(2 * maxHalfHeight, spread, 1);
    const cols = Math.floor((x2 - x1) / cellW) + 1;
    const rows = Math.floor((y2 - y1) / cellH) + 1;
    const starts = new Int32Array(cols * rows + 1);
    for (let i = 0; i < n; i++) {
      const c = Math.floor((px[i]! - x1) / cellW) + cols * Math.floor((py[i]! - y1) / cellH);
      cellOf[i] = c;
      starts[c + 1]!++;
    }
    for (let c = 0; c < cols * rows; c++) starts[c + 1]! += starts[c]!;
    const fill = starts.slice(0, cols * rows);
    for (let i = 0; i < n; i++) order[fill[cellOf[i]!]!++] = i;
    for (let ia = 0; ia < n; ia++) {
      const a = nodes[ia]!;
      const col = cellOf[ia]! % cols;
      const row = (cellOf[ia]! - col) / cols;
      for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
        for (let c = Math.max(0, col - 1); c <= Math.min(cols - 1, col + 1); c++) {
          const cell = r * cols + c;
          for (let k = starts[cell]!; k < starts[cell + 1]!; k++) {
            const ib = order[k]!;
            if (ib <= ia) continue;
            let dx = px[ib]! - px[ia]!;
            const dy = py[ib]! - py[ia]!;
            const overlapX = halfWidth[ia]! + halfWidth[ib]! - Math.abs(dx);
            if (overlapX <= 0) continue;
            const overlapY = halfHeight[ia]! + halfHeight[ib]! - Math.abs(dy);
            if (overlapY <= 0) continue;
            const b = nodes[ib]!;
            const wa = fixed[ia] ? 0 : fixed[ib] ? 1 : 0.5;
            const wb = fixed[ib] ? 0 : fixed[ia] ? 1 : 0.5;
            // Apart along the line between the centres, as far as it takes the boxes to clear on one axis
            // (pushing along the axis of least overlap instead stacks wide labels into tall columns). In
            // `place` mode that line is measured in box sizes (`byBoxSize`), so a wide label beside another
            // is pushed more up or down than sideways and new nodes gather round the node they hang on
            // instead of spreading in a row as wide as all their labels.
            if (dx === 0 && dy === 0) dx = ia % 2 === 0 ? 1 : -1;
            const nx = byBoxSize ? dx / (halfWidth[ia]! + halfWidth[ib]!) : dx;
            const ny = byBoxSize ? dy / (halfHeight[ia]! + halfHeight[ib]!) : dy;
            const length = Math.hypot(nx, ny);
            const ux = nx / length;
            const uy = ny / length;
            const clear = Math.min(
              ux === 0 ? Number.POSITIVE_INFINITY : overlapX / Math.abs(ux),
              uy === 0 ? Number.POSITIVE_INFINITY : overlapY / Math.abs(uy),
            );
            const push = clear * strength;
            a.vx -= ux * push * wa;
            a.vy -= uy * push * wa;
            b.vx += ux * push * wb;
            b.vy += uy * push * wb;
          }
        }
      }
    }
  };
  force.initialize = (all: Datum[]) => {
    nodes = all;
    maxHalfWidth = 0;
    maxHalfHeight = 0;
    for (const d of all) {
      maxHalfWidth = Math.max(maxHalfWidth, input.halfWidth[d.index]!);
      maxHalfHeight = Math.max(maxHalfHeight, input.halfHeight[d.index]!);
    }
    px = new Float64Array(all.length);
    py = new Float64Array(all.length);
    cellOf = new Int32Array(all.length);
    order = new Int32Array(all.length);
  };
  return force;
}

/**
 * A job narrowed to the nodes the simulation needs: in `full` mode every node but the unlinked ones (they
 * are tiled afterwards, `tileUnlinked`); in `place` mode the moving nodes and the fixed ones within
 * `PLACE_REACH` of them or linked to them.
 */
function narrow(input: LayoutInput): { job: LayoutInput; keep: Uint32Array } {
  const n = input.x.length;
  const wanted = new Uint8Array(n);
  if (input.mode === 'full') {
    for (let i = 0; i < n; i++) wanted[i] = input.fixed[i]!;
    for (let e = 0; e < input.edges.length; e += 2) {
      if (input.edges[e] === input.edges[e + 1]) continue;
      wanted[input.edges[e]!] = 1;
      wanted[input.edges[e + 1]!] = 1;
    }
    return subset(input, wanted);
  }
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    if (input.fixed[i]) continue;
    x1 = Math.min(x1, input.x[i]!);
    x2 = Math.max(x2, input.x[i]!);
    y1 = Math.min(y1, input.y[i]!);
    y2 = Math.max(y2, input.y[i]!);
  }
  for (let i = 0; i < n; i++) {
    const xi = input.x[i]!;
    const yi = input.y[i]!;
    wanted[i] =
      !input.fixed[i] ||
      (xi >= x1 - PLACE_REACH && xi <= x2 + PLACE_REACH && yi >= y1 - PLACE_REACH && yi <= y2 + PLACE_REACH)
        ? 1
        : 0;
  }
  for (let e = 0; e < input.edges.length; e += 2) {
    const a = input.edges[e]!;
    const b = input.edges[e + 1]!;
    if (!input.fixed[a]) wanted[b] = 1;
    if (!input.fixed[b]) wanted[a] = 1;
  }
  return subset(input, wanted);
}

function subset(input: LayoutInput, wanted: Uint8Array): { job: LayoutInput; keep: Uint32Array } {
  const n = input.x.length;
  const keep: number[] = [];
  const at = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (!wanted[i]) continue;
    at[i] = keep.length;
    keep.push(i);
  }
  if (keep.length === n) return { job: input, keep: Uint32Array.from(keep) };
  const pick = <T extends Float64Array | Float32Array | Uint8Array>(a: T): T =>
    a.constructor === Float64Array
      ? (Float64Array.from(keep, (i) => a[i]!) as T)
      : a.constructor === Float32Array
        ? (Float32Array.from(keep, (i) => a[i]!) as T)
        : (Uint8Array.from(keep, (i) => a[i]!) as T);
  const edges: number[] = [];
  for (let e = 0; e < input.edges.length; e += 2) {
    const a = at[input.edges[e]!]!;
    const b = at[input.edges[e + 1]!]!;
    if (a >= 0 && b >= 0) edges.push(a, b);
  }
  return {
    job: {
      mode: input.mode,
      x: pick(input.x),
      y: pick(input.y),
      fixed: pick(input.fixed),
      halfWidth: pick(input.halfWidth),
      halfHeight: pick(input.halfHeight),
      offsetY: pick(input.offsetY),
      edges: Uint32Array.from(edges),
    },
    keep: Uint32Array.from(keep),
  };
}

/**
 * One layout, run a slice at a time (`step`), so a worker can take a newer job between slices and the
 * main thread, where there is no worker, never blocks for long.
 */
export class ForceLayout {
  readonly ticks: number;
  private done = 0;
  private readonly simulation: Simulation<Datum, undefined>;
  private readonly nodes: Datum[];
  private readonly keep: Uint32Array;
  private readonly input: LayoutInput;

  constructor(input: LayoutInput) {
    this.input = input;
    const { job, keep } = narrow(input);
    this.keep = keep;
    const n = job.x.length;
    const adj = adjacency(n, job.edges);
    const start = job.mode === 'full' ? seedPositions(job, adj) : { x: job.x, y: job.y };
    this.nodes = Array.from({ length: n }, (_, i) => {
      const d: Datum = { index: i, x: start.x[i]!, y: start.y[i]!, vx: 0, vy: 0 };
      if (job.fixed[i]) {
        d.fx = start.x[i]!;
        d.fy = start.y[i]!;
      }
      return d;
    });
    const links: { source: number; target: number }[] = [];
    for (let e = 0; e < job.edges.length; e += 2) {
      const source = job.edges[e]!;
      const target = job.edges[e + 1]!;
      if (source !== target) links.push({ source, target });
    }
    const boxes: LayoutInput = {
      ...job,
      halfWidth: job.halfWidth.map((w) => w + BOX_MARGIN),
      halfHeight: job.halfHeight.map((h) => h + BOX_MARGIN),
    };
    this.ticks = tickCount(n, job.mode);
    this.simulation = forceSimulation(this.nodes)
      .stop()
      .alpha(job.mode === 'full' ? 0.9 : 0.5)
      .alphaMin(0.001)
      .alphaDecay(1 - 0.001 ** (1 / this.ticks))
      .velocityDecay(0.45)
      .force(
        'link',
        forceLink<Datum, { source: number; target: number }>(links)
          .id((d) => d.index)
          .distance(LINK_LENGTH),
      )
      .force('charge', forceManyBody<Datum>().strength(CHARGE).theta(1.2).distanceMax(CHARGE_RANGE))
      .force('collide', boxCollide(boxes, 0.7, job.mode === 'place'));
    if (job.mode === 'place') {
      // Each moving node is drawn towards the placed nodes it hangs on, so new nodes gather round them
      // instead of drifting off in a long row.
      const tx = start.x.slice();
      const ty = start.y.slice();
      const count = new Uint32Array(n);
      for (let e = 0; e < job.edges.length; e += 2) {
        const a = job.edges[e]!;
        const b = job.edges[e + 1]!;
        if (job.fixed[a] === job.fixed[b]) continue;
        const [moving, anchor] = job.fixed[a] ? [b, a] : [a, b];
        if (count[moving] === 0) {
          tx[moving] = 0;
          ty[moving] = 0;
        }
        count[moving]!++;
        tx[moving]! += start.x[anchor]!;
        ty[moving]! += start.y[anchor]!;
      }
      for (let i = 0; i < n; i++) {
        if (count[i]! > 0) {
          tx[i]! /= count[i]!;
          ty[i]! /= count[i]!;
        }
      }
      const strength = (d: Datum) => (job.fixed[d.index] ? 0 : PLACE_GRAVITY);
      this.simulation
        .force('x', forceX<Datum>((d) => tx[d.index]!).strength(strength))
        .force('y', forceY<Datum>((d) => ty[d.index]!).strength(strength));
    }
    if (job.mode === 'full') {
      let cx = 0;
      let cy = 0;
      for (const d of this.nodes) {
        cx += d.x / n;
        cy += d.y / n;
      }
      this.simulation
        .force('x', forceX<Datum>(cx).strength(GRAVITY))
        .force('y', forceY<Datum>(cy).strength(GRAVITY));
    }
  }

  /** Runs ticks for about `budgetMs`; true once the layout is finished. */
  step(budgetMs: number, now: () => number = () => performance.now()): boolean {
    const until = now() + budgetMs;
    while (this.done < this.ticks) {
      this.simulation.tick();
      this.done++;
      if (now() >= until) break;
    }
    return this.done >= this.ticks;
  }

  /**
   * Positions of every node of the input: in `full` mode unlinked nodes tiled below the rest, in `place`
   * mode the fixed nodes left out of the run where they were.
   */
  result(): LayoutOutput {
    const x = this.input.x.slice();
    const y = this.input.y.slice();
    const laid = new Uint8Array(x.length);
    this.nodes.forEach((d, i) => {
      const at = this.keep[i]!;
      x[at] = d.x;
      y[at] = d.y;
      laid[at] = 1;
    });
    if (this.input.mode === 'full') tileUnlinked(this.input, x, y, laid);
    return { x, y, ticks: this.done };
  }
}

/** Room between tiled nodes, and between the tiles and the rest of the graph. */
const TILE_GAP = 24;

/**
 * Puts the nodes not laid out (`laid` 0: nodes without links) in rows under the laid-out ones, centred
 * on them, as wide as they are or as a square of the tiles would be, whichever is wider.
 */
function tileUnlinked(input: LayoutInput, x: Float64Array, y: Float64Array, laid: Uint8Array): void {
  const n = x.length;
  const tiles: number[] = [];
  let x1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  let area = 0;
  for (let i = 0; i < n; i++) {
    const hw = input.halfWidth[i]!;
    const hh = input.halfHeight[i]!;
    if (!laid[i]) {
      tiles.push(i);
      area += (2 * hw + TILE_GAP) * (2 * hh + TILE_GAP);
      continue;
    }
    x1 = Math.min(x1, x[i]! - hw);
    x2 = Math.max(x2, x[i]! + hw);
    bottom = Math.max(bottom, y[i]! + input.offsetY[i]! + hh);
  }
  if (tiles.length === 0) return;
  const graphWidth = Number.isFinite(x1) ? x2 - x1 : 0;
  const width = Math.max(graphWidth, Math.sqrt(area) * 1.4);
  const centre = Number.isFinite(x1) ? (x1 + x2) / 2 : 0;
  let top = Number.isFinite(bottom) ? bottom + 3 * TILE_GAP : 0;
  let row: number[] = [];
  let rowWidth = 0;
  const flush = () => {
    let left = centre - (rowWidth - TILE_GAP) / 2;
    let height = 0;
    for (const i of row) height = Math.max(height, 2 * input.halfHeight[i]!);
    for (const i of row) {
      const hw = input.halfWidth[i]!;
      x[i] = left + hw;
      y[i] = top + height / 2 - input.offsetY[i]!;
      left += 2 * hw + TILE_GAP;
    }
    top += height + TILE_GAP;
    row = [];
    rowWidth = 0;
  };
  for (const i of tiles) {
    const w = 2 * input.halfWidth[i]! + TILE_GAP;
    if (row.length > 0 && rowWidth + w > width) flush();
    row.push(i);
    rowWidth += w;
  }
  flush();
}

/** Runs a whole layout at once (tests, small jobs). */
export function runLayout(input: LayoutInput): LayoutOutput {
  const layout = new ForceLayout(input);
  while (!layout.step(Number.POSITIVE_INFINITY));
  return layout.result();
}
