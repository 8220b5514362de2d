import type { Core, ElementDefinition, Position } from 'cytoscape';
import cytoscape from 'cytoscape';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { cyOptions, HAYSTACK_EDGES } from '../graph/config';
import { placeNewNodes, registerLayouts, runFullLayout } from '../graph/layouts';
import type { Selection, ViewState } from '../state/view';
import type { LayoutRequest } from './useExplorer';

declare global {
  interface Window {
    /** Test and benchmark hook: the live Cytoscape instance. */
    __cy?: Core;
    /** ms since navigation when the first graph with nodes was drawn. */
    __firstGraphRender?: number;
  }
}

export interface CanvasHandlers {
  onSelect: (selection: Selection | null) => void;
  onExpand: (id: string) => void;
}

interface Props {
  container: RefObject<HTMLDivElement | null>;
  elements: ElementDefinition[];
  view: ViewState;
  pathElements: ReadonlySet<string>;
  layoutRequest: LayoutRequest;
  focus: { id: string; seq: number } | null;
  handlers: CanvasHandlers;
}

const STATE_CLASSES = 'hidden filtered pinned sel faded path expanded';

/** Owns the Cytoscape instance: mirrors elements and view state into it and reports taps. */
export function useCytoscape({
  container,
  elements,
  view,
  pathElements,
  layoutRequest,
  focus,
  handlers,
}: Props) {
  const [cy, setCy] = useState<Core | null>(null);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const saved = useRef(new Map<string, Position>()).current;
  const lastLayout = useRef<{ name: string; seq: number } | null>(null);

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
    instance.on('render', function firstRender() {
      if (instance.nodes().nonempty() && window.__firstGraphRender === undefined) {
        window.__firstGraphRender = performance.now();
        performance.mark('graph-first-render');
        instance.off('render', firstRender);
      }
    });
    window.__cy = instance;
    setCy(instance);
    return () => {
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
    } else if (cy.nodes().nonempty() && (wasEmpty || layoutChanged || lastLayout.current === null)) {
      applyClasses();
      runFullLayout(cy, view.layout);
      lastLayout.current = { name: view.layout, seq: layoutRequest.seq };
    } else if (added.nonempty()) {
      placeNewNodes(cy, added, focus?.id ?? null, saved);
    }

    function applyClasses() {
      // Classes must exist before a layout so hidden nodes are skipped; set again by the class effect.
      if (!cy) return;
      const hidden = new Set(view.hidden);
      cy.nodes().forEach((n) => {
        n.toggleClass('hidden', hidden.has(n.id()));
      });
    }
  }, [cy, elements, layoutRequest, view.layout]);

  // View state → classes (filters, selection, pins); the data never changes here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: new elements need their classes too.
  useEffect(() => {
    if (!cy) return;
    const hidden = new Set(view.hidden);
    const pinned = new Set(view.pinned);
    const kinds = new Set<string>(view.hiddenKinds);
    const types = new Set<string>(view.hiddenTypes);
    cy.batch(() => {
      cy.elements().removeClass(STATE_CLASSES);
      cy.nodes().forEach((n) => {
        if (hidden.has(n.id())) n.addClass('hidden');
        if (kinds.has(n.data('kind'))) n.addClass('filtered');
        if (view.expanded[n.id()] !== undefined) n.addClass('expanded');
        if (pinned.has(n.id())) {
          n.addClass('pinned');
          n.lock();
        } else {
          n.unlock();
        }
      });
      cy.edges().forEach((e) => {
        if (types.has(e.data('type'))) e.addClass('filtered');
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
  }, [
    cy,
    elements,
    view.hidden,
    view.pinned,
    view.hiddenKinds,
    view.hiddenTypes,
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
