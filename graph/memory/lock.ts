import fs, { type Stats } from 'node:fs';
import { mkdir, readdir, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { GraphError } from '../errors';

/*
 * One writer at a time per store directory, through proper-lockfile: the lock is the directory
 * `.store.lock`, created with mkdir, kept fresh by its holder (mtime touched every STALE_MS / 2) and
 * stale once its mtime is older than STALE_MS, which is how a killed holder's lock is recognised.
 *
 * proper-lockfile replaces a stale lock by rmdir then mkdir; two waiters that both saw it stale can
 * then both win (the later rmdir removes the earlier one's fresh lock). So the rmdir it calls is
 * routed through `takeOver`, which lets exactly one waiter remove a given stale lock: the waiters
 * race to create a claim named after that lock's inode and mtime, and the winner removes the lock
 * only if it is still that same stale one.
 */

export const LOCK_NAME = '.store.lock';
const CLAIM_PREFIX = `${LOCK_NAME}.takeover-`;
export const STALE_MS = 10_000;
const RETRIES = { retries: 250, factor: 1.2, minTimeout: 10, maxTimeout: 100, randomize: true };

/** Tells a task whether it still holds the lock; call it right before committing. */
export type AssertHeld = () => void;

/** Runs `task` holding the lock on `dir`, so processes sharing a directory never interleave writes. */
export async function withLock<T>(dir: string, task: (assertHeld: AssertHeld) => Promise<T>): Promise<T> {
  const lockPath = join(dir, LOCK_NAME);
  let held = false;
  let lost: Error | undefined;
  const lockFs = {
    ...fs,
    rmdir: (path: string, callback: (error: NodeJS.ErrnoException | null) => void) => {
      if (held || path !== lockPath) return fs.rmdir(path, callback);
      takeOver(lockPath).then(() => callback(null), callback);
    },
  };
  const release = await lockfile
    .lock(dir, {
      lockfilePath: lockPath,
      realpath: false,
      stale: STALE_MS,
      retries: RETRIES,
      fs: lockFs,
      onCompromised: (error) => {
        lost = error;
      },
    })
    .catch((error: NodeJS.ErrnoException) => {
      throw lockError(dir, lockPath, error);
    });
  held = true;
  try {
    await removeClaims(dir);
    return await task(() => {
      if (lost)
        throw new GraphError('UNAVAILABLE', `lost the lock on ${dir}: ${lost.message}`, { file: lockPath });
    });
  } finally {
    await release().catch(() => undefined);
  }
}

/** Removes the stale lock at `lockPath` if this process wins the claim on it; otherwise fails with ELOCKED. */
async function takeOver(lockPath: string): Promise<void> {
  const seen = await statIfExists(lockPath);
  if (!seen) return;
  if (!isStale(seen)) throw elocked(lockPath);
  if (!(await claim(`${CLAIM_PREFIX}${seen.ino}-${seen.mtimeMs}`, lockPath))) throw elocked(lockPath);
  const now = await statIfExists(lockPath);
  if (!now || now.ino !== seen.ino || now.mtimeMs !== seen.mtimeMs) throw elocked(lockPath);
  await rmdir(lockPath);
}

/**
 * Creates the first free `name-N` claim next to the lock. A claim that is itself stale belongs to a
 * waiter killed mid-takeover, so the next number is tried; a fresh one means another waiter is winning.
 */
async function claim(name: string, lockPath: string): Promise<boolean> {
  for (let n = 0; ; n++) {
    const path = join(lockPath, '..', `${name}-${n}`);
    try {
      await mkdir(path);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const existing = await statIfExists(path);
    if (existing && !isStale(existing)) return false;
  }
}

/** Claims of finished takeovers; only the lock holder removes them, when no takeover can be using one. */
async function removeClaims(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (name.startsWith(CLAIM_PREFIX)) await rmdir(join(dir, name)).catch(() => undefined);
  }
}

function isStale(stats: Stats): boolean {
  return stats.mtimeMs < Date.now() - STALE_MS;
}

async function statIfExists(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function elocked(lockPath: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${lockPath} is held`), { code: 'ELOCKED' });
}

function lockError(dir: string, lockPath: string, error: NodeJS.ErrnoException): GraphError {
  if (error.code === 'ELOCKED') {
    return new GraphError('UNAVAILABLE', `store ${dir} is locked by another process`, { file: lockPath });
  }
  return new GraphError(
    'IO_ERROR',
    `cannot lock ${dir}: ${error.message}`,
    { file: lockPath },
    { cause: error },
  );
}
