import type { ElementDefinition } from 'cytoscape';
import type { ReactNode } from 'react';
import { EdgeType, NodeKind } from '../../../graph/model';
import { EDGE_COLOR, KIND_STYLE, type NodeShape } from '../graph/palette';

const SHAPE_PATH: Partial<Record<NodeShape, string>> = {
  ellipse: 'M12 2a10 10 0 1 0 0.01 0Z',
  'round-rectangle': 'M6 3h12a3 3 0 0 1 3 3v12a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3Z',
  rectangle: 'M3 3h18v18H3Z',
  diamond: 'M12 1l11 11-11 11L1 12Z',
  hexagon: 'M6 3h12l5 9-5 9H6l-5-9Z',
  octagon: 'M8 2h8l6 6v8l-6 6H8l-6-6V8Z',
  triangle: 'M12 2l10 19H2Z',
  pentagon: 'M12 2l10 7-4 12H6L2 9Z',
  barrel: 'M5 3h14q3 9 0 18H5q-3-9 0-18Z',
  rhomboid: 'M7 4h15l-5 16H2Z',
  vee: 'M2 3l10 7 10-7-10 18Z',
  star: 'M12 1l3 7.5 8 .5-6 5 2 8-7-4.5L5 22l2-8-6-5 8-.5Z',
  tag: 'M3 4h12l6 8-6 8H3Z',
};

export function KindIcon({ kind, size = 18 }: { kind: NodeKind; size?: number }) {
  const { color, shape } = KIND_STYLE[kind];
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" className="kind-icon">
      <path d={SHAPE_PATH[shape] ?? SHAPE_PATH.ellipse} fill={color} />
    </svg>
  );
}

interface Props {
  elements: ElementDefinition[];
  hiddenKinds: readonly NodeKind[];
  hiddenTypes: readonly EdgeType[];
  onToggleKind: (kind: NodeKind) => void;
  onToggleType: (type: EdgeType) => void;
  hiddenCount: number;
  onShowHidden: () => void;
}

function LegendButton(props: {
  off: boolean;
  testId: string;
  data: Record<`data-${string}`, string>;
  icon: ReactNode;
  name: string;
  count: number;
  onClick: () => void;
}) {
  return (
    <li>
      <button
        type="button"
        className={props.off ? 'legend-item off' : 'legend-item'}
        aria-pressed={!props.off}
        data-testid={props.testId}
        {...props.data}
        onClick={props.onClick}
      >
        {props.icon}
        <span className="legend-name">{props.name}</span>
        <span className="count">{props.count}</span>
      </button>
    </li>
  );
}

function EdgeIcon({ type }: { type: EdgeType }) {
  return (
    <svg width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
      <path d="M1 6h15" stroke={EDGE_COLOR[type]} strokeWidth="3" />
      <path d="M15 1l6 5-6 5Z" fill={EDGE_COLOR[type]} />
    </svg>
  );
}

/** Kinds and edge types on the canvas with counts; clicking one hides or shows it (a filter). */
export function Legend(props: Props) {
  const kindCounts = new Map<string, number>();
  const typeCounts = new Map<string, number>();
  for (const el of props.elements) {
    if (el.group === 'nodes') kindCounts.set(el.data.kind, (kindCounts.get(el.data.kind) ?? 0) + 1);
    else typeCounts.set(el.data.type, (typeCounts.get(el.data.type) ?? 0) + 1);
  }
  const kinds = NodeKind.options.filter((k) => kindCounts.has(k) || props.hiddenKinds.includes(k));
  const types = EdgeType.options.filter((t) => typeCounts.has(t) || props.hiddenTypes.includes(t));
  return (
    <section className="panel legend" data-testid="legend" aria-label="Legend and filters">
      <h2>Legend</h2>
      <p className="hint">Click to show or hide.</p>
      {kinds.length === 0 && <p className="muted">Nothing on the canvas yet.</p>}
      <ul>
        {kinds.map((kind) => (
          <LegendButton
            key={kind}
            off={props.hiddenKinds.includes(kind)}
            testId="legend-kind"
            data={{ 'data-kind': kind }}
            icon={<KindIcon kind={kind} />}
            name={kind}
            count={kindCounts.get(kind) ?? 0}
            onClick={() => props.onToggleKind(kind)}
          />
        ))}
      </ul>
      {types.length > 0 && <h3>Links</h3>}
      <ul>
        {types.map((type) => (
          <LegendButton
            key={type}
            off={props.hiddenTypes.includes(type)}
            testId="legend-type"
            data={{ 'data-type': type }}
            icon={<EdgeIcon type={type} />}
            name={type}
            count={typeCounts.get(type) ?? 0}
            onClick={() => props.onToggleType(type)}
          />
        ))}
      </ul>
      {props.hiddenCount > 0 && (
        <button type="button" className="link" onClick={props.onShowHidden} data-testid="show-hidden">
          Show {props.hiddenCount} hidden node{props.hiddenCount === 1 ? '' : 's'}
        </button>
      )}
    </section>
  );
}
