import type { Core, ElementDefinition, LayoutOptions, NodeCollection, Position } from 'cytoscape';
import cytoscape from 'cytoscape';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { cyOptions, HAYSTACK_EDGES } from '../graph/config';
import { applyLabelSize, followZoomWithLabels } from '../graph/labels';
import { type LayoutRunner, workerRunner } from '../graph/layout-runner';
import { createLayoutWorker } from '../graph/layout-worker';
import {
  layoutDefinitions,
  placeNewNodes,
  ringPlace,
  runForceLayout,
  runFullLayout,
  settleNodes,
} from '../graph/layouts';
import { revealViewport } from '../graph/reveal';
import { READABLE_ZOOM } from '../graph/style';
import type { Positions, Viewport } from '../state/transitions';
import { NEIGHBOUR_PAGE, type Selection, type ViewState } from '../state/view';
import { edgeFiltered, filtersOf, nodeFiltered } from '../state/visibility';
import type { LayoutRequest } from './useExplorer';

declare global {
  interface Window {
    /** Test and benchmark hook: the live Cytoscape instance. */
    __cy?: Core;
    /** ms since navigation when the frame after the first drawing with nodes began (that drawing was on screen). */
    __firstGraphRender?: number;
  }
}

export interface CanvasHandlers {
  onSelect: (selection: Selection | null) => void;
  onExpand: (id: string) => void;
  /** Right-click (or the context-menu key) on a node, at canvas coordinates. */
  onContextMenu: (id: string, x: number, y: number) => void;
  /** Node positions and the viewport after a layout, a drag, a pan or a zoom settled. */
  onPlace: (positions: Positions, viewport: Viewport) => void;
}

interface Props {
  container: RefObject<HTMLDivElement | null>;
  elements: ElementDefinition[];
  view: ViewState;
  pathElements: ReadonlySet<string>;
  layoutRequest: LayoutRequest;
  focus: { id: string; seq: number } | null;
  handlers: CanvasHandlers;
  /** Label size factor: the view's font scale, times 1.5 when presenting. */
  fontScale: number;
  /** Starts the layout worker (tests and benchmarks hand in their own). */
  createWorker?: () => Worker;
}

/** The force layout job in flight, if any, and the nodes it is to settle. */
interface LayoutWork {
  /** Number of the newest job; an older job's result is dropped. */
  seq: number;
  running: boolean;
  /** The job lays out the whole view (not only new nodes). */
  full: boolean;
  /** Nodes drawn at a first guess (`ringPlace`) that the running job settles. */
  unsettled: Set<string>;
}

const STATE_CLASSES = 'hidden filtered pinned sel faded path expanded';

/** Owns the Cytoscape instance: mirrors elements and view state into it and reports taps. */
/** Node positions kept in a shared link up to this many nodes. */
export const MAX_LINKED_POSITIONS = 400;

