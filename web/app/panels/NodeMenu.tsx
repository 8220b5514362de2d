import { useEffect, useRef } from 'react';
import type { RelationGroup } from '../state/relations';

export interface MenuAt {
  id: string;
  /** Viewport coordinates relative to the canvas. */
  x: number;
  y: number;
}

interface Props {
  at: MenuAt;
  label: string;
  groups: RelationGroup[] | null;
  canvasIds: ReadonlySet<string>;
  onExpand: () => void;
  onShow: (ids: string[]) => void;
  onHide: () => void;
  onClose: () => void;
}

/** The node's context menu: expand by relationship type, expand, hide. */
export function NodeMenu({ at, label, groups, canvasIds, onExpand, onShow, onHide, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
  }, []);
  // A press anywhere outside the menu closes it, as a context menu does.
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as globalThis.Node)) onClose();
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [onClose]);
  const run = (action: () => void) => () => {
    action();
    onClose();
  };
  return (
    <div
      ref={ref}
      className="node-menu menu-items"
      role="menu"
      aria-label={`Actions for ${label}`}
      data-testid="node-menu"
      style={{ left: at.x, top: at.y }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          const items = [
            ...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []),
          ];
          const i = items.indexOf(document.activeElement as HTMLButtonElement);
          items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
        }
      }}
    >
      <p className="menu-title">{label}</p>
      <button type="button" role="menuitem" data-testid="menu-expand" onClick={run(onExpand)}>
        Expand (most telling links first)
      </button>
      {groups === null && <p className="muted">Loading relationships…</p>}
      {groups?.map((g) => {
        const ids = g.relations.map((r) => r.otherId);
        const missing = ids.filter((id) => !canvasIds.has(id)).length;
        return (
          <button
            key={g.key}
            type="button"
            role="menuitem"
            data-testid="menu-expand-type"
            data-type={g.type}
            data-direction={g.direction}
            disabled={missing === 0}
            onClick={run(() => onShow(ids))}
          >
            Show {g.direction === 'out' ? `${g.type} →` : `← ${g.type}`} ({missing}/{ids.length})
          </button>
        );
      })}
      <button type="button" role="menuitem" onClick={run(onHide)}>
        Hide
      </button>
    </div>
  );
}
