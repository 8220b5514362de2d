import { mkdir, mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_NAME, STALE_MS, withLock } from '../../graph/memory/lock';

const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-lock-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A lock directory whose holder stopped refreshing it long enough ago to count as stale. */
async function staleLock(dir: string): Promise<void> {
  await mkdir(join(dir, LOCK_NAME));
  const past = new Date(Date.now() - 6 * STALE_MS);
  await utimes(join(dir, LOCK_NAME), past, past);
}

/** Runs `count` tasks through the lock at once and returns the most that ever ran together. */
async function maxConcurrency(dir: string, count: number): Promise<{ max: number; done: number }> {
  let active = 0;
  let max = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: count }, () =>
      withLock(dir, async () => {
        active++;
        max = Math.max(max, active);
        await new Promise((resolve) => setTimeout(resolve, 5));
        active--;
        done++;
      }),
    ),
  );
  return { max, done };
}

describe('store directory lock', () => {
  it('runs one holder at a time when many waiters find the same stale lock', async () => {
    for (let round = 0; round < 10; round++) {
      const dir = await tempDir();
      await staleLock(dir);
      expect(await maxConcurrency(dir, 8)).toEqual({ max: 1, done: 8 });
      expect(await readdir(dir)).toEqual([]);
    }
  });

  it('runs queued holders one after another on a directory without a lock', async () => {
    const dir = await tempDir();
    expect(await maxConcurrency(dir, 6)).toEqual({ max: 1, done: 6 });
  });

  it('keeps a waiter out while a live holder refreshes its lock', async () => {
    const dir = await tempDir();
    const order: string[] = [];
    let second: Promise<void> | undefined;
    await withLock(dir, async () => {
      order.push('first in');
      second = withLock(dir, async () => {
        order.push('second in');
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      order.push('first out');
    });
    await second;
    expect(order).toEqual(['first in', 'first out', 'second in']);
  });
});
