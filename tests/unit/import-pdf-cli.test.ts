import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { GraphDocument } from '../../graph/model';
import { makePdf, REPORT } from '../fixtures/pdf';

const run = promisify(execFile);
const KG = join(import.meta.dirname, '../../bin/kg.js');
const dir = mkdtempSync(join(tmpdir(), 'kg-import-pdf-'));

async function kg(args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [KG, ...args], { timeout: 90_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('kg import of PDF files', () => {
  it('imports a PDF report and writes its extracted text with pages on the evidence', async () => {
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, await makePdf(REPORT));
    const out = join(dir, 'report.json');
    const result = await kg(['import', pdf, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/document report: \d+ nodes/);
    const graph = GraphDocument.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.text).toContain('EU는 핵심원자재법(CRMA)을 통해 리튬과 니켈 공급망을 확보한다.');
    expect(graph.nodes.flatMap((n) => n.mentions).some((m) => m.page === 2)).toBe(true);
  }, 120_000);

  it('prints ENCRYPTED_PDF for a password-protected PDF and NO_TEXT_LAYER for a scan', async () => {
    const locked = join(dir, 'locked.pdf');
    writeFileSync(locked, await makePdf(REPORT, { userPassword: 'secret' }));
    const scan = join(dir, 'scan.pdf');
    writeFileSync(scan, await makePdf(REPORT, { noTextLayer: true }));
    const a = await kg(['import', locked, '--out', join(dir, 'a.json')]);
    expect(a.code).not.toBe(0);
    expect(a.stderr).toMatch(/^kg: ENCRYPTED_PDF: .*locked\.pdf: the PDF is encrypted/);
    const b = await kg(['import', scan, '--out', join(dir, 'b.json')]);
    expect(b.code).not.toBe(0);
    expect(b.stderr).toMatch(/^kg: NO_TEXT_LAYER: .*scan\.pdf: the PDF has no text layer/);
  }, 120_000);
});
