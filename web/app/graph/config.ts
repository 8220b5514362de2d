import type { CytoscapeOptions } from 'cytoscape';
import { stylesheet } from './style';

/** Above this many edges, edges are drawn as haystack lines (no bezier control points, no arrows). */
export const HAYSTACK_EDGES = 1200;

/**
 * Renderer options for large views: while panning or zooming the canvas shows a cached texture
 * with edges and labels hidden, so a frame costs a bitmap copy instead of a full redraw.
 */
export function rendererOptions(devicePixelRatio = 1): Partial<CytoscapeOptions> {
  return {
    textureOnViewport: true,
    hideEdgesOnViewport: true,
    hideLabelsOnViewport: true,
    motionBlur: false,
    pixelRatio: Math.min(Math.max(devicePixelRatio, 1), 2),
    minZoom: 0.05,
    maxZoom: 4,
  };
}

/** Everything the app passes to `cytoscape()` except the container and elements. */
export function cyOptions(options: { webgl?: boolean; devicePixelRatio?: number } = {}): CytoscapeOptions {
  const base: CytoscapeOptions = {
    ...rendererOptions(options.devicePixelRatio),
    style: stylesheet(),
    boxSelectionEnabled: false,
    autounselectify: true,
  };
  if (options.webgl) {
    // Cytoscape ≥ 3.31 reads `webgl` from the renderer options; the typings predate it.
    (base as Record<string, unknown>).renderer = { name: 'canvas', webgl: true };
  }
  return base;
}
