import type { Collection, Core, LayoutOptions, NodeCollection, NodeSingular, Position } from 'cytoscape';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../state/view';

let registered = false;
export function registerLayouts(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** The hierarchical layout is loaded when first chosen, keeping it out of the first download. */
let dagre: Promise<void> | null = null;
export function loadDagre(): Promise<void> {
  dagre ??= import('cytoscape-dagre').then((module) => {
    cytoscape.use(module.default);
  });
  return dagre;
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
    default:
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

/** Lays out every visible element; pinned (locked) nodes keep their places. Dagre runs once loaded. */
export function runFullLayout(cy: Core, name: LayoutName): void {
  const run = () => {
    if (cy.destroyed()) return;
    const eles = cy.elements(':visible');
    if (eles.nodes().empty()) return;
    eles.layout(layoutOptions(name, eles.nodes(':locked'))).run();
  };
  if (name === 'dagre') void loadDagre().then(run);
  else run();
}

/**
 * Places new nodes around an anchor already on the canvas, then lets fcose settle them while
 * every existing node stays where it is, so the view does not jump.
 */
export function placeNewNodes(
  cy: Core,
  added: Collection,
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
  if (old.nonempty() && cy.nodes().size() <= 600) {
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
