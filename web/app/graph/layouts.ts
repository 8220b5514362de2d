import type {
  Core,
  ElementDefinition,
  LayoutOptions,
  NodeCollection,
  NodeSingular,
  Position,
} from 'cytoscape';
import cytoscape from 'cytoscape';
import type { NodeKind } from '../../../graph/model';
import type { LayoutName } from '../state/view';
import { edgeFiltered, type Filters, nodeShown } from '../state/visibility';
import { adjacency, type LayoutInput, type LayoutOutput, provisionalPositions } from './force';
import { applyLabelSize } from './labels';
import type { LayoutRunner } from './layout-runner';
import { LAYOUT_FONT_SIZE, nodeBox } from './node-box';
import { labelFontSize, READABLE_ZOOM } from './style';

/*
 * The view's layouts. `force` (the default) runs in a web worker (force.ts, layout.worker.ts); fCoSE,
 * concentric and the hierarchical layout run on the main thread, fCoSE and dagre loaded when first chosen.
 */

/** The hierarchical layout is loaded when first chosen, keeping it out of the first download. */
let dagre: Promise<void> | null = null;
export function loadDagre(): Promise<void> {
  dagre ??= import('cytoscape-dagre').then((module) => {
    cytoscape.use(module.default);
  });
  return dagre;
}

let fcose: Promise<void> | null = null;
let fcoseReady = false;
export function loadFcose(): Promise<void> {
  fcose ??= import('cytoscape-fcose').then((module) => {
    cytoscape.use(module.default);
    fcoseReady = true;
  });
  return fcose;
}

function fixedConstraint(nodes: NodeCollection) {
  return nodes.map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
}

