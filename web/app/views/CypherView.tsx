import { useState } from 'react';
import { viewsApi } from './api';
import type { ViewProps } from './types';
import { useLoad } from './useLoad';

const EXAMPLE =
  "MATCH (p:Node {kind: 'Policy'})-[r:REL]->(i:Node {kind: 'Industry'})\nRETURN p.name AS policy, r.type AS link, i.name AS industry\nLIMIT 25";

const cell = (value: unknown) =>
  value === null || typeof value !== 'object' ? String(value) : JSON.stringify(value);

/** The read-only Cypher console: one read query, no procedures or LOAD CSV, at most 500 rows. */
export function CypherView({ state, update }: ViewProps) {
  const [text, setText] = useState(state.query ?? EXAMPLE);
  const query = state.query;
  const result = useLoad(query, (signal) => viewsApi.cypher(query!, signal));
  return (
    <div className="av-view" data-testid="av-cypher">
      <form
        className="av-controls"
        onSubmit={(e) => {
          e.preventDefault();
          update({ query: text.trim() || null });
        }}
      >
        <label className="sr-only" htmlFor="av-cypher-query">
          Cypher query
        </label>
        <textarea
          id="av-cypher-query"
          data-testid="cypher-query"
          rows={4}
          cols={80}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" data-testid="cypher-run">
          Run (read-only)
        </button>
      </form>
      {result.status === 'loading' && <p className="muted">Running…</p>}
      {result.status === 'error' && <p className="error">{result.message}</p>}
      {result.status === 'ready' && (
        <>
          <p className="muted">
            {result.data.rows.length} rows{result.data.truncated ? ' (cut at the row limit)' : ''}
          </p>
          <div className="av-scroll">
            <table className="av-table" data-testid="cypher-result">
              <thead>
                <tr>
                  {result.data.columns.map((c) => (
                    <th key={c}>{c}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.data.rows.map((row, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own.
                  <tr key={i}>
                    {row.map((value, j) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                      <td key={j}>{cell(value)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
