import { useState } from 'react';
import type { Evidence } from '../../../graph/model';
import { type Lang, nodeLabel } from '../graph/elements';
import { EDGE_COLOR } from '../graph/palette';
import { useEvidence } from '../hooks/useEvidence';
import type { GraphCache } from '../state/cache';
import type { Relation, RelationGroup } from '../state/relations';
import { Passages } from './EvidencePanel';
import { KindIcon } from './Legend';

interface Props {
  centerId: string;
  groups: RelationGroup[] | null;
  lang: Lang;
  cache: GraphCache;
  onCanvas: ReadonlySet<string>;
  /** Puts these neighbours of the centre on the canvas. */
  onShow: (ids: string[]) => void;
  onSelectNode: (id: string) => void;
  onOpen: (evidence: Evidence) => void;
}

/** Where the centre sits in a link of this group: "IRA —TARGETS→ …" or "… —RESPONDS_TO→ IRA". */
function GroupTitle({ group }: { group: RelationGroup }) {
  return (
    <span className="relation-title">
      <span className="edge-swatch" style={{ background: EDGE_COLOR[group.type] }} />
      {group.direction === 'out' ? `${group.type} →` : `← ${group.type}`}
    </span>
  );
}

function RelationEvidence({
  relation,
  cache,
  onOpen,
}: {
  relation: Relation;
  cache: GraphCache;
  onOpen: Props['onOpen'];
}) {
  const state = useEvidence({ type: 'edge', id: relation.edge.id }, cache);
  return (
    <div className="relation-evidence" data-testid="relation-evidence">
      {state.status === 'loading' && <p className="muted">Loading passages…</p>}
      {state.status === 'error' && <p className="error">{state.message}</p>}
      {state.status === 'ready' && <Passages items={state.items} onOpen={onOpen} testId="relation-passage" />}
    </div>
  );
}

function Group(props: Props & { group: RelationGroup }) {
  const { group, lang, onCanvas } = props;
  const [openEdge, setOpenEdge] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const ids = group.relations.map((r) => r.otherId);
  const missing = ids.filter((id) => !onCanvas.has(id));
  const shown = all ? group.relations : group.relations.slice(0, 8);
  return (
    <li
      className="relation-group"
      data-testid="relation-group"
      data-type={group.type}
      data-direction={group.direction}
      data-count={group.relations.length}
    >
      <div className="relation-head">
        <GroupTitle group={group} />
        <span className="count" data-testid="relation-count">
          {group.relations.length}
        </span>
        <button
          type="button"
          className="small"
          data-testid="relation-show"
          disabled={missing.length === 0}
          title={missing.length === 0 ? 'All on the canvas' : `Put ${missing.length} on the canvas`}
          onClick={() => props.onShow(ids)}
        >
          {missing.length === 0 ? 'Shown' : `Show ${missing.length}`}
        </button>
      </div>
      <ul className="relation-rows">
        {shown.map((r) => {
          const open = openEdge === r.edge.id;
          return (
            <li key={r.edge.id} data-testid="relation-row" data-id={r.otherId} data-edge={r.edge.id}>
              <div className="relation-row">
                <button
                  type="button"
                  className="link"
                  aria-expanded={open}
                  title="Show the passages behind this link"
                  onClick={() => setOpenEdge(open ? null : r.edge.id)}
                >
                  {r.other && <KindIcon kind={r.other.kind} size={14} />}{' '}
                  {r.other ? nodeLabel(r.other, lang) : r.otherId}
                </button>
                <span className="muted evidence-count" title="Passages">
                  {r.edge.evidence.length}¶
                </span>
                <button
                  type="button"
                  className="small secondary"
                  title="Select this node"
                  aria-label={`Select ${r.other ? nodeLabel(r.other, lang) : r.otherId}`}
                  onClick={() => props.onSelectNode(r.otherId)}
                >
                  →
                </button>
              </div>
              {open && <RelationEvidence relation={r} cache={props.cache} onOpen={props.onOpen} />}
            </li>
          );
        })}
      </ul>
      {group.relations.length > shown.length && (
        <button type="button" className="link" onClick={() => setAll(true)}>
          {group.relations.length - shown.length} more…
        </button>
      )}
    </li>
  );
}

/** A node's relationships by type and direction, stated relations first; structural ones on request. */
export function RelationsList(props: Props) {
  const [structural, setStructural] = useState(false);
  const { groups } = props;
  if (groups === null) return <p className="muted">Loading relationships…</p>;
  const stated = groups.filter((g) => !g.structural);
  const hidden = groups.filter((g) => g.structural);
  const hiddenCount = hidden.reduce((n, g) => n + g.relations.length, 0);
  return (
    <div className="relations" data-testid="relations">
      {stated.length === 0 && <p className="muted">No stated relationships.</p>}
      <ul className="relation-groups">
        {(structural ? [...stated, ...hidden] : stated).map((g) => (
          <Group key={`${props.centerId}|${g.key}`} {...props} group={g} />
        ))}
      </ul>
      {hiddenCount > 0 && (
        <button
          type="button"
          className="link"
          data-testid="relations-structural"
          aria-expanded={structural}
          onClick={() => setStructural((s) => !s)}
        >
          {structural ? 'Hide' : 'Show'} structural links ({hiddenCount}: mentions, sections)
        </button>
      )}
    </div>
  );
}
