import type { EdgeType, NodeKind } from '../../../graph/model';

export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'diamond'
  | 'hexagon'
  | 'triangle'
  | 'star'
  | 'barrel'
  | 'tag'
  | 'rectangle'
  | 'pentagon'
  | 'octagon'
  | 'vee'
  | 'rhomboid';

/** Colour and shape per kind: shapes keep kinds apart for colour-blind readers and on washed-out projectors. */
export const KIND_STYLE: Record<NodeKind, { color: string; shape: NodeShape; size: number }> = {
  Document: { color: '#455a64', shape: 'rectangle', size: 44 },
  Section: { color: '#90a4ae', shape: 'tag', size: 30 },
  Industry: { color: '#1565c0', shape: 'round-rectangle', size: 52 },
  Policy: { color: '#c62828', shape: 'diamond', size: 56 },
  Country: { color: '#2e7d32', shape: 'ellipse', size: 48 },
  Company: { color: '#6a1b9a', shape: 'hexagon', size: 44 },
  Organization: { color: '#4e342e', shape: 'octagon', size: 42 },
  Material: { color: '#ef6c00', shape: 'triangle', size: 42 },
  Technology: { color: '#00838f', shape: 'pentagon', size: 44 },
  Strategy: { color: '#ad1457', shape: 'barrel', size: 46 },
  Implication: { color: '#5d4037', shape: 'rhomboid', size: 40 },
  Figure: { color: '#827717', shape: 'vee', size: 34 },
  RoadmapItem: { color: '#283593', shape: 'star', size: 40 },
};

/**
 * One colour per link type, each at least 3:1 against the white canvas (WCAG 1.4.11) and at least
 * ΔE 10 (CIE76) from every other (tests/unit/palette.test.ts); structural links are grey.
 */
export const EDGE_COLOR: Record<EdgeType, string> = {
  ENACTED_BY: '#388e3c',
  TARGETS: '#c62828',
  AFFECTS: '#f4511e',
  RESPONDS_TO: '#880e4f',
  IMPLIES: '#6d4c41',
  CONCERNS: '#9c27b0',
  SERVES: '#1565c0',
  OPERATES_IN: '#ad6800',
  BASED_IN: '#00796b',
  DEVELOPS: '#00838f',
  USES: '#c56000',
  SECURES: '#827717',
  PART_OF: '#546e7a',
  MEMBER_OF: '#5c6bc0',
  MEASURES: '#8d6e63',
  SCHEDULES: '#283593',
  IMPOSES: '#7f0000',
  FUNDS: '#1b5e20',
  LOCATED_IN: '#004d40',
  PRODUCES: '#bf360c',
  SUPPLIES: '#4527a0',
  PARTNERS_WITH: '#0277bd',
  INVESTS_IN: '#4e7d12',
  ACQUIRES: '#c2185b',
  LICENSES_FROM: '#37474f',
  MENTIONED_IN: '#8a8a8a',
};

export const FONT_STACK =
  '"Noto Sans KR", "NanumGothic", "Nanum Gothic", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';
