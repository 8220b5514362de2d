import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import { viewsApi } from './api';
import { CentralityView } from './CentralityView';
import { CypherView } from './CypherView';
import { MatrixView } from './MatrixView';
import { SharedView } from './SharedView';
import { TAB_LABELS, TABS } from './state';
import { TimelineView } from './TimelineView';
import { TracerView } from './TracerView';
import type { ViewProps } from './types';
import './analyst.css';

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
        {state.tab === 'trace' && <TracerView {...props} />}
        {state.tab === 'shared' && <SharedView {...props} />}
        {state.tab === 'matrix' && <MatrixView {...props} />}
        {state.tab === 'centrality' && <CentralityView {...props} />}
        {state.tab === 'timeline' && <TimelineView {...props} />}
        {state.tab === 'cypher' && <CypherView {...props} />}
      </div>
    </section>
  );
}
