import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../graph/memory/index';
import { reportEn, reportKo } from '../fixtures/documents';
import { kg } from '../support/kg';

describe('kg stats and kg remove on the embedded store', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-cli-'));
    const store = await MemoryStore.open({ dataDir: dir });
    await store.load(reportKo());
    await store.load(reportEn());
    await store.close();
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the store counts as one JSON object with --json', async () => {
    const result = await kg('stats', '--json', '--data-dir', dir);
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(stats)).toEqual(['documents', 'nodes', 'edges', 'nodesByKind', 'edgesByType']);
    expect(stats).toMatchObject({
      documents: 2,
      nodesByKind: { Country: 3, Policy: 3 },
      edgesByType: { PART_OF: 4 },
    });
  });

  it('prints a readable table without --json', async () => {
    const result = await kg('stats', '--data-dir', dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^documents\s+2$/m);
    expect(result.stdout).toMatch(/^\s+MENTIONED_IN\s+\d+$/m);
  });

  it('removes a document and keeps the entities another document shares', async () => {
    const removed = await kg('remove', 'rpt-en', '--data-dir', dir);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('removed document rpt-en');
    const store = await MemoryStore.open({ dataDir: dir });
    try {
      expect((await store.documents()).map((d) => d.id)).toEqual(['rpt-ko']);
      expect((await store.node('policy:us-ira')).name).toBe('인플레이션 감축법');
    } finally {
      await store.close();
    }
  });

  it('fails with NOT_FOUND and removes nothing when one of the ids is not loaded', async () => {
    const result = await kg('remove', 'rpt-en', 'rpt-missing', '--data-dir', dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('NOT_FOUND');
    expect(result.stderr).toContain('rpt-missing');
    const stats = JSON.parse((await kg('stats', '--json', '--data-dir', dir)).stdout) as {
      documents: number;
    };
    expect(stats.documents).toBe(2);
  });

  it('rejects a missing document id and an unknown store with a usage error', async () => {
    const noId = await kg('remove', '--data-dir', dir);
    expect(noId.code).toBe(1);
    expect(noId.stderr).toContain('INVALID_INPUT');
    const badStore = await kg('stats', '--store', 'sqlite', '--data-dir', dir);
    expect(badStore.code).toBe(1);
    expect(badStore.stderr).toContain('--store');
  });

  it('reports an unknown option on one line as kg: INVALID_INPUT, naming the option', async () => {
    const result = await kg('stats', '--jsn', '--data-dir', dir);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^kg: INVALID_INPUT: .*'--jsn'/),
    ]);
  });
});
