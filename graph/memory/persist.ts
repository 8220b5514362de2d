import { createHash } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { storedJson, withQuotes, writeAtomically as writePieces } from '../document-json';
import { GraphError } from '../errors';
import type { GraphDocument } from '../model';
import { validateGraphDocument } from '../validate';
import { INDEX_FILE, type IndexedDocument } from './index-file';
import { withLock } from './lock';
import {
  EMPTY_MANIFEST,
  type Entry,
  FORMAT_VERSION,
  isSealed,
  type Manifest,
  oneLine,
  parseManifest,
  type SealedEntry,
  serializeManifest,
} from './manifest';

/*
 * Layout of a store directory:
 *   manifest.json        format version, and the file, sha256 and size of each document, in load order
 *   documents/N-ID.json  one GraphDocument per file, compact and without evidence quotes (see
 *                        graph/document-json.ts); a new version gets a new N, never overwrites
 *   quarantine/          files found damaged, moved aside with a time prefix
 *   search-index.bin     the search index of the documents it names (see index-file.ts); derived, and
 *                        used only when it names exactly the manifest's documents
 *   .store.lock/         held by the process changing the directory (see lock.ts)
 * Files are written atomically (temp file, fsync, rename) and the manifest is swapped only after the
 * document file is complete, so a killed writer leaves the previous manifest and its files intact.
 */

const DOCUMENT_FILE = /^(\d+)-.+\.json$/;
const REPAIR_HINT = /; run kg repair$/;
const LEGACY_LOCK = '.lock';
const LEGACY_TEMP_PREFIX = '.tmp-';

export interface StoreCheck {
  formatVersion: number | undefined;
  documents: string[];
  /** CORRUPT_STORE, MISSING_FILE or UNSUPPORTED_FORMAT errors, each naming its file. */
  problems: GraphError[];
}

/** The documents of a store in load order, with the id and checksum of each one's file. */
export interface StoredDocuments {
  documents: GraphDocument[];
  entries: IndexedDocument[];
}

interface Inspected {
  documents: GraphDocument[];
  kept: SealedEntry[];
  problems: GraphError[];
}

export class DiskStore {
  private readonly manifestPath: string;
  private readonly documentsDir: string;
  private readonly quarantineDir: string;
  private readonly indexPath: string;

  private constructor(readonly dir: string) {
    this.indexPath = join(dir, INDEX_FILE);
    this.manifestPath = join(dir, 'manifest.json');
    this.documentsDir = join(dir, 'documents');
    this.quarantineDir = join(dir, 'quarantine');
  }

  /**
   * Opens (creating if needed) a store directory and reads every document it lists. A damaged or
   * missing document file is quarantined and reported through `onWarning`; the others still load.
   */
  static async open(
    dir: string,
    onWarning: (warning: GraphError) => void = () => undefined,
  ): Promise<{ disk: DiskStore } & StoredDocuments> {
    const disk = await DiskStore.create(dir);
    return { disk, ...(await disk.readDocuments(onWarning)) };
  }

  /**
   * Opens (creating if needed) a store directory to load or remove documents, reading none of them:
   * a listed file that is missing, or whose size is not the manifest's, is quarantined and reported
   * through `onWarning` as `open` does; damage that keeps a file's size shows when it is read.
   */
  static async openForWrites(
    dir: string,
    onWarning: (warning: GraphError) => void = () => undefined,
  ): Promise<DiskStore> {
    const disk = await DiskStore.create(dir);
    await disk.readManifestAndRepair(onWarning, (manifest) => disk.glance(manifest));
    return disk;
  }

  /** Every document the manifest lists, quarantining (and reporting) the files found damaged. */
  async readDocuments(onWarning: (warning: GraphError) => void = () => undefined): Promise<StoredDocuments> {
    const found = await this.readManifestAndRepair(onWarning, (manifest) =>
      this.inspect(manifest, 'trust-checksums'),
    );
    return { documents: found.documents, entries: found.kept.map(({ id, sha256 }) => ({ id, sha256 })) };
  }

