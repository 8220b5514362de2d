import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence, Node } from '../../graph/model';
import { makePdf, REPORT, REPORT_TITLE } from '../fixtures/pdf';
import { type RunningApp, startApp } from './harness';
import { pick, screenshot, waitForGraph, waitIdle } from './page';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

describe('importing a report from the page', () => {
  it('takes a dropped PDF through every stage, browses the new report at once and removes it again', async () => {
    const { page, problems } = await app.open('/');
    await waitForGraph(page);
    const pdf = Buffer.from(await makePdf(REPORT)).toString('base64');

    // A real drop: a DataTransfer holding the file, dropped on the drop zone.
    const dataTransfer = await page.evaluateHandle((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'report.pdf', { type: 'application/pdf' }));
      return transfer;
    }, pdf);
    await page.dispatchEvent('[data-testid="drop-zone"]', 'dragover', { dataTransfer });
    await page.dispatchEvent('[data-testid="drop-zone"]', 'drop', { dataTransfer });

    await page.waitForSelector('[data-testid="import-job"][data-done="true"]', { timeout: 60_000 });
    for (const stage of ['upload', 'extract', 'analyse', 'store'])
      expect(await page.getByTestId(`stage-${stage}`).getAttribute('data-state')).toBe('done');
    expect(await page.getByTestId('stage-extract').textContent()).toMatch(/2 pages, 3\d\d characters/);
    expect(await page.getByTestId('stage-analyse').textContent()).toMatch(/\d+ nodes, \d+ links/);

    // The report is listed and its document node is on the canvas, without a reload.
    await page.waitForSelector('[data-testid="report-item"][data-document="report"]');
    expect(await page.locator('[data-testid="report-item"][data-document="report"]').textContent()).toContain(
      REPORT_TITLE,
    );
    await waitForGraph(page);
    await waitIdle(page);
    expect(await page.evaluate(() => window.__cy?.getElementById('report').nonempty())).toBe(true);

    // A name only the new report states, with its evidence on page 2 of the PDF.
    const { hits } = await app.json<{ hits: { node: Node }[] }>(
      `/api/search?q=${encodeURIComponent('핵심원자재법')}&limit=1`,
    );
    const crma = hits[0]!.node;
    await pick(page, 'search-input', '핵심원자재법', crma.id);
    await waitIdle(page);
    const item = page.locator('[data-testid="evidence-item"]', {
      has: page.locator('[data-testid="evidence-quote"][data-document="report"]'),
    });
    await item.first().waitFor();
    expect(await item.first().getByTestId('evidence-page').textContent()).toContain('p. 2');
    await item.first().getByTestId('evidence-open').click();
    await page.getByTestId('reader-view').waitFor();
    expect(await page.getByTestId('reader-page').textContent()).toBe('page 2');
    const { evidence } = await app.json<{ evidence: Evidence[] }>(
      `/api/nodes/${encodeURIComponent(crma.id)}/evidence`,
    );
    const quote = evidence.find((e) => e.documentId === 'report')!.quote;
    await page.waitForFunction(
      (q) => document.querySelector('[data-testid="reader-highlight"]')?.textContent === q,
      quote,
    );
    await screenshot(page, 'import-pdf-reader');
    await page.getByTestId('reader-close').click();

    // Removing it from the page: the store and the list lose it.
    page.once('dialog', (dialog) => void dialog.accept());
    await page
      .locator('[data-testid="report-item"][data-document="report"]')
      .getByTestId('report-remove')
      .click();
    await page.waitForSelector('[data-testid="report-item"][data-document="report"]', { state: 'detached' });
    const { documents } = await app.json<{ documents: { id: string }[] }>('/api/documents');
    expect(documents.map((d) => d.id)).toEqual([app.docs[0]!.document.id]);
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('importing on a server with a token', () => {
  let locked: RunningApp;

  beforeAll(async () => {
    locked = await startApp({ token: 'e2e-token-42' });
  });

  afterAll(async () => {
    await locked?.close();
  });

  it('asks for the token when the server answers 401, then imports the chosen file with it', async () => {
    const { page, problems } = await locked.open('/');
    await waitForGraph(page);
    const file = {
      name: 'notes.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('# 배터리 정책\n\n- EU의 *핵심원자재법*은 리튬 공급망을 확보한다.\n'),
    };
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('token-form').waitFor();
    expect(await page.getByTestId('import-error').textContent()).toMatch(/^UNAUTHORIZED/);
    await page.getByTestId('token-input').fill('e2e-token-42');
    await page.getByTestId('token-form').getByRole('button').click();
    await page.waitForSelector('[data-testid="import-job"][data-done="true"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="report-item"][data-document="notes"]');
    expect(await locked.text('/api/documents/notes/text')).toBe(
      '# 배터리 정책\n\n- EU의 핵심원자재법은 리튬 공급망을 확보한다.\n',
    );
    // The browser's own 401 for the first try is the only console line.
    expect(problems.filter((p) => !/401/.test(p))).toEqual([]);
  }, 120_000);
});
