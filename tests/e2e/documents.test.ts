import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../graph/model';
import { importFile } from '../../importer/index';
import { ROOT, type RunningApp, startApp } from './harness';
import { canvasNodeIds, screenshot, visibleNodeIds, waitForGraph, waitIdle } from './page';

const enc = encodeURIComponent;
let app: RunningApp;
let brief: GraphDocument;

beforeAll(async () => {
  brief = await importFile(join(ROOT, 'tests/fixtures/reports/structure-en.md'), {
    documentId: 'brief-en',
    title: 'Trade policy brief',
  });
  app = await startApp({ extra: [brief] });
}, 180_000);

afterAll(async () => {
  await app?.close();
});

describe('two reports in the explorer', () => {
  it('names the reports a node comes from and hides what only one report holds with the document filter', async () => {
    const ira = 'policy:us-ira';
    const briefOnly = brief.nodes
      .filter((n) => n.kind !== 'Document' && n.kind !== 'Section')
      .map((n) => n.id)
      .filter((id) => !app.docs[0]!.nodes.some((m) => m.id === id));
    expect(brief.nodes.map((n) => n.id)).toContain(ira);
    expect(briefOnly.length).toBeGreaterThan(0);
    const ids = [ira, ...briefOnly];
    const { page, problems } = await app.open(`/?n=${ids.map(enc).join(',')}&sel=${enc(ira)}`);
    await waitForGraph(page, ids.length);
    await waitIdle(page);

    const sources = page.getByTestId('details-documents').locator('[data-document]');
    await expect
      .poll(() => sources.evaluateAll((els) => els.map((e) => e.getAttribute('data-document')).sort()))
      .toEqual([app.docs[0]!.document.id, 'brief-en'].sort());

    await page.getByTestId('more-menu').locator('summary').click();
    const toggles = page.getByTestId('document-toggle');
    expect(await toggles.count()).toBe(2);
    await page.locator('[data-testid="document-toggle"][data-document="brief-en"]').uncheck();
    await expect.poll(() => visibleNodeIds(page)).toEqual([ira]);
    expect(await canvasNodeIds(page)).toEqual([...ids].sort());
    expect(page.url()).toContain('fd=brief-en');
    await screenshot(page, 'document-filter');
    await page.locator('[data-testid="document-toggle"][data-document="brief-en"]').check();
    await expect.poll(() => visibleNodeIds(page)).toEqual([...ids].sort());
    expect(problems).toEqual([]);
  });
});
