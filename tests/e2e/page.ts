import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './harness';

/** Waits until Cytoscape holds at least `min` nodes, no fetch is in flight and no viewport animation runs. */
export async function waitForGraph(page: Page, min = 1): Promise<void> {
  await page.waitForFunction(
    (n) =>
      (window.__cy?.nodes().length ?? 0) >= n &&
      !window.__cy?.animated() &&
      document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-busy') === 'false' &&
      !document.querySelector('[data-testid="graph-canvas"]')?.hasAttribute('data-placing'),
    min,
    { timeout: 15_000 },
  );
}

export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !window.__cy?.animated() &&
      document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-busy') === 'false' &&
      !document.querySelector('[data-testid="graph-canvas"]')?.hasAttribute('data-placing'),
    null,
    { timeout: 15_000 },
  );
}

export function canvasNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__cy?.nodes() ?? []).map((n) => n.id()).sort());
}

export function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__cy?.nodes(':visible') ?? []).map((n) => n.id()).sort());
}

/** Ids of elements carrying the selection class. */
export function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__cy?.elements('.sel') ?? []).map((e) => e.id()));
}

/** Types into a search box and clicks the suggestion for `id`. */
export async function pick(page: Page, input: string, text: string, id: string): Promise<void> {
  const box = page.getByTestId(input);
  await box.fill(text);
  const option = input === 'search-input' ? 'search-option' : `${input}-option`;
  await page
    .locator(`[data-testid="${option}"][data-id="${id.replace(/["\\]/g, '\\$&')}"]`)
    .click({ timeout: 10_000 });
}

/**
 * Viewport coordinates of a Cytoscape element: an edge's midpoint, or a point just off a node's centre
 * (Cytoscape's polygon hit test misses points exactly below a vertex, such as a diamond's centre).
 */
export async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((elementId) => {
    const cy = window.__cy;
    const el = cy?.getElementById(elementId);
    if (!cy || !el || el.empty()) return null;
    const p = el.isNode() ? el.renderedPosition() : cy.edges().getElementById(elementId).renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    const nudge = el.isNode() ? 3 : 0;
    return { x: box.left + p.x + nudge, y: box.top + p.y + nudge };
  }, id);
  if (!point) throw new Error(`element ${id} is not on the canvas`);
  return point;
}

/** The first of `ids` whose click point no other node's box covers, so a click there selects it alone. */
export async function unobscuredNode(page: Page, ids: readonly string[]): Promise<string> {
  const id = await page.evaluate((candidates) => {
    const cy = window.__cy;
    if (!cy) return null;
    return (
      candidates.find((candidate) => {
        const p = cy.getElementById(candidate).renderedPosition();
        const x = p.x + 3;
        const y = p.y + 3;
        return cy
          .nodes()
          .filter((other) => other.id() !== candidate)
          .every((other) => {
            const b = other.renderedBoundingBox({ includeLabels: false });
            return x < b.x1 || x > b.x2 || y < b.y1 || y > b.y2;
          });
      }) ?? null
    );
  }, ids);
  if (!id) throw new Error(`every one of ${ids.length} nodes lies under another node`);
  return id;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * A script to run in a page before the app: keeps, in `window[global]`, the node positions of Cytoscape's
 * first drawing with nodes, so a test or bench can tell whether that frame showed the graph as laid out.
 */
export function watchFirstFrame(global: string): string {
  return `(() => {
  let cy;
  Object.defineProperty(window, '__cy', {
    configurable: true,
    get: () => cy,
    set: (instance) => {
      cy = instance;
      if (!instance) return;
      instance.on('render', function first() {
        if (instance.nodes().empty()) return;
        instance.off('render', first);
        const positions = {};
        instance.nodes().forEach((n) => { positions[n.id()] = { ...n.position() }; });
        window[${JSON.stringify(global)}] = positions;
      });
    },
  });
})();`;
}
