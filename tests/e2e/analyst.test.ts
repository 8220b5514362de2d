import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../graph/model';
import type {
  Centrality,
  Matrix,
  MatrixCellLinks,
  PolicyTrace,
  SharedLinks,
  Timeline,
} from '../../graph/views/index';
import { importFile } from '../../importer/index';
import { ROOT, type RunningApp, startApp } from './harness';
import { screenshot, waitForGraph, waitIdle } from './page';

const enc = encodeURIComponent;
let app: RunningApp;

beforeAll(async () => {
  // A second report whose tax credit targets both 반도체 and 이차전지: a policy the two industries share.
  const credit = await importFile(join(ROOT, 'tests/fixtures/reports/tax-credit-ko.txt'), {
    documentId: 'tax-credit-ko',
    title: '국가전략기술 세액공제 확대',
  });
  app = await startApp({ extra: [credit] });
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
    const response = trace.steps.find((s) => s.depth === 2)!;
    await page.waitForFunction((id) => (window.__cy?.getElementById(id).length ?? 0) > 0, target.node.id);
    await waitIdle(page);
    const x = (id: string) => page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).position().x, id);
    expect(await x(strongest.row)).toBeLessThan(await x(target.node.id));
    expect(await x(target.node.id)).toBeLessThan(await x(response.node.id));
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

  it('traces the IRA to what it targets and to the Korean strategies that respond to it, each with its passage', async () => {
    const ira = 'policy:us-ira';
    const trace = await app.json<PolicyTrace>(`/api/views/trace?policy=${enc(ira)}`);
    const targets = trace.steps.filter((s) => s.depth === 1);
    expect(targets.map((s) => `${s.edge.type} ${s.node.id}`)).toContain('TARGETS industry:secondary-battery');
    const responses = trace.steps.filter((s) => s.parent === ira && s.edge.type === 'RESPONDS_TO');
    expect(responses.length).toBeGreaterThan(0);
    for (const r of responses) expect(r.node.name).toMatch(/[가-힣]/);

    const { page, problems } = await app.open(`/#av=trace&p=${enc(ira)}`);
    await waitForGraph(page);
    await page.getByTestId('trace-step').first().waitFor();
    const targetRows = page.locator('[data-testid="trace-step"][data-depth="1"]');
    const shownTargets = await targetRows.allTextContents();
    expect(shownTargets).toHaveLength(targets.length);
    for (const [i, step] of targets.entries()) expect(shownTargets[i]).toContain(step.node.name);

    // The responses to the policy itself come first; the first opens its passage, then the report at it.
    const first = page.getByTestId('trace-step').first();
    expect(await first.textContent()).toContain(responses[0]!.node.name);
    expect(await first.getAttribute('data-depth')).toBe('2');
    await first.getByRole('button').click();
    const passage = page.getByTestId('av-trace').getByTestId('av-passage');
    await passage.first().waitFor();
    expect(await passage.locator('q').allTextContents()).toEqual(
      responses[0]!.edge.evidence.map((e) => e.quote),
    );
    await screenshot(page, 'analyst-trace-ira');
    await passage.first().getByTestId('av-open').click();
    await page.getByTestId('reader-view').waitFor();
    expect(await page.getByTestId('reader-highlight').textContent()).toBe(
      responses[0]!.edge.evidence[0]!.quote,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the materials and policies 이차전지 and 반도체 share and highlights them and their links on the canvas', async () => {
    const battery = 'industry:secondary-battery';
    const chips = 'industry:semiconductor';
    const shared = await app.json<SharedLinks>(`/api/views/shared?ids=${enc(battery)},${enc(chips)}`);
    const materials = shared.groups.find((g) => g.kind === 'Material')!.neighbors.map((n) => n.node.id);
    expect(materials).toEqual(expect.arrayContaining(['material:lithium', 'material:nickel']));
    const policies = shared.groups.find((g) => g.kind === 'Policy')!.neighbors.map((n) => n.node.id);
    expect(policies).toContain('policy:kr-national-strategic-technologies');
    const neighbors = shared.groups.flatMap((g) => g.neighbors);
    const links = neighbors.flatMap((n) => n.links.flatMap((l) => l.edges.map((e) => e.id)));

    const { page, problems } = await app.open('/#av=shared');
    await waitForGraph(page);
    for (const [text, id] of [
      ['이차전지', battery],
      ['반도체', chips],
    ] as const) {
      await page.getByTestId('shared-input').fill(text);
      await page.locator(`[data-testid="shared-option"][data-id="${id}"]`).click();
    }
    await page.getByTestId('shared-neighbor').first().waitFor();
    expect(page.url()).toContain(`s=${enc(battery)},${enc(chips)}`);
    expect(await page.getByTestId('shared-neighbor').count()).toBe(neighbors.length);
    await page.waitForFunction(
      (ids) => ids.every((id) => window.__cy?.getElementById(id).hasClass('path')),
      [...neighbors.map((n) => n.node.id), ...links],
    );
    await waitIdle(page);
    const marked = (id: string) =>
      page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).hasClass('path'), id);
    expect(await marked(battery)).toBe(false);

    // A shared material opens the passages of its links to both industries.
    const lithium = neighbors.find((n) => n.node.id === 'material:lithium')!;
    await page
      .getByTestId('shared-neighbor')
      .getByRole('button', { name: lithium.node.name, exact: true })
      .click();
    const quotes = lithium.links.flatMap((l) => l.edges.flatMap((e) => e.evidence.map((ev) => ev.quote)));
    await page.getByTestId('av-shared').getByTestId('av-passage').first().waitFor();
    expect(
      await page.getByTestId('av-shared').getByTestId('av-passage').locator('q').allTextContents(),
    ).toEqual(quotes);
    await screenshot(page, 'analyst-shared');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sizes the ranked nodes on the canvas by PageRank', async () => {
    const ranking = await app.json<Centrality>('/api/views/centrality?sort=pagerank&limit=100');
    const { page, problems } = await app.open('/#av=centrality');
    await waitForGraph(page);
    await page.getByTestId('centrality-table').waitFor();
    expect(await page.getByTestId('centrality-row').count()).toBe(ranking.rows.length);
    await page.getByTestId('centrality-show').click();
    const top = ranking.rows.slice(0, 30);
    await page.waitForFunction(
      (ids) => ids.every((id) => (window.__cy?.getElementById(id).length ?? 0) > 0),
      top.map((r) => r.node.id),
    );
    await waitIdle(page);
    const widths = await page.evaluate(
      (ids) => ids.map((id) => window.__cy!.getElementById(id).numericStyle('width')),
      top.map((r) => r.node.id),
    );
    const max = ranking.rows[0]!.pagerank;
    for (const [i, row] of top.entries()) expect(widths[i]).toBeCloseTo(24 + 76 * (row.pagerank / max), 1);
    expect(widths[0]!).toBeGreaterThan(widths.at(-1)!);
    await screenshot(page, 'analyst-centrality');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('puts policies, figures and roadmap items on a time axis, and an event opens its passages', async () => {
    const result = await app.json<Timeline>('/api/views/timeline?kinds=Policy,Figure,RoadmapItem');
    const { page, problems } = await app.open('/#av=timeline');
    await waitForGraph(page);
    await page.getByTestId('timeline-event').first().waitFor();
    expect(await page.getByTestId('timeline-event').count()).toBe(result.events.length);
    // The panel asks /api/health which store the server has; on the embedded one the Cypher tab stays away.
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === '/api/health'),
    );
    const ira = result.events.find((e) => e.node.id === 'policy:us-ira')!;
    expect(ira.year).toBe(2022);
    await page.getByTestId('av-timeline').getByRole('button', { name: ira.node.name, exact: true }).click();
    const { evidence } = await app.json<{ evidence: Evidence[] }>(`/api/nodes/${enc(ira.node.id)}/evidence`);
    await page.getByTestId('av-timeline').getByTestId('av-passage').first().waitFor();
    expect(await page.getByTestId('av-timeline').getByTestId('av-passage').count()).toBe(evidence.length);
    expect(await page.getByTestId('av-tab-cypher').count()).toBe(0);
    await screenshot(page, 'analyst-timeline');
    expect(problems).toEqual([]);
    await page.close();
  });
});