export function useCytoscape({
  container,
  elements,
  view,
  pathElements,
  layoutRequest,
  focus,
  handlers,
  fontScale,
  createWorker = createLayoutWorker,
}: Props) {
  const [cy, setCy] = useState<Core | null>(null);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const saved = useRef(new Map<string, Position>()).current;
  const lastLayout = useRef<{ name: string; seq: number } | null>(null);
  const viewRef = useRef(view);
  viewRef.current = view;
  const pathRef = useRef(pathElements);
  pathRef.current = pathElements;
  const fontRef = useRef(fontScale);
  fontRef.current = fontScale;
  const elementsRef = useRef(elements);
  elementsRef.current = elements;
  const runnerRef = useRef<LayoutRunner | null>(null);
  const work = useRef<LayoutWork>({ seq: 0, running: false, full: false, unsettled: new Set() }).current;
  /** Marks the canvas as placing and reports positions once placement settles (set when the instance starts). */
  const reportRef = useRef(() => {});

  // The renderer (canvas or WebGL) is chosen once, when the instance is created.
  // biome-ignore lint/correctness/useExhaustiveDependencies: view.webgl is read at creation only.
  useEffect(() => {
    if (!container.current) return;
    const runner = workerRunner(createWorker);
    runnerRef.current = runner;
    const instance = cytoscape({
      container: container.current,
      ...cyOptions({ webgl: view.webgl, devicePixelRatio: window.devicePixelRatio }),
    });
    instance.on('tap', 'node', (e) => handlersRef.current.onSelect({ type: 'node', id: e.target.id() }));
    instance.on('tap', 'edge', (e) => handlersRef.current.onSelect({ type: 'edge', id: e.target.id() }));
    instance.on('tap', (e) => {
      if (e.target === instance) handlersRef.current.onSelect(null);
    });
    instance.on('dbltap', 'node', (e) => handlersRef.current.onExpand(e.target.id()));
    instance.on('cxttap', 'node', (e) => {
      const p = e.target.renderedPosition();
      handlersRef.current.onContextMenu(e.target.id(), p.x, p.y);
    });
    const stopLabels = followZoomWithLabels(instance, () => fontRef.current);
    let placeTimer: ReturnType<typeof setTimeout> | undefined;
    // While a placement waits to be reported the address bar is behind the canvas; tests wait on this mark.
    const box = container.current;
    const reportPlace = () => {
      clearTimeout(placeTimer);
      box.dataset.placing = 'true';
      placeTimer = setTimeout(() => {
        // A running layout job reports again when it ends.
        if (work.running) return;
        delete box.dataset.placing;
        if (instance.destroyed() || instance.nodes().empty()) return;
        const positions: Positions = {};
        // Beyond a few hundred nodes the link would grow too long; zoom and pan are still kept.
        if (instance.nodes().size() <= MAX_LINKED_POSITIONS)
          instance.nodes().forEach((n) => {
            const p = n.position();
            positions[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
          });
        handlersRef.current.onPlace(positions, { zoom: instance.zoom(), pan: { ...instance.pan() } });
      }, 400);
    };
    reportRef.current = reportPlace;
    instance.on('dragfree', 'node', reportPlace);
    instance.on('layoutstop viewport', reportPlace);
    instance.on('render', function firstRender() {
      if (instance.nodes().empty()) return;
      instance.off('render', firstRender);
      // The drawing is on screen once the next frame begins.
      requestAnimationFrame(() => {
        if (window.__firstGraphRender !== undefined) return;
        window.__firstGraphRender = performance.now();
        performance.mark('graph-first-render');
      });
    });
    window.__cy = instance;
    setCy(instance);
    return () => {
      clearTimeout(placeTimer);
      runner.dispose();
      runnerRef.current = null;
      work.seq++;
      work.running = false;
      work.unsettled.clear();
      stopLabels();
      if (window.__cy === instance) delete window.__cy;
      instance.destroy();
      setCy(null);
    };
  }, [container]);

  // Mirror elements, then place what is new.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs per element change or layout request only.
  useEffect(() => {
    const runner = runnerRef.current;
    if (!cy || !runner) return;
    const fontScale = fontRef.current;
    const begin = (full: boolean) => {
      work.seq++;
      work.running = true;
      work.full = full;
      reportRef.current();
      return work.seq;
    };
    const end = (seq: number) => {
      if (seq !== work.seq) return;
      work.running = false;
      work.full = false;
      work.unsettled.clear();
      reportRef.current();
    };
    /** Drops the job in flight: a layout on the main thread or preset positions take over. */
    const cancel = () => {
      if (work.running) end(work.seq);
    };
    /** The first view: lays the elements out, then puts them on the canvas where they belong. */
    const layoutFirst = (definitions: ElementDefinition[]) => {
      work.unsettled.clear();
      const seq = begin(true);
      layoutDefinitions(cy, definitions, filtersOf(viewRef.current), runner, fontScale).then(
        (placed) => {
          if (seq !== work.seq || !placed || cy.destroyed()) return;
          addPlaced(cy, definitions, elementsRef.current, placed, saved);
          applyClasses(cy, viewRef.current, pathRef.current);
          cy.elements(':visible')
            .layout({ name: 'preset', fit: true, padding: 40, animate: false } as LayoutOptions)
            .run();
          // Sized for the fitted zoom before the first frame, so that frame is drawn once.
          applyLabelSize(cy, fontRef.current);
          end(seq);
        },
        () => end(seq),
      );
    };
    const relayout = () => {
      work.unsettled.clear();
      const seq = begin(true);
      runForceLayout(cy, runner, fontScale).then(
        (done) => {
          if (done) end(seq);
        },
        () => end(seq),
      );
    };
    /** Places added nodes without moving the others: at once on a ring, then settled by the worker. */
    const place = (nodes: NodeCollection, focusId: string | null) => {
      if (view.layout === 'fcose') {
        placeNewNodes(cy, nodes, focusId, saved);
        return;
      }
      const fresh = nodes.filter((n) => !saved.has(n.id()));
      nodes.forEach((n) => {
        const p = saved.get(n.id());
        if (p) n.position(p);
      });
      // Edges alone matter only while a job still settles nodes (they pull on them).
      if (fresh.empty() && work.unsettled.size === 0) return;
      ringPlace(cy, fresh, focusId);
      if (work.running && work.full) {
        relayout();
        return;
      }
      fresh.forEach((n) => {
        work.unsettled.add(n.id());
      });
      const moving = cy.nodes().filter((n) => work.unsettled.has(n.id()));
      const seq = begin(false);
      settleNodes(cy, runner, moving, fontScale, focusId).then(
        (done) => {
          if (!done || seq !== work.seq) return;
          if (focusId) reveal(cy, focusId, fontRef.current, moving);
          end(seq);
        },
        () => end(seq),
      );
    };
    const wasEmpty = cy.nodes().empty();
    const next = new Set(elements.map((e) => e.data.id as string));
    const fresh: ElementDefinition[] = [];
    cy.batch(() => {
      const gone = cy.elements().filter((e) => !next.has(e.id()));
      gone.nodes().forEach((n) => {
        saved.set(n.id(), { ...n.position() });
      });
      cy.remove(gone);
      for (const def of elements) {
        const existing = cy.getElementById(def.data.id as string);
        if (existing.nonempty()) {
          if (existing.data('label') !== def.data.label) existing.data('label', def.data.label);
        } else {
          fresh.push(def);
        }
      }
    });
    const addFresh = () => {
      if (fresh.length === 0) return cy.collection();
      let added = cy.collection();
      cy.batch(() => {
        added = cy.add(fresh);
        cy.edges().toggleClass('haystack', cy.edges().size() > HAYSTACK_EDGES);
      });
      return added;
    };
    const hasNodes = !wasEmpty || fresh.some((d) => d.group === 'nodes');
    const positions = layoutRequest.positions;
    const layoutChanged =
      lastLayout.current !== null &&
      (lastLayout.current.name !== view.layout || lastLayout.current.seq !== layoutRequest.seq);
    const linked = viewRef.current.positions;
    if (positions && lastLayout.current?.seq !== layoutRequest.seq) {
      cancel();
      const added = addFresh();
      const placed = cy.nodes().filter((n) => positions.has(n.id()));
      if (placed.nonempty()) {
        placed.forEach((n) => {
          n.position(positions.get(n.id())!);
        });
        applyClasses(cy, viewRef.current, pathRef.current);
        place(added.nodes().difference(placed), null);
        cy.animate({ fit: { eles: placed, padding: 60 } }, { duration: 250 });
        lastLayout.current = { name: view.layout, seq: layoutRequest.seq };
      }
    } else if (
      wasEmpty &&
      lastLayout.current === null &&
      fresh.some((d) => d.group === 'nodes' && linked[d.data.id as string] !== undefined)
    ) {
      // A shared link with positions: draw it as it was, without a new layout.
      cancel();
      addFresh();
      // Positions first: pinned nodes are locked once they have their classes.
      const rest = restorePlacement(cy, viewRef.current);
      applyClasses(cy, viewRef.current, pathRef.current);
      if (rest.nonempty()) place(rest, null);
      lastLayout.current = { name: view.layout, seq: layoutRequest.seq };
    } else if (hasNodes && (wasEmpty || layoutChanged || lastLayout.current === null)) {
      lastLayout.current = { name: view.layout, seq: layoutRequest.seq };
      if (view.layout !== 'force') {
        cancel();
        addFresh();
        // Classes must be current before a layout so hidden and filtered elements are skipped.
        applyClasses(cy, viewRef.current, pathRef.current);
        runFullLayout(cy, view.layout);
      } else if (wasEmpty) {
        // Nothing is drawn before its place is known: the elements go onto the canvas with the result.
        layoutFirst(fresh);
      } else {
        addFresh();
        applyClasses(cy, viewRef.current, pathRef.current);
        relayout();
      }
    } else if (fresh.length > 0) {
      const added = addFresh();
      applyClasses(cy, viewRef.current, pathRef.current);
      place(added.nodes(), focus?.id ?? null);
    }
    applyLabelSize(cy, fontRef.current);
  }, [cy, elements, layoutRequest, view.layout]);

  useEffect(() => {
    if (cy) applyLabelSize(cy, fontScale);
  }, [cy, fontScale]);

  // View state → classes (filters, selection, pins); the data never changes here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: new elements need their classes too.
  useEffect(() => {
    if (cy) applyClasses(cy, view, pathElements);
  }, [
    cy,
    elements,
    view.hidden,
    view.pinned,
    view.hiddenKinds,
    view.hiddenTypes,
    view.hiddenDocuments,
    view.selected,
    view.expanded,
    pathElements,
  ]);

  // Bring a node the user asked for into view without changing the zoom much.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `work` is the layout job's mutable state, read as the focus changes.
  useEffect(() => {
    // Nodes still being placed are revealed once they settle.
    if (cy && focus && work.unsettled.size === 0) reveal(cy, focus.id, fontRef.current);
  }, [cy, focus]);

  return cy;
}

/**
 * Brings a node and `around` it (the nodes just placed for it; by default its neighbourhood) into view when
 * they lie partly outside the canvas (see `revealViewport`): the zoom stays when they fit, and zooms out no
 * further than labels stay readable, the rest of the graph left to panning, so an expand on a projector never
 * leaves every label too small to read.
 */
function reveal(cy: Core, id: string, fontScale: number, around?: NodeCollection): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const shown = around ? around.union(node).filter(':visible') : node.closedNeighborhood(':visible');
  if (shown.empty()) return;
  const view = () => ({ width: cy.width(), height: cy.height(), zoom: cy.zoom(), pan: { ...cy.pan() } });
  // More than a page placed at once (`All`) is a request to see the whole neighbourhood: it is fitted even
  // where its labels get small, as the fit of a whole view is.
  const floor = around && around.size() > NEIGHBOUR_PAGE ? 0 : READABLE_ZOOM;
  let target = revealViewport(shown.boundingBox({}), node.position(), view(), floor);
  if (!target) return;
  if (target.zoom < cy.zoom()) {
    // Labels grow in model units as the view zooms out: measure again with the labels of the new zoom.
    applyLabelSize(cy, fontScale, target.zoom);
    target = revealViewport(shown.boundingBox({}), node.position(), view(), floor) ?? target;
  }
  cy.animate({ zoom: target.zoom, pan: target.pan }, { duration: 250 });
}

