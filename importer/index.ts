import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { invalidInput } from '../graph/errors';
import { GRAPH_FORMAT_VERSION, type GraphDocument } from '../graph/model';
import { cleanText } from './clean';
import { discover, spacedAffiliateForm } from './discover';
import { type Entity, entityFromLexicon, lexiconId, slugify } from './entities';
import { type Extracted, extractSource, pageAt, type SniffHints } from './extract/index';
import { GraphBuilder } from './graph-builder';
import { hasHangul, type Languages, loadedLanguages, loadLanguages } from './language';
import { type Lexicon, loadLexicon } from './lexicon/load';
import { Matcher } from './mentions';
import { decodeSource, readInputFile } from './read';
import { analyze } from './relations/document';
import { loadPredicateLexicon, type PredicateLexicon, predicateLexicon } from './relations/predicates';
import { segment } from './segment';

export interface ImportOptions {
  /** Shown in errors and recorded as the document's source path. */
  path: string;
  documentId?: string;
  title?: string;
  /** Extra lexicon files (`kg import --lexicon FILE`). */
  lexiconPaths?: string[];
  /** A lexicon already loaded, to import many files without re-reading it. */
  lexicon?: Lexicon;
  /** Fixed import time, for reproducible output. */
  importedAt?: string;
  /** Size limit for the report and lexicon files (default `DEFAULT_MAX_INPUT_BYTES`, 20 MiB). */
  maxInputBytes?: number;
  /** Language analysers, loaded once per process when not given. */
  languages?: Languages;
  /** The predicate lexicon (importer/relations/predicates.json and any extensions). */
  predicates?: PredicateLexicon;
  /** Extra predicate lexicon files (`kg import --predicates FILE`), when `predicates` is not given. */
  predicatePaths?: string[];
}

let defaultPredicates: PredicateLexicon | undefined;

function bundledPredicates(): PredicateLexicon {
  defaultPredicates ??= predicateLexicon();
  return defaultPredicates;
}

interface Prepared {
  known: Entity[];
  byNodeId: Map<string, Entity>;
  matcher: Matcher;
  countries: Matcher;
  materials: Matcher;
  sectors: Matcher;
  policiesByCountry: Map<string, Entity[]>;
  blocs: Map<string, Entity>;
}

const preparedLexicons = new WeakMap<Lexicon, Prepared>();

/** How many lexicon countries name each entry their parent: a country entry some name so is a bloc. */
function memberCounts(countries: readonly Entity[]): Map<string, number> {
  const members = new Map<string, number>();
  for (const c of countries) for (const p of c.parents) members.set(p, (members.get(p) ?? 0) + 1);
  return members;
}

/**
 * The bloc that dominates a region: the bloc with more than twice as many members as any other bloc there
 * (Europe → European Union). Regions without one get none.
 */
function blocsByRegion(
  countries: readonly Entity[],
  members: ReadonlyMap<string, number>,
): Map<string, Entity> {
  const byRegion = new Map<string, Entity[]>();
  for (const c of countries) {
    if (!c.bloc) continue;
    for (const region of c.parents) byRegion.set(region, [...(byRegion.get(region) ?? []), c]);
  }
  const out = new Map<string, Entity>();
  for (const [region, blocs] of byRegion) {
    const [first, second] = blocs.sort((x, y) => members.get(lexiconId(y))! - members.get(lexiconId(x))!);
    if (first && (!second || members.get(lexiconId(first))! > 2 * members.get(lexiconId(second))!))
      out.set(region, first);
  }
  return out;
}

