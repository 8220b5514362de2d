import type { Position } from 'cytoscape';
import { READABLE_ZOOM } from './style';

/** A rectangle in model units. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Room kept between revealed nodes and the canvas edge, in screen pixels. */
export const REVEAL_PADDING = 40;

/**
 * The zoom and pan that bring `box` (an expanded node at `focus` and the neighbours just placed around it,
 * labels included, in model units) into a canvas of `width`×`height` pixels shown at `zoom` and `pan`; null
 * when it is in view already. The rest of the graph is not fitted: it stays reachable by panning.
 *
 * When the box fits at the current zoom the view only pans, as little as brings it in. Otherwise it zooms
 * out as little as the box needs, but never below `floor` (by default `READABLE_ZOOM`, under which labels
 * shrink below their readable size on screen; a view already zoomed out further keeps its zoom) and never in;
 * the box is
 * centred, and when it is still larger than the canvas, the view moves as little as keeps `focus` in sight.
 */
export function revealViewport(
  box: Box,
  focus: Position,
  view: { width: number; height: number; zoom: number; pan: Position },
  floor = READABLE_ZOOM,
): { zoom: number; pan: Position } | null {
  const { width, height, zoom, pan } = view;
  const sx1 = box.x1 * zoom + pan.x;
  const sx2 = box.x2 * zoom + pan.x;
  const sy1 = box.y1 * zoom + pan.y;
  const sy2 = box.y2 * zoom + pan.y;
  if (sx1 >= 0 && sy1 >= 0 && sx2 <= width && sy2 <= height) return null;
  const roomX = Math.max(width - 2 * REVEAL_PADDING, 1);
  const roomY = Math.max(height - 2 * REVEAL_PADDING, 1);
  const fit = Math.min(roomX / Math.max(box.x2 - box.x1, 1), roomY / Math.max(box.y2 - box.y1, 1));
  /** How far to move an interval [lo, hi] of screen pixels so that it lies inside the padded canvas. */
  const shift = (lo: number, hi: number, size: number) =>
    lo < REVEAL_PADDING ? REVEAL_PADDING - lo : hi > size - REVEAL_PADDING ? size - REVEAL_PADDING - hi : 0;
  if (fit >= zoom) {
    return { zoom, pan: { x: pan.x + shift(sx1, sx2, width), y: pan.y + shift(sy1, sy2, height) } };
  }
  const next = Math.max(fit, Math.min(floor, zoom));
  const centred = {
    x: width / 2 - next * ((box.x1 + box.x2) / 2),
    y: height / 2 - next * ((box.y1 + box.y2) / 2),
  };
  const fx = focus.x * next + centred.x;
  const fy = focus.y * next + centred.y;
  return {
    zoom: next,
    pan: { x: centred.x + shift(fx, fx, width), y: centred.y + shift(fy, fy, height) },
  };
}
