import type { Core, NodeSingular } from 'cytoscape';
import { type RefObject, useEffect, useRef } from 'react';
import { isArrow, nearestInDirection } from '../state/keyboard';
import type { Selection } from '../state/view';

interface Handlers {
  selected: Selection | null;
  onSelect: (selection: Selection | null) => void;
  onExpand: (id: string) => void;
  onMenu: (id: string, x: number, y: number) => void;
}

/**
 * Keyboard use of the focused canvas: arrows move the selection to the nearest node that way, Enter
 * expands it, Shift+F10 or the menu key opens its menu, + and − zoom, 0 fits, Escape deselects.
 */
export function useCanvasKeys(
  container: RefObject<HTMLDivElement | null>,
  cy: Core | null,
  handlers: Handlers,
) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const el = container.current;
    if (!el || !cy) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.target !== el) return;
      const { selected, onSelect, onExpand, onMenu } = ref.current;
      const node = selected?.type === 'node' ? cy.getElementById(selected.id) : null;
      const current = node?.nonempty() && node.visible() ? node : null;
      if (isArrow(e.key)) {
        e.preventDefault();
        const visible = cy.nodes(':visible');
        if (visible.empty()) return;
        if (!current) {
          const leftmost = visible.min((n) => (n as NodeSingular).position('x')).ele;
          onSelect({ type: 'node', id: leftmost.id() });
          return;
        }
        const next = nearestInDirection(
          current.position(),
          visible.not(current).map((n) => ({ id: n.id(), ...(n as NodeSingular).position() })),
          e.key,
        );
        if (next) onSelect({ type: 'node', id: next });
      } else if (e.key === 'Enter' || e.key === ' ') {
        if (!current) return;
        e.preventDefault();
        onExpand(current.id());
      } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
        if (!current) return;
        e.preventDefault();
        const p = current.renderedPosition();
        onMenu(current.id(), p.x, p.y);
      } else if (e.key === 'Escape') {
        onSelect(null);
      } else if (e.key === '+' || e.key === '=' || e.key === '-') {
        e.preventDefault();
        const factor = e.key === '-' ? 1 / 1.25 : 1.25;
        cy.zoom({
          level: cy.zoom() * factor,
          renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
        });
      } else if (e.key === '0') {
        cy.fit(cy.elements(':visible'), 40);
      }
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [container, cy]);
}
