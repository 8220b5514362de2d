import type { ElementDefinition } from 'cytoscape';
import type { GraphSlice, Node } from '../../../graph/model';

export type Lang = 'ko' | 'en';

export interface ElementOptions {
  lang: Lang;
  /** Labels longer than this are cut with an ellipsis; the full name stays in `data.name`. */
  maxLabelLength?: number;
}

export const DEFAULT_MAX_LABEL = 28;

/** The name to show for a node in the chosen language, falling back to the display name. */
export function nodeLabel(node: Pick<Node, 'name' | 'nameKo' | 'nameEn'>, lang: Lang): string {
  const preferred = lang === 'ko' ? node.nameKo : node.nameEn;
  return preferred?.trim() ? preferred : node.name;
}

function shorten(label: string, max: number): string {
  const chars = Array.from(label);
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Converts the wire format into Cytoscape elements: one element per distinct id, edges only when
 * both ends are present. Kind and type become classes (`kind-Policy`, `type-TARGETS`) so styling and
 * filtering never touch the data.
 */
export function toElements(slice: GraphSlice, options: ElementOptions): ElementDefinition[] {
  const max = options.maxLabelLength ?? DEFAULT_MAX_LABEL;
  const nodeIds = new Set<string>();
  const out: ElementDefinition[] = [];
  for (const node of slice.nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    out.push({
      group: 'nodes',
      data: {
        id: node.id,
        label: shorten(nodeLabel(node, options.lang), max),
        name: node.name,
        kind: node.kind,
        mentions: node.mentions.length,
        documents: [...new Set(node.mentions.map((m) => m.documentId))],
      },
      classes: `kind-${node.kind}`,
    });
  }
  const edgeIds = new Set<string>();
  for (const edge of slice.edges) {
    if (edgeIds.has(edge.id) || !nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    edgeIds.add(edge.id);
    out.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        label: edge.type,
        evidence: edge.evidence.length,
        documents: [...new Set(edge.evidence.map((e) => e.documentId))],
      },
      classes: `type-${edge.type}`,
    });
  }
  return out;
}
