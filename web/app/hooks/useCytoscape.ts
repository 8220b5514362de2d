import type { Core, ElementDefinition, Position } from 'cytoscape';
import cytoscape from 'cytoscape';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { cyOptions, HAYSTACK_EDGES } from '../graph/config';
import { applyLabelSize, followZoomWithLabels } from '../graph/labels';
import { placeNewNodes, registerLayouts, runFullLayout } from '../graph/layouts';
import type { Positions, Viewport } from '../state/transitions';
import type { Selection, ViewState } from '../state/view';
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

  // The renderer (canvas or WebGL) is chosen once, when the instance is created.
  // biome-ignore lint/correctness/useExhaustiveDependencies: view.webgl is read at creation only.
  useEffect(() => {
    if (!container.current) return;
    registerLayouts();
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
      stopLabels();
      if (window.__cy === instance) delete window.__cy;
      instance.destroy();
      setCy(null);
    };
  }, [container]);

  // Mirror elements, then place what is new.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs per element change or layout request only.
  useEffect(() => {
    if (!cy) return;
    const wasEmpty = cy.nodes().empty();
    const next = new Set(elements.map((e) => e.data.id as string));
    let added = cy.collection();
    cy.batch(() => {
      const gone = cy.elements().filter((e) => !next.has(e.id()));
      gone.nodes().forEach((n) => {
        saved.set(n.id(), { ...n.position() });
      });
      cy.remove(gone);
      const fresh: ElementDefinition[] = [];
      for (const def of elements) {
        const existing = cy.getElementById(def.data.id as string);
        if (existing.nonempty()) {
          if (existing.data('label') !== def.data.label) existing.data('label', def.data.label);
        } else {
          fresh.push(def);
        }
      }
      if (fresh.length > 0) added = cy.add(fresh);
      cy.edges().toggleClass('haystack', cy.edges().size() > HAYSTACK_EDGES);
    });
    const positions = layoutRequest.positions;
    const layoutChanged =
      lastLayout.current !== null &&
      (lastLayout.current.name !== view.layout || lastLayout.current.seq !== layoutRequest.seq);
    if (positions && lastLayout.current?.seq !== layoutRequest.seq) {
      const placed = cy.nodes().filter((n) => positions.has(n.id()));
      if (placed.nonempty()) {
        placed.forEach((n) => {
          n.position(positions.get(n.id())!);
        });
        placeNewNodes(cy, added.difference(placed), null, saved);
        cy.animate({ fit: { eles: placed, padding: 60 } }, { duration: 250 });
        lastLayout.current = { name: view.layout, seq: layoutRequest.seq };
      }
    } else if (
      wasEmpty &&
      lastLayout.current === null &&
      cy.nodes().nonempty() &&
      restorePlacement(cy, viewRef.current)
    ) {
      // A shared link with positions: draw it as it was, without a new layout.
      applyClasses(cy, viewRef.current, pathRef.current);
      lastLayout.current = { name: view.layout, seq: layoutRequest.seq };
    } else if (cy.nodes().nonempty() && (wasEmpty || layoutChanged || lastLayout.current === null)) {
      // Classes must be current before a layout so hidden and filtered elements are skipped.
      applyClasses(cy, viewRef.current, pathRef.current);
      runFullLayout(cy, view.layout);
      lastLayout.current = { name: view.layout, seq: layoutRequest.seq };
    } else if (added.nonempty()) {
      applyClasses(cy, viewRef.current, pathRef.current);
      placeNewNodes(cy, added, focus?.id ?? null, saved);
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
  useEffect(() => {
    if (!cy || !focus) return;
    const node = cy.getElementById(focus.id);
    if (node.empty()) return;
    const hood = node.closedNeighborhood(':visible');
    const box = hood.boundingBox({});
    const ext = cy.extent();
    const inside = box.x1 >= ext.x1 && box.x2 <= ext.x2 && box.y1 >= ext.y1 && box.y2 <= ext.y2;
    if (!inside) cy.animate({ fit: { eles: cy.elements(':visible'), padding: 40 } }, { duration: 250 });
  }, [cy, focus]);

  return cy;
}

/** Whether an element belongs only to hidden documents (its evidence or mentions name no other). */
function onlyInHiddenDocuments(
  documents: readonly string[] | undefined,
  hidden: ReadonlySet<string>,
): boolean {
  return !!documents && documents.length > 0 && documents.every((d) => hidden.has(d));
}

/** Mirrors view state into classes: hidden, filtered (kind, type, document), expanded, pinned, path, selection. */
export function applyClasses(cy: Core, view: ViewState, pathElements: ReadonlySet<string>): void {
  const hidden = new Set(view.hidden);
  const pinned = new Set(view.pinned);
  const kinds = new Set<string>(view.hiddenKinds);
  const types = new Set<string>(view.hiddenTypes);
  const docs = new Set(view.hiddenDocuments);
  cy.batch(() => {
    cy.elements().removeClass(STATE_CLASSES);
    cy.nodes().forEach((n) => {
      if (hidden.has(n.id())) n.addClass('hidden');
      if (kinds.has(n.data('kind')) || onlyInHiddenDocuments(n.data('documents'), docs))
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
      if (types.has(e.data('type')) || onlyInHiddenDocuments(e.data('documents'), docs))
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

/** Places nodes at the positions a link carries and restores its zoom; false when it carries none. */
function restorePlacement(cy: Core, view: ViewState): boolean {
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
  if (known.empty()) return false;
  cy.batch(() => {
    known.forEach((n) => {
      n.position(view.positions[n.id()]!);
    });
  });
  const rest = cy.nodes().difference(known);
  if (rest.nonempty()) placeNewNodes(cy, rest, null, new Map());
  if (view.viewport) cy.viewport({ zoom: view.viewport.zoom, pan: view.viewport.pan });
  else cy.fit(cy.elements(':visible'), 40);
  return true;
}
