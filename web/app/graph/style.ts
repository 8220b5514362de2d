import type { StylesheetJson } from 'cytoscape';
import { EdgeType, NodeKind } from '../../../graph/model';
import { EDGE_COLOR, FONT_STACK, KIND_STYLE } from './palette';

export const HIGHLIGHT = '#ff8f00';

/** Labels are kept at least this many screen pixels high (times the font scale) down to `READABLE_ZOOM`. */
export const MIN_LABEL_PX = 13;
const BASE_NODE_FONT = 17;
/** The lowest zoom at which labels are still `MIN_LABEL_PX` high on screen; below it they shrink with the view. */
export const READABLE_ZOOM = 0.3;

/**
 * Node label size in model units for a zoom level, so labels stay readable when the view zooms out;
 * quantized in 10 % steps so zooming restyles rarely.
 */
export function labelFontSize(zoom: number, scale: number): number {
  const z = Math.max(zoom, READABLE_ZOOM);
  const wanted = Math.max(BASE_NODE_FONT, MIN_LABEL_PX / z);
  const step = Math.ceil(Math.log(wanted / BASE_NODE_FONT) / Math.log(1.1) - 1e-9);
  return Math.round(BASE_NODE_FONT * 1.1 ** step * scale * 10) / 10;
}

/** Plain data (no functions), so the benchmark can hand the same stylesheet to a bare page. */
export function stylesheet(options: { labelSize?: number } = {}): StylesheetJson {
  const labelSize = options.labelSize ?? 17;
  const rules: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': labelSize,
        'font-weight': 'bold',
        color: '#111827',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        // Node names stay readable on the fitted first view (zoom ≈ 0.4 on a laptop screen).
        'min-zoomed-font-size': 6,
        'border-width': 2,
        'border-color': '#ffffff',
        width: 40,
        height: 40,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(evidence, 1, 8, 2, 6)',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        opacity: 0.75,
        'font-family': FONT_STACK,
        'font-size': Math.round(labelSize * 0.72 * 10) / 10,
        color: '#111827',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'min-zoomed-font-size': 9,
      },
    },
  ];
  for (const kind of NodeKind.options) {
    const { color, shape, size } = KIND_STYLE[kind];
    rules.push({
      selector: `node.kind-${kind}`,
      style: { 'background-color': color, shape, width: size, height: size },
    });
  }
  for (const type of EdgeType.options) {
    rules.push({
      selector: `edge.type-${type}`,
      style: {
        'line-color': EDGE_COLOR[type],
        'target-arrow-color': EDGE_COLOR[type],
        // Structure and co-mentions are drawn broken, so stated relations read as the solid lines.
        'line-style':
          type === 'MENTIONED_IN' ? 'dotted' : type === 'PART_OF' || type === 'CONCERNS' ? 'dashed' : 'solid',
      },
    });
  }
  rules.push(
    { selector: 'edge.haystack', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
    {
      selector: 'node.pinned',
      style: { 'border-width': 5, 'border-color': '#111827', 'border-style': 'double' },
    },
    { selector: 'node.expanded', style: { 'border-width': 4, 'border-color': '#37474f' } },
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0 } },
    { selector: 'edge.path', style: { width: 6, opacity: 1, label: 'data(label)' } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': HIGHLIGHT } },
    {
      selector: 'node.sel',
      style: { 'border-width': 6, 'border-color': HIGHLIGHT, 'z-index': 10 },
    },
    {
      selector: 'edge.sel',
      style: {
        width: 8,
        opacity: 1,
        'line-color': HIGHLIGHT,
        'target-arrow-color': HIGHLIGHT,
        label: 'data(label)',
        'z-index': 10,
      },
    },
    { selector: '.hidden, .filtered', style: { display: 'none' } },
  );
  return rules;
}
