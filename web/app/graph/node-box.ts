import type { NodeKind } from '../../../graph/model';
import { KIND_STYLE } from './palette';

/** Label font size the layout plans for (the stylesheet's size at zoom 1, before any scaling). */
export const LAYOUT_FONT_SIZE = 17;
/** Gap between a node and its label, and the label background's padding (style.ts). */
const LABEL_GAP = 5;
const LABEL_PADDING = 2;

/** Width of a character in ems, for the bold sans-serif label font: wide for Hangul and CJK, narrow for punctuation. */
function charEms(ch: string): number {
  const code = ch.codePointAt(0)!;
  const wide =
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x2e80 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xff60) ||
    code >= 0x20000;
  if (wide) return 1;
  if (ch === ' ') return 0.28;
  if (/[.,:;'"()[\]|!…·-]/.test(ch)) return 0.34;
  if (/[A-Z%&@#MW]/.test(ch)) return 0.7;
  return 0.57;
}

/** Estimated width of a one-line label in the label font at `fontSize`. */
export function labelWidth(label: string, fontSize = LAYOUT_FONT_SIZE): number {
  let ems = 0;
  for (const ch of label) ems += charEms(ch);
  return ems * fontSize;
}

/** A node's box as the layout sees it: the shape with its label underneath. */
export interface NodeBox {
  halfWidth: number;
  halfHeight: number;
  /** How far the box's centre lies below the node's centre (the label hangs below). */
  offsetY: number;
}

export function nodeBox(label: string, kind: NodeKind | undefined, fontScale = 1): NodeBox {
  const size = kind ? KIND_STYLE[kind].size : 40;
  const fontSize = LAYOUT_FONT_SIZE * fontScale;
  const hasLabel = label.length > 0;
  const textWidth = hasLabel ? labelWidth(label, fontSize) + 2 * LABEL_PADDING : 0;
  const textHeight = hasLabel ? fontSize * 1.2 + 2 * LABEL_PADDING + LABEL_GAP : 0;
  return {
    halfWidth: Math.max(size, textWidth) / 2,
    halfHeight: (size + textHeight) / 2,
    offsetY: textHeight / 2,
  };
}