export function layoutOptions(name: LayoutName, fixed: NodeCollection): LayoutOptions {
  switch (name) {
    case 'concentric':
      return {
        name: 'concentric',
        animate: false,
        fit: true,
        padding: 40,
        minNodeSpacing: 24,
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
    case 'force':
      return { name: 'preset', fit: true, padding: 40, animate: false } as LayoutOptions;
    case 'dagre':
      return {
        name: 'dagre',
        rankDir: 'LR',
        nodeSep: 24,
        rankSep: 140,
        animate: false,
        fit: true,
        padding: 40,
      } as LayoutOptions;
    case 'fcose':
      return {
        name: 'fcose',
        quality: 'default',
        randomize: true,
        animate: false,
        fit: true,
        padding: 40,
        packComponents: false,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 8000,
        idealEdgeLength: () => 100,
        nodeSeparation: 90,
        tilingPaddingVertical: 36,
        tilingPaddingHorizontal: 48,
        ...(fixed.nonempty() ? { fixedNodeConstraint: fixedConstraint(fixed) } : {}),
      } as LayoutOptions;
  }
}

/**
 * Lays out every visible element on the main thread with a Cytoscape layout (not `force`); pinned (locked)
 * nodes keep their places. fCoSE and dagre run once loaded.
 */
export function runFullLayout(cy: Core, name: Exclude<LayoutName, 'force'>): void {
  const run = () => {
    if (cy.destroyed()) return;
    const eles = cy.elements(':visible');
    if (eles.nodes().empty()) return;
    eles.layout(layoutOptions(name, eles.nodes(':locked'))).run();
  };
  if (name === 'dagre') void loadDagre().then(run);
  else if (name === 'fcose') void loadFcose().then(run);
  else run();
}

/**
 * fCoSE's way of placing new nodes, on the main thread: around an anchor already on the canvas, then fCoSE
 * settles them while every existing node stays where it is.
 */
export function placeNewNodes(
  cy: Core,
  added: NodeCollection,
  focus: string | null,
  saved: Map<string, Position>,
) {
  const fresh = added.nodes().filter((n) => !saved.has(n.id()));
  added.nodes().forEach((n) => {
    const pos = saved.get(n.id());
    if (pos) n.position(pos);
  });
  if (fresh.empty()) return;
  const old = cy.nodes().difference(added);
  const extent = old.nonempty() ? old.boundingBox({}) : null;
  const center: Position = extent
    ? { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 }
    : { x: 0, y: 0 };
  const groups = new Map<string, NodeSingular[]>();
  fresh.forEach((n) => {
    const anchors = n.neighborhood('node').difference(fresh);
    const focused = focus ? anchors.filter((a) => a.id() === focus) : anchors.filter(() => false);
    const anchor = focused.nonempty() ? focused[0] : anchors[0];
    const key = anchor ? anchor.id() : '';
    groups.set(key, [...(groups.get(key) ?? []), n]);
  });
  for (const [anchorId, nodes] of groups) {
    const anchor = anchorId ? cy.getElementById(anchorId).position() : center;
    // Open the ring away from the rest of the graph.
    const away = Math.atan2(anchor.y - center.y, anchor.x - center.x);
    const spread = anchorId && old.size() > 1 ? Math.PI * 1.2 : Math.PI * 2;
    const radius = 130 + nodes.length * 6;
    nodes.forEach((n, i) => {
      const angle = away - spread / 2 + (spread * (i + 0.5)) / nodes.length;
      n.position({ x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
    });
  }
  if (old.nonempty() && cy.nodes().size() <= 600 && fcoseReady) {
    const eles = cy.elements(':visible');
    eles
      .layout({
        name: 'fcose',
        quality: 'proof',
        randomize: false,
        animate: false,
        fit: false,
        packComponents: false,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 8000,
        idealEdgeLength: () => 100,
        initialEnergyOnIncremental: 0.2,
        fixedNodeConstraint: fixedConstraint(eles.nodes().difference(fresh)),
      } as LayoutOptions)
      .run();
  }
}

/** Left-to-right columns by hop; each path gets its own row, shared nodes keep their first place. */
export function pathPositions(paths: { nodes: { id: string }[] }[]): Map<string, Position> {
  const positions = new Map<string, Position>();
  const rows = paths.length;
  paths.forEach((path, row) => {
    path.nodes.forEach((node, hop) => {
      if (positions.has(node.id)) return;
      const isEnd = hop === 0 || hop === path.nodes.length - 1;
      positions.set(node.id, { x: hop * 240, y: isEnd ? 0 : (row - (rows - 1) / 2) * 150 });
    });
  });
  return positions;
}

/**
 * Labels grow in model units as the view zooms out (style.ts), so boxes are planned for the labels at the
 * zoom the view will be shown at. A first guess comes from the room the boxes need (their area times
 * `PACKING`, plus the extent of the placed nodes they link to); when the result, fitted to the canvas, would
 * show labels larger than planned, the layout runs again with boxes for those (`MAX_PASSES` in all). A
 * whole layout is fitted whole and plans for a zoom of at least `FULL_MIN_ZOOM`: at the zoom of a large
 * view labels are not drawn, and once zoomed in they should not overlap. New nodes are shown with the
 * nodes they hang on, at the current zoom or as little below it as they need (`revealViewport`), so they
 * are planned for that zoom, and never for less than `READABLE_ZOOM`, where labels stop growing.
 */
const PACKING = 2.5;
const FULL_MIN_ZOOM = 0.6;
const PLACE_MIN_ZOOM = READABLE_ZOOM;
const MAX_PASSES = 3;
/** Labels this much larger than planned still pass. */
const LABEL_SLACK = 1.1;

function plannedZoom(cy: Core, zoom: number, mode: LayoutInput['mode']): number {
  return mode === 'full'
    ? Math.min(Math.max(zoom, FULL_MIN_ZOOM), 1)
    : Math.min(Math.max(Math.min(zoom, cy.zoom()), PLACE_MIN_ZOOM), 1);
}

/**
 * The nodes a job's result is fitted by: every node of a whole layout; for `place`, the moving nodes and the
 * node they were expanded from (`focus`, an index), which the view then brings into sight (`revealViewport`).
 */
export function shownNodes(input: LayoutInput, focus: number | null = null): Uint8Array {
  const shown = new Uint8Array(input.x.length);
  if (input.mode === 'full') return shown.fill(1);
  for (let i = 0; i < shown.length; i++) if (!input.fixed[i]) shown[i] = 1;
  if (focus !== null && focus >= 0 && focus < shown.length) shown[focus] = 1;
  return shown;
}

function guessZoom(cy: Core, input: LayoutInput, shown: Uint8Array): number {
  let area = 0;
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < input.x.length; i++) {
    if (!shown[i]) continue;
    if (input.mode === 'place' && input.fixed[i]) {
      x1 = Math.min(x1, input.x[i]!);
      x2 = Math.max(x2, input.x[i]!);
      y1 = Math.min(y1, input.y[i]!);
      y2 = Math.max(y2, input.y[i]!);
    } else {
      area += 4 * input.halfWidth[i]! * input.halfHeight[i]! * PACKING;
    }
  }
  if (Number.isFinite(x1)) area += (x2 - x1) * (y2 - y1);
  return Math.sqrt((Math.max(cy.width(), 1) * Math.max(cy.height(), 1)) / Math.max(area, 1));
}

function setBoxes(input: LayoutInput, nodes: readonly ForceNode[], scale: number): void {
  nodes.forEach((node, i) => {
    const box = nodeBox(node.label, node.kind, scale);
    input.halfWidth[i] = box.halfWidth;
    input.halfHeight[i] = box.halfHeight;
    input.offsetY[i] = box.offsetY;
  });
}

/** Runs `input` in the worker with boxes planned for the labels it will be shown with; null when replaced. */
async function plannedRun(
  cy: Core,
  runner: LayoutRunner,
  input: LayoutInput,
  nodes: readonly ForceNode[],
  fontScale: number,
  fitted: Uint8Array = shownNodes(input),
): Promise<LayoutOutput | null> {
  const scaleAt = (zoom: number) =>
    labelFontSize(plannedZoom(cy, zoom, input.mode), fontScale) / LAYOUT_FONT_SIZE;
  let scale = scaleAt(guessZoom(cy, input, fitted));
  for (let pass = 1; ; pass++) {
    setBoxes(input, nodes, scale);
    const out = await runner.run(input);
    if (!out || cy.destroyed()) return null;
    const shown = scaleAt(fitBoxes(cy, input, out.x, out.y, fitted).zoom);
    if (pass === MAX_PASSES || shown <= scale * LABEL_SLACK) return out;
    scale = shown;
    // The next pass starts from this one's result.
    if (input.mode === 'place') {
      input.x = out.x;
      input.y = out.y;
    }
  }
}

/** A node as the force layout gets it: where it is (null when nowhere yet) and whether it must stay. */
export interface ForceNode {
  id: string;
  label: string;
  kind: NodeKind | undefined;
  position: Position | null;
  fixed: boolean;
}

/** A force layout job for these nodes and the edges among them. */
export function forceInput(
  mode: LayoutInput['mode'],
  nodes: readonly ForceNode[],
  edges: readonly { source: string; target: string }[],
  fontScale: number,
): LayoutInput {
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const input: LayoutInput = {
    mode,
    x: new Float64Array(n),
    y: new Float64Array(n),
    fixed: new Uint8Array(n),
    halfWidth: new Float32Array(n),
    halfHeight: new Float32Array(n),
    offsetY: new Float32Array(n),
    edges: new Uint32Array(0),
  };
  nodes.forEach((node, i) => {
    input.x[i] = node.position?.x ?? Number.NaN;
    input.y[i] = node.position?.y ?? Number.NaN;
    input.fixed[i] = node.fixed && node.position ? 1 : 0;
    const box = nodeBox(node.label, node.kind, fontScale);
    input.halfWidth[i] = box.halfWidth;
    input.halfHeight[i] = box.halfHeight;
    input.offsetY[i] = box.offsetY;
  });
  const pairs: number[] = [];
  for (const edge of edges) {
    const a = index.get(edge.source);
    const b = index.get(edge.target);
    if (a !== undefined && b !== undefined && a !== b) pairs.push(a, b);
  }
  input.edges = Uint32Array.from(pairs);
  return input;
}

function forceNode(n: NodeSingular, position: Position | null, fixed: boolean): ForceNode {
  return { id: n.id(), label: String(n.data('label') ?? ''), kind: n.data('kind'), position, fixed };
}

/**
 * Lays out the visible nodes with the force layout in the worker, pinned (locked) nodes staying, and moves
 * them there in one step (a preset layout, so `layoutstop` follows) fitted to the canvas. False when a newer
 * job replaced this one.
 */
export async function runForceLayout(cy: Core, runner: LayoutRunner, fontScale: number): Promise<boolean> {
  const nodes = cy.nodes(':visible');
  if (nodes.empty()) return true;
  const items = nodes.map((n) => forceNode(n, n.locked() ? { ...n.position() } : null, n.locked()));
  const input = forceInput(
    'full',
    items,
    cy.edges(':visible').map((e) => ({ source: e.source().id(), target: e.target().id() })),
    fontScale,
  );
  const out = await plannedRun(cy, runner, input, items, fontScale);
  if (!out) return false;
  const positions = new Map<string, Position>();
  nodes.forEach((n, i) => {
    positions.set(n.id(), { x: out.x[i]!, y: out.y[i]! });
  });
  const large = nodes.size() > EXACT_FIT_NODES;
  cy.elements(':visible')
    .layout({
      name: 'preset',
      positions: (n: NodeSingular) => positions.get(n.id()) ?? n.position(),
      fit: !large,
      padding: FIT_PADDING,
      animate: false,
    } as LayoutOptions)
    .run();
  if (large) cy.viewport(fitBoxes(cy, input, out.x, out.y));
  // Labels take the size for the new zoom now, so the view is restyled and redrawn in one frame, not two.
  applyLabelSize(cy, fontScale);
  return true;
}

const FIT_PADDING = 40;
/**
 * Up to this many nodes a fit measures every element (labels and edges included); above it, measuring
 * takes longer than the layout, so the fit goes by the boxes the layout planned with.
 */
export const EXACT_FIT_NODES = 500;

/** The zoom and pan that fit the layout's boxes (nodes with their labels; those `only` marks) into the canvas. */
export function fitBoxes(
  cy: Core,
  input: LayoutInput,
  x: Float64Array,
  y: Float64Array,
  only?: Uint8Array,
): { zoom: number; pan: Position } {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < x.length; i++) {
    if (only && !only[i]) continue;
    const cy0 = y[i]! + input.offsetY[i]!;
    x1 = Math.min(x1, x[i]! - input.halfWidth[i]!);
    x2 = Math.max(x2, x[i]! + input.halfWidth[i]!);
    y1 = Math.min(y1, cy0 - input.halfHeight[i]!);
    y2 = Math.max(y2, cy0 + input.halfHeight[i]!);
  }
  const width = Math.max(cy.width() - 2 * FIT_PADDING, 1);
  const height = Math.max(cy.height() - 2 * FIT_PADDING, 1);
  const fitted = Math.min(width / Math.max(x2 - x1, 1), height / Math.max(y2 - y1, 1));
  const zoom = Math.min(Math.max(fitted, cy.minZoom()), cy.maxZoom());
  return {
    zoom,
    pan: { x: cy.width() / 2 - zoom * ((x1 + x2) / 2), y: cy.height() / 2 - zoom * ((y1 + y2) / 2) },
  };
}

/**
 * Gives `fresh` nodes a first position at once, on a ring around a neighbour already placed (`focus` when
 * it is one); the force layout then settles them (`settleNodes`).
 */
export function ringPlace(cy: Core, fresh: NodeCollection, focus: string | null): void {
  const nodes = cy.nodes();
  const moving = new Set(fresh.map((n) => n.id()));
  const index = new Map(nodes.map((n, i) => [n.id(), i]));
  const x = new Float64Array(nodes.length);
  const y = new Float64Array(nodes.length);
  nodes.forEach((n, i) => {
    const p = n.position();
    x[i] = moving.has(n.id()) ? Number.NaN : p.x;
    y[i] = moving.has(n.id()) ? Number.NaN : p.y;
  });
  const pairs: number[] = [];
  cy.edges().forEach((e) => {
    pairs.push(index.get(e.source().id())!, index.get(e.target().id())!);
  });
  const focusIndex = focus === null ? null : (index.get(focus) ?? null);
  provisionalPositions(x, y, adjacency(nodes.length, Uint32Array.from(pairs)), focusIndex);
  cy.batch(() => {
    fresh.forEach((n) => {
      const i = index.get(n.id())!;
      n.position({ x: x[i]!, y: y[i]! });
    });
  });
}

/** Above this many moving nodes (or nodes in all) settled nodes jump to their places instead of gliding. */
const ANIMATE_MOVING = 200;
const ANIMATE_TOTAL = 1000;

/**
 * Lets the force layout in the worker settle `moving` nodes while every other visible node stays where it
 * is, then moves them there (a preset layout, gliding when few move), resolving once they are there. False
 * when a newer job replaced this one.
 */
export async function settleNodes(
  cy: Core,
  runner: LayoutRunner,
  moving: NodeCollection,
  fontScale: number,
  focus: string | null = null,
): Promise<boolean> {
  const nodes = cy.nodes(':visible');
  const ids = new Set(moving.map((n) => n.id()));
  const items = nodes.map((n) => forceNode(n, { ...n.position() }, !ids.has(n.id())));
  const input = forceInput(
    'place',
    items,
    cy.edges(':visible').map((e) => ({ source: e.source().id(), target: e.target().id() })),
    fontScale,
  );
  const fitted = shownNodes(input, focus === null ? null : items.findIndex((item) => item.id === focus));
  const out = await plannedRun(cy, runner, input, items, fontScale, fitted);
  if (!out) return false;
  const positions = new Map<string, Position>();
  nodes.forEach((n, i) => {
    if (ids.has(n.id())) positions.set(n.id(), { x: out.x[i]!, y: out.y[i]! });
  });
  const settled = moving.filter((n) => positions.has(n.id()));
  if (settled.empty()) return true;
  const animate = settled.size() <= ANIMATE_MOVING && cy.nodes().size() <= ANIMATE_TOTAL;
  const layout = settled.layout({
    name: 'preset',
    positions: (n: NodeSingular) => positions.get(n.id()) ?? n.position(),
    fit: false,
    animate,
    animationDuration: 200,
  } as LayoutOptions);
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  await stopped;
  return !cy.destroyed();
}

/**
 * Positions for elements not on the canvas yet (the first view): the force layout of the ones the filters
 * show, worked out before any of them is drawn. Null when a newer job replaced this one.
 */
export async function layoutDefinitions(
  cy: Core,
  definitions: readonly ElementDefinition[],
  filters: Filters,
  runner: LayoutRunner,
  fontScale: number,
): Promise<Map<string, Position> | null> {
  const shown = new Set<string>();
  const nodes: ForceNode[] = [];
  for (const def of definitions) {
    if (def.group !== 'nodes') continue;
    const data = def.data as { id: string; label?: string; kind?: NodeKind; documents?: string[] };
    if (!nodeShown(data, filters)) continue;
    shown.add(data.id);
    nodes.push({ id: data.id, label: data.label ?? '', kind: data.kind, position: null, fixed: false });
  }
  const edges = definitions.flatMap((def) => {
    const data = def.data as { source?: string; target?: string; type?: string; documents?: string[] };
    if (def.group !== 'edges' || !data.source || !data.target) return [];
    if (!shown.has(data.source) || !shown.has(data.target) || edgeFiltered(data, filters)) return [];
    return [{ source: data.source, target: data.target }];
  });
  const out = await plannedRun(cy, runner, forceInput('full', nodes, edges, fontScale), nodes, fontScale);
  if (!out) return null;
  return new Map(nodes.map((node, i) => [node.id, { x: out.x[i]!, y: out.y[i]! }]));
}
