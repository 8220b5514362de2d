import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { MemoryStore } from '../../graph/memory/index';
import { runGraphStoreContract } from './graph-store-contract';

runGraphStoreContract({ name: 'memory (no persistence)', createStore: async () => MemoryStore.inMemory() });

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

runGraphStoreContract({
  name: 'memory (persisted to a directory)',
  createStore: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-contract-'));
    dirs.push(dir);
    return MemoryStore.open({ dataDir: dir });
  },
});
