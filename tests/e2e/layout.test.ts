import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB_ID, hubDocument } from '../fixtures/hub';
import { type RunningApp, startApp } from './harness';
import { canvasNodeIds, screenshot, waitForGraph, waitIdle, watchFirstFrame } from './page';

const enc = encodeURIComponent;
const NEIGHBOURS = 101;
type Positions = Record<string, { x: number; y: number }>;

let app: RunningApp;

/**
 * Runs in every page before the app: counts the web workers it starts by name and keeps the node
 * positions of Cytoscape's first drawing with nodes.
 */
const WATCH = `(() => {
  window.__workers = [];
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      window.__workers.push(options && options.name ? options.name : '');
    }
  };
})();${watchFirstFrame('__firstFrame')}`;

function positions(page: Page): Promise<Positions> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.__cy!.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  });
}

/** The ids whose position moved more than half a model unit between two snapshots. */
function moved(before: Positions, after: Positions): string[] {
  return Object.keys(before).filter((id) => {
    const a = before[id]!;
    const b = after[id];
    return !b || Math.abs(a.x - b.x) > 0.5 || Math.abs(a.y - b.y) > 0.5;
  });
}

/** The smallest distance between the centres of two of the nodes. */
function closest(all: Positions): number {
  const points = Object.values(all);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      best = Math.min(best, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    }
  }
  return best;
}

async function openHub(): Promise<Awaited<ReturnType<RunningApp['open']>>> {
  const opened = await app.open(`/?n=${enc(HUB_ID)}&sel=${enc(HUB_ID)}`);
  await waitForGraph(opened.page, 1);
  await waitIdle(opened.page);
  await opened.page.getByTestId('expand').click();
  await waitForGraph(opened.page, 13);
  await waitIdle(opened.page);
  return opened;
}

beforeAll(async () => {
  app = await startApp({ extra: [hubDocument(NEIGHBOURS)] });
  await app.context.addInitScript(WATCH);
}, 180_000);

afterAll(async () => {
  await app?.close();
});

describe('the force layout in the explorer', () => {
  it('lays the first view out in a web worker and draws it only once every node has its place', async () => {
    const { page, problems } = await app.open('/');
    await waitForGraph(page);
    await waitIdle(page);
    expect(await page.evaluate(() => (window as unknown as { __workers: string[] }).__workers)).toContain(
      'layout',
    );
    const first = await page.evaluate(() => (window as unknown as { __firstFrame?: Positions }).__firstFrame);
    expect(first).toBeDefined();
    const now = await positions(page);
    expect(Object.keys(first!).sort()).toEqual(Object.keys(now).sort());
    expect(moved(first!, now)).toEqual([]);
    expect(closest(now)).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('keeps every node already placed where it was when a node is expanded further, and places the new ones apart', async () => {
    const { page, problems } = await openHub();
    const before = await positions(page);
    expect(Object.keys(before)).toHaveLength(13);
    await page.getByTestId('expand-more').click();
    await waitForGraph(page, 25);
    await waitIdle(page);
    const after = await positions(page);
    expect(Object.keys(after)).toHaveLength(25);
    expect(moved(before, after)).toEqual([]);
    expect(closest(after)).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('puts every remaining neighbour on the canvas with "All", each at its own place, without moving the first page', async () => {
    const { page, problems } = await openHub();
    const before = await positions(page);
    await expect.poll(() => page.getByTestId('expand-all').textContent()).toBe(`All ${NEIGHBOURS - 12}`);
    await page.getByTestId('expand-all').click();
    await waitForGraph(page, NEIGHBOURS + 1);
    await waitIdle(page);
    const after = await positions(page);
    expect(Object.keys(after)).toHaveLength(NEIGHBOURS + 1);
    expect(moved(before, after)).toEqual([]);
    expect(closest(after)).toBeGreaterThan(10);
    expect(await page.getByTestId('expand-more').count()).toBe(0);
    expect(await page.getByTestId('expand-all').count()).toBe(0);
    // The whole neighbourhood is in view.
    const outside = await page.evaluate(() => {
      const cy = window.__cy!;
      const ext = cy.extent();
      return cy
        .nodes()
        .filter((n) => {
          const p = n.position();
          return p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2;
        })
        .map((n) => n.id());
    });
    expect(outside).toEqual([]);
    await screenshot(page, 'expand-all-101');
    expect(problems).toEqual([]);
  });

  it('moves every node but a pinned one when the view is laid out again', async () => {
    const { page, problems } = await openHub();
    await page.getByTestId('pin').click();
    await waitIdle(page);
    const before = await positions(page);
    await page.getByTestId('relayout').click();
    await expect.poll(async () => moved(before, await positions(page)).length).toBeGreaterThan(0);
    await waitIdle(page);
    const after = await positions(page);
    expect(moved(before, after)).not.toContain(HUB_ID);
    expect(moved(before, after).length).toBeGreaterThan(0);
    expect(await canvasNodeIds(page)).toHaveLength(13);
    expect(problems).toEqual([]);
  });
});
