import type { Core } from 'cytoscape';
import { Fragment, useEffect } from 'react';
import { METRICS, type Metric } from '../../../graph/views/centrality-schema';
import { KIND_STYLE } from '../graph/palette';
import { viewPaths, viewsApi } from './api';
import { NodePassages } from './Passages';
import { refLabel, type ViewProps } from './types';
import { useLoad } from './useLoad';

const METRIC_LABELS: Record<Metric, string> = {
  degree: 'Degree',
  weightedDegree: 'Weighted degree',
  betweenness: 'Betweenness',
  pagerank: 'PageRank',
};

/** Ten colours told apart by most readers; communities past the tenth reuse them. */
export const COMMUNITY_COLORS = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];
const SHOWN_ON_CANVAS = 30;

/** Degree, weighted degree, betweenness, PageRank and Louvain communities; size and colour on the canvas. */
export function CentralityView({ state, update, lang, onOpen, onShow, cy }: ViewProps & { cy: Core | null }) {
  const metric = state.metric;
  const result = useLoad(metric, (signal) => viewsApi.centrality(metric, signal));

  // Node size by the metric and colour by community, for the nodes of the ranking that are on the canvas.
  useEffect(() => {
    if (!cy || result.status !== 'ready') return;
    const rows = new Map(result.data.rows.map((r) => [r.node.id, r]));
    const max = Math.max(Number.EPSILON, ...result.data.rows.map((r) => r[metric]));
    const apply = () => {
      cy.nodes().forEach((n) => {
        const row = rows.get(n.id());
        if (!row) return;
        const size = 24 + 76 * (row[metric] / max);
        n.style({
          width: size,
          height: size,
          'background-color': COMMUNITY_COLORS[row.community % COMMUNITY_COLORS.length]!,
        });
        n.data('metric', row[metric]);
      });
    };
    apply();
    cy.on('add', 'node', apply);
    return () => {
      cy.off('add', 'node', apply);
      cy.nodes().removeStyle('width height background-color');
    };
  }, [cy, result, metric]);

  return (
    <div className="av-view" data-testid="av-centrality">
      <div className="av-controls">
        <label>
          Rank by{' '}
          <select
            data-testid="centrality-metric"
            value={metric}
            onChange={(e) => update({ metric: e.target.value as Metric, node: null })}
          >
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {METRIC_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
        {result.status === 'ready' && (
          <button
            type="button"
            data-testid="centrality-show"
            onClick={() => onShow(result.data.rows.slice(0, SHOWN_ON_CANVAS).map((r) => r.node.id))}
          >
            Show top {SHOWN_ON_CANVAS} on canvas
          </button>
        )}
        <a
          className="button"
          href={viewPaths.csv(viewPaths.centrality(metric))}
          download
          data-testid="av-csv"
        >
          Export CSV
        </a>
      </div>
      {result.status === 'loading' && <p className="muted">Computing…</p>}
      {result.status === 'error' && <p className="error">{result.message}</p>}
      {result.status === 'ready' && (
        <>
          <p className="muted">
            {result.data.total} nodes on the semantic links (report structure left out);{' '}
            {result.data.communities.length} Louvain communities, modularity {result.data.modularity}.
            {!result.data.betweennessComputed &&
              ' Betweenness is left out: the graph is too large to compute it exactly.'}
          </p>
          <div className="av-scroll">
            <table className="av-table" data-testid="centrality-table">
              <thead>
                <tr>
                  <th className="num">#</th>
                  <th>node</th>
                  {METRICS.map((m) => (
                    <th key={m} className="num" aria-sort={m === metric ? 'descending' : 'none'}>
                      <button type="button" className="link" onClick={() => update({ metric: m })}>
                        {METRIC_LABELS[m]}
                      </button>
                    </th>
                  ))}
                  <th>community</th>
                </tr>
              </thead>
              <tbody>
                {result.data.rows.map((row, i) => (
                  <Fragment key={row.node.id}>
                    <tr data-testid="centrality-row" className={state.node === row.node.id ? 'open' : ''}>
                      <td className="num">{i + 1}</td>
                      <td>
                        <button
                          type="button"
                          className="link"
                          onClick={() => update({ node: state.node === row.node.id ? null : row.node.id })}
                        >
                          <span className="av-kind" style={{ background: KIND_STYLE[row.node.kind].color }}>
                            {row.node.kind}
                          </span>{' '}
                          {refLabel(row.node, lang)}
                        </button>
                      </td>
                      <td className="num">{row.degree}</td>
                      <td className="num">{row.weightedDegree}</td>
                      <td className="num">{row.betweenness.toFixed(4)}</td>
                      <td className="num">{row.pagerank.toFixed(4)}</td>
                      <td>
                        <span
                          className="av-swatch"
                          style={{ background: COMMUNITY_COLORS[row.community % COMMUNITY_COLORS.length] }}
                        />{' '}
                        {row.community}
                      </td>
                    </tr>
                    {state.node === row.node.id && (
                      <tr className="av-detail">
                        <td colSpan={7}>
                          <NodePassages id={row.node.id} onOpen={onOpen} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
