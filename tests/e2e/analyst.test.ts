import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../graph/model';
import type { Matrix, MatrixCellLinks, PolicyTrace } from '../../graph/views/index';
import { type RunningApp, startApp } from './harness';
import { screenshot, waitForGraph, waitIdle } from './page';

const enc = encodeURIComponent;
let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('analyst views in the browser', () => {
  it('opens a policy × industry cell, reads a passage in the report, then traces the policy in layers', async () => {
    const matrix = await app.json<Matrix>('/api/views/matrix?kind=policy-industry');
    const strongest = [...matrix.cells].sort((a, b) => b.strength - a.strength || b.count - a.count)[0]!;
    const expected = await app.json<MatrixCellLinks>(
      `/api/views/matrix/cell?kind=policy-industry&row=${enc(strongest.row)}&col=${enc(strongest.col)}`,
    );

    const { page, problems } = await app.open('/#av=matrix');
    await waitForGraph(page);
    await page.getByTestId('matrix-table').waitFor();
    await page
      .locator(`[data-testid="matrix-cell"][data-row="${strongest.row}"][data-col="${strongest.col}"]`)
      .click();
    const links = page.getByTestId('matrix-link');
    await links.first().waitFor();
    expect(await links.count()).toBe(expected.links.length);
    expect(page.url()).toContain(`r=${enc(strongest.row)}`);

    // The first passage of the cell opens the report, highlighted at the passage.
    const first: Evidence = expected.links[0]!.edges[0]!.evidence[0]!;
    await page.getByTestId('matrix-cell-links').getByTestId('av-open').first().click();
    await page.getByTestId('reader-view').waitFor();
    expect(await page.getByTestId('reader-highlight').textContent()).toBe(first.quote);
    await screenshot(page, 'analyst-matrix-cell');
    await page.getByTestId('reader-close').click();

    // The policy row opens the impact tracer; its nodes go on the canvas in layers.
    const trace = await app.json<PolicyTrace>(`/api/views/trace?policy=${enc(strongest.row)}`);
    await page
      .getByRole('rowheader')
      .filter({ hasText: matrix.rows.find((r) => r.id === strongest.row)!.name })
      .getByRole('button')
      .click();
    await page.getByTestId('av-trace').waitFor();
    await page.getByTestId('trace-step').first().waitFor();
    expect(await page.getByTestId('trace-step').count()).toBe(trace.steps.length);
    expect(page.url()).toContain(`av=trace&p=${enc(strongest.row)}`);
    const target = trace.steps.find((s) => s.depth === 1)!;
    const response = trace.steps.find((s) => s.depth === 2);
    await page.waitForFunction((id) => (window.__cy?.getElementById(id).length ?? 0) > 0, target.node.id);
    await waitIdle(page);
    const x = (id: string) => page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).position().x, id);
    expect(await x(strongest.row)).toBeLessThan(await x(target.node.id));
    if (response) expect(await x(target.node.id)).toBeLessThan(await x(response.node.id));
    const highlighted = await page.evaluate(
      (id) => window.__cy!.getElementById(id).hasClass('path'),
      strongest.row,
    );
    expect(highlighted).toBe(true);

    // A step opens its passage.
    await page.getByTestId('trace-step').first().getByRole('button').click();
    await page.getByTestId('av-trace').getByTestId('av-passage').first().waitFor();
    await screenshot(page, 'analyst-tracer');
    expect(problems).toEqual([]);
    await page.close();
  });
});
