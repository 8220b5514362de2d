import type { Evidence } from '../../../graph/model';
import type { NodeRef } from '../../../graph/views/common';
import type { Lang } from '../graph/elements';
import type { AnalystState } from './state';

export interface ShowOptions {
  /** Preset positions (the tracer's layers); otherwise the canvas layout runs. */
  positions?: Map<string, { x: number; y: number }>;
  /** Node and edge ids to highlight on the canvas. */
  highlight?: string[];
}

export interface ViewProps {
  state: AnalystState;
  update: (patch: Partial<AnalystState>) => void;
  lang: Lang;
  onOpen: (evidence: Evidence) => void;
  onShow: (ids: string[], options?: ShowOptions) => void;
  /** The node selected on the canvas, which the tracer and the comparison can take. */
  selected: { id: string; kind: string } | null;
}

export const refLabel = (node: NodeRef, lang: Lang) =>
  lang === 'en' && node.nameEn ? node.nameEn : node.name;
