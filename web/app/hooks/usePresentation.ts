import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';

/**
 * Presentation mode's effects: Escape leaves it (outside text fields), and the canvas is measured
 * again and fitted when the panels come or go.
 */
export function usePresentation(cy: Core | null, presenting: boolean, onPresent: (on: boolean) => void) {
  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement)) onPresent(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, onPresent]);

  // Not when the instance starts: the first layout fits the view itself.
  const shown = useRef(presenting);
  useEffect(() => {
    if (!cy || shown.current === presenting) return;
    shown.current = presenting;
    cy.resize();
    cy.fit(cy.elements(':visible'), 40);
  }, [cy, presenting]);
}