/**
 * Adds the elements of a first view at their laid-out places: those still wanted, nodes the layout left
 * out (hidden or filtered) where they last were or at the centre, edges whose two ends are there.
 */
function addPlaced(
  cy: Core,
  definitions: readonly ElementDefinition[],
  current: readonly ElementDefinition[],
  placed: ReadonlyMap<string, Position>,
  saved: ReadonlyMap<string, Position>,
): void {
  const wanted = new Set(current.map((e) => e.data.id as string));
  let cx = 0;
  let cy0 = 0;
  for (const p of placed.values()) {
    cx += p.x / placed.size;
    cy0 += p.y / placed.size;
  }
  const nodes = new Set<string>();
  const out: ElementDefinition[] = [];
  for (const def of definitions) {
    const id = def.data.id as string;
    if (def.group !== 'nodes' || !wanted.has(id) || cy.getElementById(id).nonempty()) continue;
    nodes.add(id);
    out.push({ ...def, position: { ...(placed.get(id) ?? saved.get(id) ?? { x: cx, y: cy0 }) } });
  }
  for (const def of definitions) {
    const { id, source, target } = def.data as { id: string; source?: string; target?: string };
    if (def.group !== 'edges' || !wanted.has(id) || cy.getElementById(id).nonempty()) continue;
    const there = (end: string | undefined) => !!end && (nodes.has(end) || cy.getElementById(end).nonempty());
    if (there(source) && there(target)) out.push(def);
  }
  cy.batch(() => {
    cy.add(out);
    cy.edges().toggleClass('haystack', cy.edges().size() > HAYSTACK_EDGES);
  });
}

