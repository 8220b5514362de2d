import { type RefObject, useCallback, useState } from 'react';
import type { MenuAt } from '../panels/NodeMenu';
import type { Selection } from '../state/view';

/** Where the node menu is open (null: closed); opening selects the node, closing gives focus back to the canvas. */
export function useNodeMenu(container: RefObject<HTMLDivElement | null>, select: (s: Selection) => void) {
  const [menu, setMenu] = useState<MenuAt | null>(null);
  const open = useCallback(
    (id: string, x: number, y: number) => {
      select({ type: 'node', id });
      setMenu({ id, x, y });
    },
    [select],
  );
  const close = useCallback(() => {
    setMenu(null);
    container.current?.focus();
  }, [container]);
  return { menu, open, close };
}