  /** The bytes of search-index.bin, or undefined when there is none. */
  async readIndexFile(): Promise<Buffer | undefined> {
    try {
      return await readFile(this.indexPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw ioError(`cannot read ${this.indexPath}`, this.indexPath, error);
    }
  }

  /** Replaces search-index.bin atomically, under the store's lock. */
  async writeIndexFile(data: Buffer): Promise<void> {
    await withLock(this.dir, async (assertHeld) => {
      assertHeld();
      await writeAtomic(this.indexPath, data);
    });
  }

  private async readManifestAndRepair<T extends Omit<Inspected, 'documents'>>(
    onWarning: (warning: GraphError) => void,
    inspect: (manifest: Manifest) => Promise<T>,
  ): Promise<T> {
    return withLock(this.dir, async (assertHeld) => {
      const manifest = await this.readManifest();
      const found = await inspect(manifest ?? EMPTY_MANIFEST);
      if (!manifest || found.problems.length > 0) {
        const warnings = await this.quarantineProblems(found.problems);
        assertHeld();
        await this.writeManifest(manifest ?? EMPTY_MANIFEST, found.kept);
        warnings.forEach(onWarning);
      }
      await this.removeLeftovers(found.kept);
      return found;
    });
  }

  /** What `kg doctor` reports: every problem of the store, changing nothing. */
  static async check(dir: string): Promise<StoreCheck> {
    const disk = await DiskStore.existing(dir);
    return withLock(dir, async () => {
      let manifest: Manifest | undefined;
      try {
        manifest = await disk.readManifest();
      } catch (error) {
        if (!isStoreProblem(error)) throw error;
        return { formatVersion: undefined, documents: [], problems: [error] };
      }
      const found = await disk.inspect(manifest ?? EMPTY_MANIFEST);
      return {
        formatVersion: manifest?.formatVersion,
        documents: found.kept.map((e) => e.id),
        problems: found.problems,
      };
    });
  }

  /**
   * What `kg repair` does: quarantines every damaged file, rebuilds a damaged or missing manifest from
   * the document files, and writes the manifest back in the current format. Returns what it did.
   */
  static async repair(dir: string): Promise<StoreCheck> {
    const disk = await DiskStore.existing(dir);
    return withLock(dir, async (assertHeld) => {
      const { manifest, problems } = await disk.readOrRebuildManifest();
      const found = await disk.inspect(manifest);
      const repaired = await disk.quarantineProblems([...problems, ...found.problems]);
      assertHeld();
      await disk.writeManifest(manifest, found.kept);
      await disk.removeLeftovers(found.kept);
      return { formatVersion: FORMAT_VERSION, documents: found.kept.map((e) => e.id), problems: repaired };
    });
  }

  /** Writes `doc`, replacing the document of its id (`replaced`); `entry` is its file's id and checksum. */
  async save(doc: GraphDocument): Promise<{ replaced: boolean; entry: IndexedDocument }> {
    return withLock(this.dir, async (assertHeld) => {
      const manifest = (await this.readManifest()) ?? EMPTY_MANIFEST;
      const id = doc.document.id;
      const file = `${manifest.nextFile}-${id}.json`;
      const path = join(this.documentsDir, file);
      let written: { sha256: string; bytes: number };
      try {
        written = await writePieces(path, storedJson(doc), { fsync: true });
      } catch (error) {
        throw ioError(`cannot write ${path}`, path, error);
      }
      await syncDirectory(this.documentsDir);
      const entry: SealedEntry = { id, file, ...written };
      const previous = manifest.documents.find((d) => d.id === id);
      const documents = previous
        ? manifest.documents.map((d) => (d === previous ? entry : d))
        : [...manifest.documents, entry];
      const sealed = await this.seal(documents);
      assertHeld();
      await this.writeManifest({ ...manifest, nextFile: manifest.nextFile + 1 }, sealed);
      if (previous) await rm(join(this.documentsDir, previous.file), { force: true });
      return { replaced: previous !== undefined, entry: { id, sha256: entry.sha256 } };
    });
  }

  /** Removes the document of `documentId`; false when the store holds none. */
  async remove(documentId: string): Promise<boolean> {
    return withLock(this.dir, async (assertHeld) => {
      const manifest = (await this.readManifest()) ?? EMPTY_MANIFEST;
      const previous = manifest.documents.find((d) => d.id === documentId);
      if (!previous) return false;
      const sealed = await this.seal(manifest.documents.filter((d) => d !== previous));
      assertHeld();
      await this.writeManifest(manifest, sealed);
      await rm(join(this.documentsDir, previous.file), { force: true });
      return true;
    });
  }

  private static async create(dir: string): Promise<DiskStore> {
    const disk = new DiskStore(dir);
    try {
      await mkdir(disk.documentsDir, { recursive: true });
    } catch (error) {
      throw ioError(`cannot create store directory ${dir}`, dir, error);
    }
    return disk;
  }

  private static async existing(dir: string): Promise<DiskStore> {
    const found = await lstat(dir).catch(() => undefined);
    if (!found?.isDirectory())
      throw new GraphError('IO_ERROR', `no store directory at ${dir}`, { file: dir });
    return DiskStore.create(dir);
  }

  /** The manifest, or undefined for a new store. A missing manifest next to document files is damage. */
  private async readManifest(): Promise<Manifest | undefined> {
    let raw: string;
    try {
      raw = await readFile(this.manifestPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw ioError(`cannot read ${this.manifestPath}`, this.manifestPath, error);
      const files = (await this.documentFiles()).length;
      if (files === 0) return undefined;
      throw new GraphError(
        'MISSING_FILE',
        `${this.manifestPath} is missing but ${this.documentsDir} holds ${files} document files; run kg repair`,
        { file: this.manifestPath },
      );
    }
    return parseManifest(raw, this.manifestPath);
  }

  private async readOrRebuildManifest(): Promise<{ manifest: Manifest; problems: GraphError[] }> {
    try {
      return { manifest: (await this.readManifest()) ?? EMPTY_MANIFEST, problems: [] };
    } catch (error) {
      if (!isStoreProblem(error) || error.code === 'UNSUPPORTED_FORMAT') throw error;
      return this.rebuildManifest(error);
    }
  }

  /** A manifest listing the newest readable file of each document; older and unreadable ones are problems. */
  private async rebuildManifest(damage: GraphError): Promise<{ manifest: Manifest; problems: GraphError[] }> {
    const problems = [new GraphError(damage.code, damage.message.replace(REPAIR_HINT, ''), damage.details)];
    const newest = new Map<string, string>();
    for (const file of await this.documentFiles()) {
      const result = await this.readDocument({ id: '', file }, false);
      if (result instanceof GraphError) {
        problems.push(result);
        continue;
      }
      const id = result.doc.document.id;
      const older = newest.get(id);
      if (older) problems.push(superseded(join(this.documentsDir, older), id));
      newest.set(id, file);
    }
    const files = await this.documentFiles();
    const nextFile = files.length === 0 ? 0 : fileNumber(files[files.length - 1]!) + 1;
    const documents = [...newest.entries()].map(([id, file]) => ({ id, file }));
    documents.sort((a, b) => fileNumber(a.file) - fileNumber(b.file));
    return { manifest: { formatVersion: FORMAT_VERSION, nextFile, documents }, problems };
  }

  private async documentFiles(): Promise<string[]> {
    const names = await readdir(this.documentsDir).catch(() => []);
    return names.filter((name) => DOCUMENT_FILE.test(name)).sort((a, b) => fileNumber(a) - fileNumber(b));
  }

  /**
   * Reads every listed document, checking each against its checksum and the document schema. With
   * `trust-checksums`, a file whose sha256 and size match its manifest entry skips the schema check:
   * the store validated it before writing it, and the checksum shows it is unchanged (opening a large
   * store spends a third of its time validating otherwise). `kg doctor` and `kg repair` check everything.
   */
  private async inspect(manifest: Manifest, trust?: 'trust-checksums'): Promise<Inspected> {
    const found: Inspected = { documents: [], kept: [], problems: [] };
    for (const entry of manifest.documents) {
      const result = await this.readDocument(entry, true, trust !== undefined);
      if (result instanceof GraphError) {
        found.problems.push(result);
      } else {
        found.documents.push(result.doc);
        found.kept.push(result.entry);
      }
    }
    return found;
  }

  /**
   * The listed files that exist with the manifest's size, and the problems of the others, reading
   * only the files of entries without a checksum (a version 1 manifest's), to seal them.
   */
  private async glance(manifest: Manifest): Promise<Omit<Inspected, 'documents'>> {
    const found: Omit<Inspected, 'documents'> = { kept: [], problems: [] };
    for (const entry of manifest.documents) {
      if (!isSealed(entry)) {
        const result = await this.readDocument(entry, true);
        if (result instanceof GraphError) found.problems.push(result);
        else found.kept.push(result.entry);
        continue;
      }
      const path = join(this.documentsDir, entry.file);
      const size = await lstat(path).then(
        (s) => s.size,
        (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw ioError(`cannot read ${path}`, path, error);
          return undefined;
        },
      );
      if (size === undefined) found.problems.push(missing(path));
      else if (size !== entry.bytes)
        found.problems.push(
          corrupt(path, `its size ${size} bytes differs from the manifest's ${entry.bytes}`),
        );
      else found.kept.push(entry);
    }
    return found;
  }

  /** The document of `entry` with its sealed entry, or the problem that makes it unreadable. */
  private async readDocument(
    entry: Entry,
    checkId: boolean,
    trustChecksum = false,
  ): Promise<{ doc: GraphDocument; entry: SealedEntry } | GraphError> {
    const path = join(this.documentsDir, entry.file);
    let data: Buffer;
    try {
      data = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw ioError(`cannot read ${path}`, path, error);
      return missing(path);
    }
    const digest = sha256(data);
    if (isSealed(entry) && (entry.sha256 !== digest || entry.bytes !== data.length)) {
      return corrupt(
        path,
        `its sha256 ${digest} (${data.length} bytes) differs from the manifest's ${entry.sha256}`,
      );
    }
    let doc: GraphDocument;
    try {
      const parsed: unknown = withQuotes(JSON.parse(data.toString('utf8')));
      doc = trustChecksum && isSealed(entry) ? (parsed as GraphDocument) : validateGraphDocument(parsed);
    } catch (error) {
      return corrupt(path, error instanceof Error ? error.message : String(error));
    }
    if (checkId && doc.document.id !== entry.id) {
      return corrupt(path, `it holds document ${doc.document.id}, the manifest says ${entry.id}`);
    }
    return { doc, entry: { id: doc.document.id, file: entry.file, sha256: digest, bytes: data.length } };
  }

  /** Entries with their checksums; entries of a version 1 manifest get theirs here (the migration). */
  private async seal(entries: Entry[]): Promise<SealedEntry[]> {
    const sealed: SealedEntry[] = [];
    for (const entry of entries) {
      if (isSealed(entry)) {
        sealed.push(entry);
        continue;
      }
      const result = await this.readDocument(entry, true);
      if (result instanceof GraphError) throw result;
      sealed.push(result.entry);
    }
    return sealed;
  }

  /** Moves the file of each problem into quarantine/, returning the problems saying where it went. */
  private async quarantineProblems(problems: GraphError[]): Promise<GraphError[]> {
    const reported: GraphError[] = [];
    for (const problem of problems) {
      const file = problem.details.file;
      const moved = file ? await this.quarantine(file) : undefined;
      const outcome = moved
        ? `; moved to ${moved}`
        : file && dirname(file) === this.documentsDir
          ? '; dropped from the manifest'
          : '';
      reported.push(new GraphError(problem.code, `${problem.message}${outcome}`, problem.details));
    }
    return reported;
  }

  private async quarantine(file: string): Promise<string | undefined> {
    const target = join(this.quarantineDir, `${Date.now()}-${basename(file)}`);
    try {
      await mkdir(this.quarantineDir, { recursive: true });
      await rename(file, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw ioError(`cannot move ${file} to ${target}`, file, error);
    }
    await syncDirectory(this.quarantineDir);
    await syncDirectory(dirname(file));
    return target;
  }

  private async writeManifest(manifest: Manifest, documents: SealedEntry[]): Promise<void> {
    await writeAtomic(this.manifestPath, serializeManifest(manifest, documents));
  }

  /**
   * Deletes what killed writers left: temp files, document files no manifest entry points to and the
   * lock file of earlier versions. Runs under the lock, so nothing else is writing.
   */
  private async removeLeftovers(kept: SealedEntry[]): Promise<void> {
    const listed = new Set(kept.map((d) => d.file));
    for (const name of await readdir(this.documentsDir)) {
      if (!listed.has(name)) await rm(join(this.documentsDir, name), { force: true });
    }
    for (const name of await readdir(this.dir)) {
      const path = join(this.dir, name);
      const leftover =
        name.startsWith('manifest.json.') ||
        name.startsWith(`${INDEX_FILE}.`) ||
        name.startsWith(LEGACY_TEMP_PREFIX) ||
        (name === LEGACY_LOCK && (await lstat(path)).isFile());
      if (leftover) await rm(path, { force: true });
    }
  }
}

function isStoreProblem(error: unknown): error is GraphError {
  return (
    error instanceof GraphError &&
    (error.code === 'CORRUPT_STORE' || error.code === 'MISSING_FILE' || error.code === 'UNSUPPORTED_FORMAT')
  );
}

async function writeAtomic(path: string, data: string | Buffer): Promise<void> {
  try {
    await writeFileAtomic(path, data, { fsync: true });
  } catch (error) {
    throw ioError(`cannot write ${path}`, path, error);
  }
  await syncDirectory(dirname(path));
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

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function fileNumber(name: string): number {
  return Number(DOCUMENT_FILE.exec(name)?.[1] ?? Number.NaN);
}

function corrupt(path: string, reason: string): GraphError {
  return new GraphError('CORRUPT_STORE', `${path} is damaged: ${oneLine(reason)}`, { file: path });
}

function missing(path: string): GraphError {
  return new GraphError('MISSING_FILE', `${path} does not exist, but the store manifest lists it`, {
    file: path,
  });
}

function superseded(path: string, id: string): GraphError {
  return new GraphError('CORRUPT_STORE', `${path} is an older version of document ${id}`, { file: path });
}

function ioError(message: string, file: string, cause?: unknown): GraphError {
  return new GraphError('IO_ERROR', message, { file }, cause === undefined ? undefined : { cause });
}