/** Mirrors view state into classes: hidden, filtered (kind, type, document), expanded, pinned, path, selection. */
export function applyClasses(cy: Core, view: ViewState, pathElements: ReadonlySet<string>): void {
  const filters = filtersOf(view);
  const pinned = new Set(view.pinned);
  cy.batch(() => {
    cy.elements().removeClass(STATE_CLASSES);
    cy.nodes().forEach((n) => {
      if (filters.hidden.has(n.id())) n.addClass('hidden');
      if (nodeFiltered({ id: n.id(), kind: n.data('kind'), documents: n.data('documents') }, filters))
        n.addClass('filtered');
      if (view.expanded[n.id()] !== undefined) n.addClass('expanded');
      if (pinned.has(n.id())) {
        n.addClass('pinned');
        n.lock();
      } else {
        n.unlock();
      }
    });
    cy.edges().forEach((e) => {
      if (edgeFiltered({ type: e.data('type'), documents: e.data('documents') }, filters))
        e.addClass('filtered');
    });
    if (pathElements.size > 0)
      cy.elements()
        .filter((e) => pathElements.has(e.id()))
        .addClass('path');
    const sel = view.selected ? cy.getElementById(view.selected.id) : null;
    if (sel?.nonempty()) {
      sel.addClass('sel');
      const keep =
        view.selected?.type === 'node' ? sel.closedNeighborhood() : sel.union(sel.connectedNodes());
      cy.elements().difference(keep).addClass('faded');
    }
  });
}

/** Places nodes at the positions a link carries and restores its zoom; returns the nodes it had no place for. */
function restorePlacement(cy: Core, view: ViewState): NodeCollection {
  // A link copied while a layout still ran can hold one spot for several nodes: the later ones are placed
  // afresh, so no two nodes (and no edge's two ends) are drawn on top of each other.
  const taken = new Set<string>();
  const known = cy.nodes().filter((n) => {
    const p = view.positions[n.id()];
    if (p === undefined) return false;
    const key = `${p.x},${p.y}`;
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  });
  cy.batch(() => {
    known.forEach((n) => {
      n.position(view.positions[n.id()]!);
    });
  });
  if (view.viewport) cy.viewport({ zoom: view.viewport.zoom, pan: view.viewport.pan });
  else cy.fit(cy.elements(':visible'), 40);
  return cy.nodes().difference(known);
}
