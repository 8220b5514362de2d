import type { MatrixCell, MatrixName } from '../../../graph/views/matrix';
import { MATRICES, MATRIX_NAMES } from '../../../graph/views/matrix';
import { viewPaths, viewsApi } from './api';
import { EdgePassages } from './Passages';
import { refLabel, type ViewProps } from './types';
import { useLoad } from './useLoad';

const MATRIX_LABELS: Record<MatrixName, string> = {
  'policy-industry': 'Policy × industry',
  'industry-industry': 'Industry × industry',
  'country-industry': 'Country × industry',
};

/** Heat-map cell background: white to the accent colour by strength relative to the strongest cell. */
function heat(strength: number, max: number): string {
  const t = max > 0 ? Math.min(1, strength / max) : 0;
  return `rgba(198, 40, 40, ${(0.08 + 0.72 * t).toFixed(3)})`;
}

/** Exposure matrices as sortable heat-map tables; a cell opens its links and their passages. */
export function MatrixView({ state, update, lang, onOpen, onShow }: ViewProps) {
  const kind = state.matrix;
  const matrix = useLoad(kind, (signal) => viewsApi.matrix(kind, signal));
  const cellKey = state.cell ? `${kind}|${state.cell.row}|${state.cell.col}` : null;
  const links = useLoad(cellKey, (signal) => viewsApi.cell(kind, state.cell!.row, state.cell!.col, signal));

  const data = matrix.status === 'ready' ? matrix.data : null;
  const cells = new Map<string, MatrixCell>((data?.cells ?? []).map((c) => [`${c.row}|${c.col}`, c]));
  const max = Math.max(0, ...(data?.cells ?? []).map((c) => c.strength));
  const sort = state.matrixSort;
  const rows = [...(data?.rows ?? [])];
  if (sort === 'name') rows.sort((a, b) => refLabel(a, lang).localeCompare(refLabel(b, lang)));
  else if (sort)
    rows.sort(
      (a, b) =>
        (cells.get(`${b.id}|${sort}`)?.strength ?? 0) - (cells.get(`${a.id}|${sort}`)?.strength ?? 0) ||
        b.strength - a.strength,
    );
  const rowKind = MATRICES[kind].rows;

  return (
    <div className="av-view" data-testid="av-matrix">
      <div className="av-controls">
        <label>
          Matrix{' '}
          <select
            data-testid="matrix-kind"
            value={kind}
            onChange={(e) => update({ matrix: e.target.value as MatrixName, cell: null, matrixSort: null })}
          >
            {MATRIX_NAMES.map((name) => (
              <option key={name} value={name}>
                {MATRIX_LABELS[name]}
              </option>
            ))}
          </select>
        </label>
        <a className="button" href={viewPaths.csv(viewPaths.matrix(kind))} download data-testid="av-csv">
          Export CSV
        </a>
      </div>
      {data && <p className="muted">{data.title}. Click a column to sort by it, a cell to read its links.</p>}
      {matrix.status === 'loading' && <p className="muted">Computing…</p>}
      {matrix.status === 'error' && <p className="error">{matrix.message}</p>}
      {data && data.cells.length === 0 && <p className="muted">No links of this kind in the reports.</p>}
      {data && data.cells.length > 0 && (
        <div className="av-scroll">
          <table className="av-table av-heat" data-testid="matrix-table">
            <thead>
              <tr>
                <th>
                  <button type="button" className="link" onClick={() => update({ matrixSort: 'name' })}>
                    name
                  </button>{' '}
                  ·{' '}
                  <button type="button" className="link" onClick={() => update({ matrixSort: null })}>
                    total
                  </button>
                </th>
                {data.cols.map((col) => (
                  <th key={col.id} aria-sort={sort === col.id ? 'descending' : 'none'}>
                    <button
                      type="button"
                      className="link"
                      data-testid="matrix-col"
                      onClick={() => update({ matrixSort: col.id })}
                    >
                      {refLabel(col, lang)}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    {rowKind === 'Policy' ? (
                      <button
                        type="button"
                        className="link"
                        title="Trace this policy"
                        onClick={() => update({ tab: 'trace', policy: row.id })}
                      >
                        {refLabel(row, lang)}
                      </button>
                    ) : (
                      refLabel(row, lang)
                    )}
                  </th>
                  {data.cols.map((col) => {
                    const cell = cells.get(`${row.id}|${col.id}`);
                    const selected = state.cell?.row === row.id && state.cell.col === col.id;
                    return (
                      <td
                        key={col.id}
                        className={`num${selected ? ' selected' : ''}`}
                        style={cell ? { background: heat(cell.strength, max) } : undefined}
                      >
                        {cell && (
                          <button
                            type="button"
                            className="av-cell"
                            data-testid="matrix-cell"
                            data-row={row.id}
                            data-col={col.id}
                            title={`${cell.direct} direct, ${cell.indirect} through one node; strength ${cell.strength}`}
                            onClick={() => update({ cell: { row: row.id, col: col.id } })}
                          >
                            {cell.count}
                          </button>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {links.status === 'loading' && <p className="muted">Loading the links…</p>}
      {links.status === 'error' && <p className="error">{links.message}</p>}
      {links.status === 'ready' && (
        <section className="av-cell-links" data-testid="matrix-cell-links">
          <h3>
            {refLabel(links.data.row, lang)} × {refLabel(links.data.col, lang)}: {links.data.cell.count}{' '}
            links, strength {links.data.cell.strength}
          </h3>
          <div className="av-controls">
            <button
              type="button"
              onClick={() => {
                const { row, col } = links.data;
                const vias = links.data.links.flatMap((l) => (l.via ? [l.via.id] : []));
                onShow([row.id, col.id, ...vias], {
                  highlight: [row.id, col.id, ...links.data.links.flatMap((l) => l.edges.map((e) => e.id))],
                });
              }}
            >
              Show on canvas
            </button>
            <a
              className="button"
              href={viewPaths.csv(viewPaths.cell(kind, links.data.row.id, links.data.col.id))}
              download
            >
              Export CSV
            </a>
          </div>
          <ol className="av-links">
            {links.data.links.map((link) => (
              <li key={link.edges.map((e) => e.id).join('+')} data-testid="matrix-link">
                <strong>
                  {link.via ? `through ${refLabel(link.via, lang)} (${link.via.kind})` : 'direct'}
                </strong>
                <EdgePassages edges={link.edges} onOpen={onOpen} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
