import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { GraphError } from '../errors';
import type { GraphDocument } from '../model';
import { validateGraphDocument } from '../validate';

/*
 * Layout of a store directory:
 *   manifest.json        which document file holds each document, in load order
 *   documents/N-ID.json  one GraphDocument per file; a new version gets a new N, never overwrites
 *   .lock                pid of the process changing the directory
 *   .tmp-PID-*           a write in progress (or left by a killed process)
 * Every file is written to a temp file, fsynced and renamed, and the manifest is swapped only after
 * the document file is complete, so a killed writer leaves the previous manifest and its files intact.
 */

const Manifest = z.object({
  format: z.literal('policy-graph-store'),
  version: z.literal(1),
  nextFile: z.number().int().nonnegative(),
  documents: z.array(z.object({ id: z.string().min(1), file: z.string().regex(/^[^/\\]+\.json$/) })),
});
type Manifest = z.infer<typeof Manifest>;

const EMPTY_MANIFEST: Manifest = { format: 'policy-graph-store', version: 1, nextFile: 0, documents: [] };
const TEMP_PREFIX = '.tmp-';
const LOCK_WAIT_MS = 30_000;

export class DiskStore {
  private readonly manifestPath: string;
  private readonly documentsDir: string;
  private readonly lockPath: string;

  private constructor(readonly dir: string) {
    this.manifestPath = join(dir, 'manifest.json');
    this.documentsDir = join(dir, 'documents');
    this.lockPath = join(dir, '.lock');
  }

  /** Opens (creating if needed) a store directory and reads every document it lists. */
  static async open(dir: string): Promise<{ disk: DiskStore; documents: GraphDocument[] }> {
    const disk = new DiskStore(dir);
    try {
      await mkdir(disk.documentsDir, { recursive: true });
    } catch (error) {
      throw ioError(`cannot create store directory ${dir}`, dir, error);
    }
    const documents = await disk.locked(async () => {
      const manifest = await disk.readManifest();
      const docs: GraphDocument[] = [];
      for (const entry of manifest.documents) docs.push(await disk.readDocument(entry.file));
      await disk.removeLeftovers(manifest);
      return docs;
    });
    return { disk, documents };
  }

  async save(doc: GraphDocument): Promise<void> {
    await this.locked(async () => {
      const manifest = await this.readManifest();
      const id = doc.document.id;
      const file = `${manifest.nextFile}-${id}.json`;
      await writeAtomic(join(this.documentsDir, file), JSON.stringify(doc));
      const previous = manifest.documents.find((d) => d.id === id);
      const documents = previous
        ? manifest.documents.map((d) => (d.id === id ? { id, file } : d))
        : [...manifest.documents, { id, file }];
      await this.writeManifest({ ...manifest, nextFile: manifest.nextFile + 1, documents });
      if (previous) await rm(join(this.documentsDir, previous.file), { force: true });
    });
  }

  async remove(documentId: string): Promise<void> {
    await this.locked(async () => {
      const manifest = await this.readManifest();
      const previous = manifest.documents.find((d) => d.id === documentId);
      if (!previous) return;
      await this.writeManifest({ ...manifest, documents: manifest.documents.filter((d) => d !== previous) });
      await rm(join(this.documentsDir, previous.file), { force: true });
    });
  }

  private async readManifest(): Promise<Manifest> {
    let raw: string;
    try {
      raw = await readFile(this.manifestPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_MANIFEST;
      throw ioError(`cannot read ${this.manifestPath}`, this.manifestPath, error);
    }
    const parsed = Manifest.safeParse(parseJson(raw, this.manifestPath));
    if (!parsed.success) {
      throw ioError(
        `${this.manifestPath} is not a store manifest: ${parsed.error.issues[0]?.message}`,
        this.manifestPath,
      );
    }
    return parsed.data;
  }

  private async writeManifest(manifest: Manifest): Promise<void> {
    await writeAtomic(this.manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  }

  private async readDocument(file: string): Promise<GraphDocument> {
    const path = join(this.documentsDir, file);
    let raw: string;
    try {
      raw = await readFile(path, 'utf8');
    } catch (error) {
      throw ioError(`store manifest lists ${path}, which cannot be read`, path, error);
    }
    try {
      return validateGraphDocument(parseJson(raw, path));
    } catch (error) {
      if (error instanceof GraphError && error.code === 'IO_ERROR') throw error;
      throw ioError(`${path}: ${error instanceof Error ? error.message : String(error)}`, path, error);
    }
  }

  /** Deletes temp files of dead processes and document files no manifest entry points to. */
  private async removeLeftovers(manifest: Manifest): Promise<void> {
    const listed = new Set(manifest.documents.map((d) => d.file));
    for (const dir of [this.dir, this.documentsDir]) {
      for (const name of await readdir(dir)) {
        const stale = name.startsWith(TEMP_PREFIX)
          ? !isAlive(Number(name.slice(TEMP_PREFIX.length).split('-')[0]))
          : dir === this.documentsDir && name.endsWith('.json') && !listed.has(name);
        if (stale) await rm(join(dir, name), { force: true });
      }
    }
  }

  /** Runs `task` holding the directory lock, so processes sharing a directory never interleave writes. */
  private async locked<T>(task: () => Promise<T>): Promise<T> {
    await this.acquireLock();
    try {
      return await task();
    } finally {
      await rm(this.lockPath, { force: true });
    }
  }

  private async acquireLock(): Promise<void> {
    const deadline = Date.now() + LOCK_WAIT_MS;
    // The lock is a hard link to a file that already holds our pid, so it never exists half-written.
    const mine = tempPath(this.dir);
    await writeFileSynced(mine, String(process.pid));
    try {
      for (;;) {
        try {
          await link(mine, this.lockPath);
          return;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
            throw ioError(`cannot lock ${this.dir}`, this.dir, error);
        }
        const holder = Number(await readFile(this.lockPath, 'utf8').catch(() => ''));
        if (holder && !isAlive(holder)) {
          await rm(this.lockPath, { force: true });
          continue;
        }
        if (Date.now() > deadline) {
          throw new GraphError('UNAVAILABLE', `store ${this.dir} is locked by process ${holder}`, {
            file: this.lockPath,
          });
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    } finally {
      await rm(mine, { force: true });
    }
  }
}

async function writeAtomic(path: string, data: string): Promise<void> {
  const temp = tempPath(dirname(path));
  try {
    await writeFileSynced(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw ioError(`cannot write ${path}`, path, error);
  }
  await syncDirectory(dirname(path));
}

async function writeFileSynced(path: string, data: string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable; some platforms cannot open directories, which only weakens durability. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}

function tempPath(dir: string): string {
  return join(dir, `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseJson(raw: string, file: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw ioError(
      `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      file,
      error,
    );
  }
}

function ioError(message: string, file: string, cause?: unknown): GraphError {
  return new GraphError('IO_ERROR', message, { file }, cause === undefined ? undefined : { cause });
}
