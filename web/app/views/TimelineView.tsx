import type { TimelineEvent, TimelineKind } from '../../../graph/views/timeline';
import { TERMS, TIMELINE_KINDS } from '../../../graph/views/timeline';
import { KIND_STYLE } from '../graph/palette';
import { useDocuments } from '../hooks/useDocuments';
import { viewPaths, viewsApi } from './api';
import { NodePassages } from './Passages';
import { refLabel, type ViewProps } from './types';
import { useLoad } from './useLoad';

const TERM_LABELS = { short: 'Short term (단기)', mid: 'Mid term (중기)', long: 'Long term (장기)' } as const;

function column(event: TimelineEvent): string {
  if (event.year !== undefined) return String(event.year);
  return event.term ?? 'undated';
}

/** Policies, figures and roadmap items on a time axis: years, then roadmap terms, then undated. */
export function TimelineView({ state, update, lang, onOpen }: ViewProps) {
  const kinds = state.timelineKinds;
  const documents = useDocuments();
  const key = kinds.length > 0 ? `${kinds.join(',')}|${state.document ?? ''}` : null;
  const result = useLoad(key, (signal) => viewsApi.timeline(kinds, state.document, signal));
  const data = result.status === 'ready' ? result.data : null;
  const columns = data
    ? [
        ...data.years.map(String),
        ...TERMS.filter((t) => data.events.some((e) => e.term === t && e.year === undefined)),
        ...(data.events.some((e) => column(e) === 'undated') ? ['undated'] : []),
      ]
    : [];
  const toggle = (kind: TimelineKind) =>
    update({
      timelineKinds: kinds.includes(kind)
        ? kinds.filter((k) => k !== kind)
        : TIMELINE_KINDS.filter((k) => k === kind || kinds.includes(k)),
    });
  const selected = data?.events.find((e) => e.node.id === state.node);

  return (
    <div className="av-view" data-testid="av-timeline">
      <div className="av-controls">
        {TIMELINE_KINDS.map((kind) => (
          <label key={kind}>
            <input type="checkbox" checked={kinds.includes(kind)} onChange={() => toggle(kind)} /> {kind}
          </label>
        ))}
        <label>
          Report{' '}
          <select
            data-testid="timeline-document"
            value={state.document ?? ''}
            onChange={(e) => update({ document: e.target.value || null })}
          >
            <option value="">all reports</option>
            {(documents ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.title || d.id}
              </option>
            ))}
          </select>
        </label>
        {key && (
          <a
            className="button"
            href={viewPaths.csv(viewPaths.timeline(kinds, state.document))}
            download
            data-testid="av-csv"
          >
            Export CSV
          </a>
        )}
      </div>
      {!key && <p className="muted">Choose at least one kind.</p>}
      {result.status === 'loading' && <p className="muted">Loading…</p>}
      {result.status === 'error' && <p className="error">{result.message}</p>}
      {data && data.events.length === 0 && <p className="muted">Nothing of these kinds in the reports.</p>}
      {data && data.events.length > 0 && (
        <div className="av-scroll">
          <ol className="av-axis" data-testid="timeline-axis">
            {columns.map((col) => (
              <li key={col} className="av-slot">
                <h3>{col in TERM_LABELS ? TERM_LABELS[col as keyof typeof TERM_LABELS] : col}</h3>
                <ul>
                  {data.events
                    .filter((e) => column(e) === col)
                    .map((e) => (
                      <li key={e.node.id}>
                        <button
                          type="button"
                          className={`av-event${state.node === e.node.id ? ' selected' : ''}`}
                          data-testid="timeline-event"
                          style={{ borderLeftColor: KIND_STYLE[e.node.kind].color }}
                          title={e.horizon ? `${e.node.kind}, ${e.horizon}` : e.node.kind}
                          onClick={() => update({ node: state.node === e.node.id ? null : e.node.id })}
                        >
                          {refLabel(e.node, lang)}
                        </button>
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ol>
        </div>
      )}
      {selected && (
        <section className="av-cell-links">
          <h3>
            {refLabel(selected.node, lang)} ({selected.node.kind})
          </h3>
          <NodePassages id={selected.node.id} onOpen={onOpen} />
        </section>
      )}
    </div>
  );
}