/** Lexicon entities and their matchers, built once per lexicon and shared by every import. */
function prepare(lexicon: Lexicon): Prepared {
  let prepared = preparedLexicons.get(lexicon);
  if (!prepared) {
    const known = lexicon.entries.map(entityFromLexicon);
    const countries = known.filter((e) => e.kind === 'Country');
    const members = memberCounts(countries);
    for (const c of countries) if (members.has(lexiconId(c))) c.bloc = true;
    for (const e of known) {
      if (e.kind !== 'Company') continue;
      for (const form of [...e.forms]) {
        const spaced = spacedAffiliateForm(form);
        if (spaced) e.forms.add(spaced);
      }
    }
    prepared = {
      known,
      byNodeId: new Map(known.map((e) => [e.nodeId, e])),
      matcher: new Matcher(known),
      countries: new Matcher(countries),
      materials: new Matcher(known.filter((e) => e.kind === 'Material')),
      sectors: new Matcher(known.filter((e) => e.kind === 'Industry' || e.kind === 'Technology')),
      policiesByCountry: new Map(),
      blocs: blocsByRegion(countries, members),
    };
    for (const e of known) {
      if (e.kind !== 'Policy' || !e.country) continue;
      const list = prepared.policiesByCountry.get(e.country) ?? [];
      list.push(e);
      prepared.policiesByCountry.set(e.country, list);
    }
    preparedLexicons.set(lexicon, prepared);
  }
  return prepared;
}

/** Document ids name store files and appear in URLs: ASCII letters, digits, `.`, `_`, `-`, a letter or digit first. */
export const MAX_DOCUMENT_ID_LENGTH = 128;
const DOCUMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Throws INVALID_INPUT (field `id`) saying what is wrong with a document id. */
export function checkDocumentId(id: string): string {
  const problem =
    id.length === 0
      ? 'must not be empty'
      : id.length > MAX_DOCUMENT_ID_LENGTH
        ? `is ${id.length} characters long; at most ${MAX_DOCUMENT_ID_LENGTH} are allowed`
        : DOCUMENT_ID.test(id)
          ? undefined
          : 'may hold only ASCII letters, digits, ".", "_" and "-", and must start with a letter or digit';
  const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
  if (problem) throw invalidInput(`document id ${JSON.stringify(shown)} ${problem}`, { field: 'id' });
  return id;
}

/** A stable id from the file name: `000_dd9d7d845ba8a621.txt` → `000_dd9d7d845ba8a621`. */
export function documentIdFor(path: string): string {
  const stem = basename(path).replace(/\.[^.]+$/, '');
  const id = stem
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, MAX_DOCUMENT_ID_LENGTH);
  return id || 'document';
}

/** Korean when Hangul syllables are at least a third as frequent as Latin letters. */
function languageOf(text: string): 'ko' | 'en' {
  let hangul = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return hangul >= latin / 3 ? 'ko' : 'en';
}

/** A `# Title` line, else the first line that reads like a title, else the file name. */
function titleOf(text: string, fallback: string): string {
  const markdown = /^#\s+(.+)$/m.exec(text)?.[1];
  const line = text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  const plain = line && line.length >= 8 && line.length <= 120 && !/[.!?。]$/.test(line) ? line : undefined;
  return (markdown ?? plain ?? fallback).trim();
}

/** Sets `page` on every evidence passage from a PDF's page-start map. */
function addPages(graph: GraphDocument, pageStarts: readonly number[]): void {
  for (const node of graph.nodes) for (const m of node.mentions) m.page = pageAt(pageStarts, m.start);
  for (const edge of graph.edges) for (const e of edge.evidence) e.page = pageAt(pageStarts, e.start);
}

/** The whole pipeline for a plain-text source: read → clean → segment → discover → mentions/relations → graph document. */
export function importBytes(bytes: Uint8Array, options: ImportOptions): GraphDocument {
  const source = decodeSource(bytes, options.path);
  return importExtracted(bytes, { format: 'text', text: source.text, warnings: [] }, options);
}

/**
 * The pipeline after extraction: `extracted.text` (a PDF's, Markdown's or HTML's text, or decoded plain text)
 * becomes the document's text; `bytes` are the original file's, for its size and checksum. Synchronous: the
 * language analysers must be loaded (`loadLanguages`) or given.
 */
