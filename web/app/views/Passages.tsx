import type { Evidence } from '../../../graph/model';
import type { EdgeRef } from '../../../graph/views/common';
import { api } from '../api';
import { useLoad } from './useLoad';

interface PassageListProps {
  evidence: readonly Evidence[];
  onOpen: (evidence: Evidence) => void;
  label?: string;
}

/** Passages as plain text, each with a button that opens the report at it. */
export function PassageList({ evidence, onOpen, label }: PassageListProps) {
  return (
    <ol className="av-passages">
      {evidence.map((e) => (
        <li key={`${e.documentId}:${e.start}:${e.end}`} data-testid="av-passage">
          {label && <span className="av-edge-type">{label}</span>}
          <q lang="ko">{e.quote}</q>{' '}
          <button type="button" className="link" data-testid="av-open" onClick={() => onOpen(e)}>
            Open in report
          </button>
        </li>
      ))}
    </ol>
  );
}

/** The passages of several edges, each labelled with its edge type. */
export function EdgePassages({
  edges,
  onOpen,
}: {
  edges: readonly EdgeRef[];
  onOpen: (e: Evidence) => void;
}) {
  return (
    <>
      {edges.map((edge) => (
        <PassageList key={edge.id} evidence={edge.evidence} onOpen={onOpen} label={edge.type} />
      ))}
    </>
  );
}

/** The mentions of one node, fetched from `/api/nodes/:id/evidence`. */
export function NodePassages({ id, onOpen }: { id: string; onOpen: (e: Evidence) => void }) {
  const state = useLoad(id, () => api.evidence({ node: id }));
  if (state.status === 'loading') return <p className="muted">Loading passages…</p>;
  if (state.status === 'error') return <p className="error">{state.message}</p>;
  if (state.status !== 'ready') return null;
  if (state.data.length === 0) return <p className="muted">No passages recorded.</p>;
  return <PassageList evidence={state.data} onOpen={onOpen} />;
}
