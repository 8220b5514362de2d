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

export const EDGE_COLOR: Record<EdgeType, string> = {
  ENACTED_BY: '#2e7d32',
  TARGETS: '#c62828',
  AFFECTS: '#e53935',
  RESPONDS_TO: '#ad1457',
  IMPLIES: '#6d4c41',
  CONCERNS: '#8e24aa',
  SERVES: '#1565c0',
  OPERATES_IN: '#5e35b1',
  BASED_IN: '#43a047',
  DEVELOPS: '#00838f',
  USES: '#ef6c00',
  SECURES: '#f57c00',
  PART_OF: '#78909c',
  MEMBER_OF: '#558b2f',
  MEASURES: '#9e9d24',
  SCHEDULES: '#3949ab',
  IMPOSES: '#b71c1c',
  FUNDS: '#1b5e20',
  LOCATED_IN: '#00695c',
  PRODUCES: '#bf360c',
  SUPPLIES: '#4527a0',
  PARTNERS_WITH: '#0277bd',
  INVESTS_IN: '#33691e',
  ACQUIRES: '#4a148c',
  LICENSES_FROM: '#37474f',
  MENTIONED_IN: '#b0bec5',
};

export const FONT_STACK =
  '"Noto Sans KR", "NanumGothic", "Nanum Gothic", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';
