import { Fragment, useEffect, useRef, useState } from 'react';
import type { TraceStep } from '../../../graph/views/tracer';
import { KIND_STYLE } from '../graph/palette';
import { NodePicker } from '../panels/NodePicker';
import { viewPaths, viewsApi } from './api';
import { EdgePassages } from './Passages';
import { refLabel, type ViewProps } from './types';
import { useLoad } from './useLoad';

const COLUMN_GAP = 260;
const LAYER_GAP = 420;
const ROW_GAP = 70;
/** A layer taller than this wraps into several columns, so a wide trace still fits a short canvas. */
const ROWS_PER_COLUMN = 10;

/** Layered positions, left to right: the policy, then its targets, then the responses (wrapped in columns). */
export function layeredPositions(
  policy: string,
  steps: readonly TraceStep[],
): Map<string, { x: number; y: number }> {
  const layers: string[][] = [[policy], [], []];
  const placed = new Set([policy]);
  for (const step of steps) {
    if (placed.has(step.node.id)) continue;
    placed.add(step.node.id);
    layers[step.depth]!.push(step.node.id);
  }
  const positions = new Map<string, { x: number; y: number }>();
  let x = 0;
  for (const ids of layers) {
    if (ids.length === 0) continue;
    const rows = Math.min(ROWS_PER_COLUMN, ids.length);
    ids.forEach((id, i) => {
      const column = Math.floor(i / ROWS_PER_COLUMN);
      positions.set(id, {
        x: x + column * COLUMN_GAP,
        y: ((i % ROWS_PER_COLUMN) - (rows - 1) / 2) * ROW_GAP,
      });
    });
    x += (Math.ceil(ids.length / ROWS_PER_COLUMN) - 1) * COLUMN_GAP + LAYER_GAP;
  }
  return positions;
}

/** Policy → what it targets and affects → the strategies, implications and roadmap items that respond. */
export function TracerView({ state, update, lang, onOpen, onShow, selected }: ViewProps) {
  const policy = state.policy;
  const trace = useLoad(policy, (signal) => viewsApi.trace(policy!, signal));
  const [open, setOpen] = useState<string | null>(null);
  const shown = useRef<string | null>(null);

  useEffect(() => {
    if (trace.status !== 'ready' || shown.current === trace.data.policy.id) return;
    shown.current = trace.data.policy.id;
    const { policy: root, steps } = trace.data;
    const ids = [root.id, ...steps.map((s) => s.node.id)];
    onShow([...new Set(ids)], {
      positions: layeredPositions(root.id, steps),
      highlight: [root.id, ...steps.map((s) => s.edge.id)],
    });
  }, [trace, onShow]);

  const row = (step: TraceStep, indent: number) => {
    const key = `${step.parent}|${step.edge.id}`;
    return (
      <Fragment key={key}>
        <tr data-testid="trace-step" data-depth={step.depth} className={open === key ? 'open' : ''}>
          <td style={{ paddingLeft: `${indent * 1.2 + 0.3}rem` }}>
            <button type="button" className="link" onClick={() => setOpen(open === key ? null : key)}>
              <span className="av-kind" style={{ background: KIND_STYLE[step.node.kind].color }}>
                {step.node.kind}
              </span>{' '}
              {refLabel(step.node, lang)}
            </button>
          </td>
          <td className="av-edge-type">{step.edge.type}</td>
          <td className="num">{step.edge.evidence.length}</td>
        </tr>
        {open === key && (
          <tr className="av-detail">
            <td colSpan={3}>
              <EdgePassages edges={[step.edge]} onOpen={onOpen} />
            </td>
          </tr>
        )}
      </Fragment>
    );
  };

  return (
    <div className="av-view" data-testid="av-trace">
      <div className="av-controls">
        <NodePicker
          testId="trace-policy-input"
          optionTestId="trace-policy-option"
          label="Policy to trace"
          placeholder="Trace a policy (IRA, CHIPS…)"
          lang={lang}
          onPick={(node) => update({ policy: node.id })}
        />
        {selected?.kind === 'Policy' && selected.id !== policy && (
          <button type="button" data-testid="trace-selected" onClick={() => update({ policy: selected.id })}>
            Trace the selected policy
          </button>
        )}
        {policy && (
          <a className="button" href={viewPaths.csv(viewPaths.trace(policy))} download data-testid="av-csv">
            Export CSV
          </a>
        )}
      </div>
      {!policy && <p className="muted">Pick a policy, or click a policy row in the exposure matrix.</p>}
      {trace.status === 'loading' && <p className="muted">Tracing…</p>}
      {trace.status === 'error' && <p className="error">{trace.message}</p>}
      {trace.status === 'ready' && (
        <table className="av-table av-tree">
          <thead>
            <tr>
              <th>{refLabel(trace.data.policy, lang)}</th>
              <th>link</th>
              <th className="num">passages</th>
            </tr>
          </thead>
          <tbody>
            {trace.data.steps.length === 0 && (
              <tr>
                <td colSpan={3} className="muted">
                  The reports state no target of this policy.
                </td>
              </tr>
            )}
            {trace.data.steps
              .filter((s) => s.depth === 2 && s.parent === trace.data.policy.id)
              .map((s) => row(s, 1))}
            {trace.data.steps
              .filter((s) => s.depth === 1)
              .map((target, i, targets) => (
                <Fragment key={target.edge.id}>
                  {row(target, 1)}
                  {/* A node the policy reaches by two links (IMPOSES and TARGETS steel) lists what responds to it once. */}
                  {targets.findIndex((t) => t.node.id === target.node.id) === i &&
                    trace.data.steps
                      .filter((s) => s.depth === 2 && s.parent === target.node.id)
                      .map((s) => row(s, 2))}
                </Fragment>
              ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
