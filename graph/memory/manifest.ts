import { z } from 'zod';
import { GraphError } from '../errors';

/*
 * The store manifest, versioned by `formatVersion`:
 *   1  (no formatVersion field; `version: 1`) entries are { id, file }
 *   2  entries also carry the sha256 and byte length of their file
 *   3  document files may leave out evidence quotes, which are the text between the offsets
 * Older versions are read as they are and written as the current one on the next write; a newer
 * version is refused.
 */

export const FORMAT_VERSION = 3;

const FileName = z.string().regex(/^[^/\\]+\.json$/);
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const EntryV2 = z.object({
  id: z.string().min(1),
  file: FileName,
  sha256: Sha256,
  bytes: z.number().int().min(0),
});
const ManifestV2 = z.object({
  format: z.literal('policy-graph-store'),
  formatVersion: z.number().int().min(2).max(FORMAT_VERSION),
  nextFile: z.number().int().nonnegative(),
  documents: z.array(EntryV2),
});
const ManifestV1 = z.object({
  format: z.literal('policy-graph-store'),
  version: z.literal(1),
  nextFile: z.number().int().nonnegative(),
  documents: z.array(z.object({ id: z.string().min(1), file: FileName })),
});

export type SealedEntry = z.infer<typeof EntryV2>;
/** A manifest entry; entries read from a version 1 manifest have no checksum yet. */
export type Entry = { id: string; file: string } & Partial<Pick<SealedEntry, 'sha256' | 'bytes'>>;

export interface Manifest {
  formatVersion: number;
  nextFile: number;
  documents: Entry[];
}

export const EMPTY_MANIFEST: Manifest = { formatVersion: FORMAT_VERSION, nextFile: 0, documents: [] };

/** Parses manifest text of any supported version; `path` names the file in errors. */
export function parseManifest(raw: string, path: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw corruptManifest(path, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const version = formatVersionOf(json);
  if (version > FORMAT_VERSION) {
    throw new GraphError(
      'UNSUPPORTED_FORMAT',
      `${path} has store format version ${version}; this version of kg reads versions 1 to ${FORMAT_VERSION}, upgrade it to open this store`,
      { file: path },
    );
  }
  const parsed = version === 1 ? ManifestV1.safeParse(json) : ManifestV2.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw corruptManifest(
      path,
      `not a store manifest (${issue?.path.join('.') || 'root'}: ${issue?.message})`,
    );
  }
  const { nextFile, documents } = parsed.data;
  return { formatVersion: version, nextFile, documents };
}

export function serializeManifest(manifest: Manifest, documents: SealedEntry[]): string {
  const body = {
    format: 'policy-graph-store',
    formatVersion: FORMAT_VERSION,
    nextFile: manifest.nextFile,
    documents,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function isSealed(entry: Entry): entry is SealedEntry {
  return entry.sha256 !== undefined && entry.bytes !== undefined;
}

function formatVersionOf(json: unknown): number {
  if (typeof json !== 'object' || json === null || !('formatVersion' in json)) return 1;
  const version = json.formatVersion;
  return typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : Number.NaN;
}

export function corruptManifest(path: string, reason: string): GraphError {
  return new GraphError('CORRUPT_STORE', `${path} is damaged: ${oneLine(reason)}; run kg repair`, {
    file: path,
  });
}

/** Reasons quote the bad input at times (JSON.parse does); errors and warnings are one line each. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
