import type { Core } from 'cytoscape';
import { lazy, Suspense, useEffect, useState } from 'react';
import { viewsApi } from './api';
import { TAB_LABELS, TABS } from './state';
import type { ViewProps } from './types';
import './analyst.css';

// Each view downloads when its tab first opens: the explorer's first view needs none of them.
const TracerView = lazy(() => import('./TracerView').then((m) => ({ default: m.TracerView })));
const SharedView = lazy(() => import('./SharedView').then((m) => ({ default: m.SharedView })));
const MatrixView = lazy(() => import('./MatrixView').then((m) => ({ default: m.MatrixView })));
const CentralityView = lazy(() => import('./CentralityView').then((m) => ({ default: m.CentralityView })));
const TimelineView = lazy(() => import('./TimelineView').then((m) => ({ default: m.TimelineView })));
const CypherView = lazy(() => import('./CypherView').then((m) => ({ default: m.CypherView })));

/** The analyst views in a drawer over the canvas: one tab per view, all state in the URL fragment. */
export function AnalystPanel(props: ViewProps & { cy: Core | null }) {
  const { state, update, cy } = props;
  const open = state.tab !== null;
  // The drawer takes the lower part of the stage and the canvas shrinks above it: Cytoscape must re-measure.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `open` changes the canvas size.
  useEffect(() => {
    cy?.resize();
  }, [cy, open]);
  // The Cypher console exists only over Neo4j; its tab shows once the server says which store it has.
  const [neo4j, setNeo4j] = useState(false);
  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    viewsApi.health(controller.signal).then(
      (health) => setNeo4j(health.store === 'neo4j'),
      () => undefined,
    );
    return () => controller.abort();
  }, [open]);
  if (!state.tab) return null;
  return (
    <section className="analyst" data-testid="analyst-panel" aria-label="Analyst views">
      <header className="av-tabs" role="tablist">
        {TABS.filter((tab) => tab !== 'cypher' || neo4j || state.tab === 'cypher').map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={state.tab === tab}
            data-testid={`av-tab-${tab}`}
            onClick={() => update({ tab, node: null })}
          >
            {TAB_LABELS[tab]}
          </button>
        ))}
        <button
          type="button"
          className="av-close"
          data-testid="av-close"
          onClick={() => update({ tab: null })}
        >
          Close
        </button>
      </header>
      <div className="av-body">
        <Suspense fallback={<p className="muted">Loading…</p>}>
          {state.tab === 'trace' && <TracerView {...props} />}
          {state.tab === 'shared' && <SharedView {...props} />}
          {state.tab === 'matrix' && <MatrixView {...props} />}
          {state.tab === 'centrality' && <CentralityView {...props} />}
          {state.tab === 'timeline' && <TimelineView {...props} />}
          {state.tab === 'cypher' && <CypherView {...props} />}
        </Suspense>
      </div>
    </section>
  );
}
