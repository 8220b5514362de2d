import type { Core } from 'cytoscape';
import { labelFontSize, stylesheet } from './style';

/**
 * Sets node and edge label sizes for the current zoom, or for `zoom` the view is about to take (see
 * `labelFontSize`); restyles only on a new step.
 */
export function applyLabelSize(cy: Core, scale: number, zoom = cy.zoom()): void {
  const size = labelFontSize(zoom, scale);
  if ((cy.scratch('labelSize') as number | undefined) === size) return;
  cy.scratch('labelSize', size);
  cy.style(stylesheet({ labelSize: size }));
}

/**
 * Resizes labels as the view zooms, at most once a frame, and once at the end of an animated zoom (a
 * restyle per frame of a fit would redraw every label several times); returns the function that stops it.
 */
export function followZoomWithLabels(cy: Core, scale: () => number): () => void {
  let frame = 0;
  const onFrame = () => {
    if (cy.animated()) {
      frame = requestAnimationFrame(onFrame);
      return;
    }
    frame = 0;
    applyLabelSize(cy, scale());
  };
  const onZoom = () => {
    if (frame) return;
    frame = requestAnimationFrame(onFrame);
  };
  cy.on('zoom', onZoom);
  return () => {
    cancelAnimationFrame(frame);
    cy.off('zoom', onZoom);
  };
}
