import { Fragment, useEffect, useRef, useState } from 'react';
import { NodePicker } from '../panels/NodePicker';
import { viewPaths, viewsApi } from './api';
import { EdgePassages } from './Passages';
import { refLabel, type ViewProps } from './types';
import { useLoad } from './useLoad';

/** The neighbours two or more nodes have in common, by kind, with the edges on each side. */
export function SharedView({ state, update, lang, onOpen, onShow, selected }: ViewProps) {
  const ids = state.shared;
  const key = ids.length >= 2 ? ids.join(',') : null;
  const shared = useLoad(key, (signal) => viewsApi.shared(ids, signal));
  const [open, setOpen] = useState<string | null>(null);
  const shown = useRef<string | null>(null);

  useEffect(() => {
    if (shared.status !== 'ready' || shown.current === key) return;
    shown.current = key;
    const common = shared.data.groups.flatMap((g) => g.neighbors);
    onShow([...ids, ...common.map((n) => n.node.id)], {
      highlight: [
        ...common.map((n) => n.node.id),
        ...common.flatMap((n) => n.links.flatMap((l) => l.edges.map((e) => e.id))),
      ],
    });
  }, [shared, key, ids, onShow]);

  const names = new Map(
    shared.status === 'ready' ? shared.data.nodes.map((n) => [n.id, refLabel(n, lang)]) : [],
  );

  return (
    <div className="av-view" data-testid="av-shared">
      <div className="av-controls">
        <NodePicker
          testId="shared-input"
          optionTestId="shared-option"
          label="Add a node to compare"
          placeholder="Add a node to compare…"
          lang={lang}
          onPick={(node) => update({ shared: [...new Set([...ids, node.id])].slice(0, 10) })}
        />
        {selected && !ids.includes(selected.id) && ids.length < 10 && (
          <button
            type="button"
            data-testid="shared-add-selected"
            onClick={() => update({ shared: [...ids, selected.id] })}
          >
            Add the selected node
          </button>
        )}
        {key && (
          <a className="button" href={viewPaths.csv(viewPaths.shared(ids))} download data-testid="av-csv">
            Export CSV
          </a>
        )}
      </div>
      <ul className="av-chips">
        {ids.map((id) => (
          <li key={id}>
            {names.get(id) ?? id}{' '}
            <button
              type="button"
              className="link"
              aria-label={`Remove ${id}`}
              onClick={() => update({ shared: ids.filter((x) => x !== id) })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {!key && <p className="muted">Add two or more nodes to see what they share.</p>}
      {shared.status === 'loading' && <p className="muted">Comparing…</p>}
      {shared.status === 'error' && <p className="error">{shared.message}</p>}
      {shared.status === 'ready' && shared.data.groups.length === 0 && (
        <p className="muted">No neighbour is linked to all of them.</p>
      )}
      {shared.status === 'ready' &&
        shared.data.groups.map((group) => (
          <table key={group.kind} className="av-table">
            <thead>
              <tr>
                <th>{group.kind}</th>
                {shared.data.nodes.map((n) => (
                  <th key={n.id}>{refLabel(n, lang)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {group.neighbors.map((n) => (
                <Fragment key={n.node.id}>
                  <tr data-testid="shared-neighbor">
                    <td>
                      <button
                        type="button"
                        className="link"
                        onClick={() => setOpen(open === n.node.id ? null : n.node.id)}
                      >
                        {refLabel(n.node, lang)}
                      </button>
                    </td>
                    {n.links.map((l) => (
                      <td key={l.from} className="av-edge-type">
                        {l.edges.map((e) => e.type).join(', ')}
                      </td>
                    ))}
                  </tr>
                  {open === n.node.id && (
                    <tr className="av-detail">
                      <td colSpan={n.links.length + 1}>
                        <EdgePassages edges={n.links.flatMap((l) => l.edges)} onOpen={onOpen} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        ))}
    </div>
  );
}