export function importExtracted(
  bytes: Uint8Array,
  extracted: Extracted,
  options: ImportOptions,
): GraphDocument {
  const source = { text: extracted.text };
  const documentId =
    options.documentId === undefined ? documentIdFor(options.path) : checkDocumentId(options.documentId);
  const limits = options.maxInputBytes === undefined ? {} : { maxBytes: options.maxInputBytes };
  const lexicon = options.lexicon ?? loadLexicon(options.lexiconPaths ?? [], limits);
  const predicatePaths = options.predicates ? [] : (options.predicatePaths ?? []);
  const userPredicates = predicatePaths.length > 0;
  const predicates =
    options.predicates ??
    (userPredicates ? loadPredicateLexicon(predicatePaths, limits) : bundledPredicates());
  const clean = cleanText(source.text);
  const segmented = segment(clean);

  const base = prepare(lexicon);
  const texts = [...segmented.sections.map((s) => s.title.text), ...segmented.blocks.map((b) => b.span.text)];
  const languages = options.languages ?? loadedLanguages();
  const found = discover(texts, base.known, base.matcher, languages.ko);
  const extraForms: [string, Entity][] = [];
  for (const entity of found.entities) for (const form of entity.forms) extraForms.push([form, entity]);
  const discovered = new Map(found.entities.map((e) => [e.nodeId, e]));
  for (const [nodeId, aliases] of found.aliases) {
    const entity = base.byNodeId.get(nodeId) ?? discovered.get(nodeId);
    if (entity) for (const alias of aliases) extraForms.push([alias, entity]);
  }
  const definedForms: [string, Entity][] = [];
  for (const [nodeId, forms] of found.defined) {
    const entity = base.byNodeId.get(nodeId) ?? discovered.get(nodeId);
    if (entity) for (const form of forms) definedForms.push([form, entity]);
  }
  const matcher =
    extraForms.length > 0 || definedForms.length > 0
      ? base.matcher.with(extraForms, definedForms)
      : base.matcher;
  const countryMatcher = base.countries;
  const materialMatcher = base.materials;
  const sectorMatcher = base.sectors;

  const builder = new GraphBuilder(documentId, source.text);
  const language = languageOf(source.text);
  const entityById = (nodeId: string) => base.byNodeId.get(nodeId) ?? discovered.get(nodeId);
  const title =
    options.title ?? extracted.title ?? titleOf(source.text, basename(options.path).replace(/\.[^.]+$/, ''));
  analyze({
    documentId,
    clean,
    segmented,
    matcher,
    countryMatcher,
    materialMatcher,
    sectorMatcher,
    builder,
    title,
    extraAliases: found.aliases,
    language,
    entityById,
    policiesOf: (countryId) => base.policiesByCountry.get(countryId) ?? [],
    blocOf: (regionId) => base.blocs.get(regionId),
    languages,
    predicates,
  });
  const { nodes, edges } = builder.build();
  const graph: GraphDocument = {
    format: 'policy-graph',
    version: GRAPH_FORMAT_VERSION,
    document: {
      id: documentId,
      title,
      language,
      sourcePath: options.path,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      chars: source.text.length,
      lexiconVersion: userPredicates ? `${lexicon.version}+predicates` : lexicon.version,
      importedAt: options.importedAt ?? new Date().toISOString(),
    },
    text: source.text,
    nodes,
    edges,
    warnings: [...extracted.warnings, ...clean.warnings],
  };
  if (extracted.pageStarts) addPages(graph, extracted.pageStarts);
  return graph;
}

/**
 * Any supported source (PDF, HTML, Markdown, plain text; see `sniffFormat`): extracts its text, loads the
 * language analysers it needs, and imports it.
 */
export async function importSource(
  bytes: Uint8Array,
  options: ImportOptions & { hints?: SniffHints },
): Promise<GraphDocument> {
  if (options.documentId !== undefined) checkDocumentId(options.documentId);
  const { hints, ...rest } = options;
  const extracted = await extractSource(bytes, options.path, hints);
  const languages = options.languages ?? (await loadLanguages({ korean: hasHangul(extracted.text) }));
  return importExtracted(bytes, extracted, { ...rest, languages });
}

/** Reads `path` within the size limit and imports it; see `readInputFile` for what is refused before reading. */
export async function importFile(
  path: string,
  options: Omit<ImportOptions, 'path'> = {},
): Promise<GraphDocument> {
  if (options.documentId !== undefined) checkDocumentId(options.documentId);
  const bytes = readInputFile(path, options.maxInputBytes);
  return importSource(bytes, { ...options, path });
}

export { slugify };
