import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { GraphError } from '../../graph/errors';
import { DEFAULT_MAX_INPUT_BYTES, decodeSource, readInputFile } from '../read';
import { LexiconEntry, LexiconFile, type LexiconKind } from './schema';

/** The curated data files shipped with the importer, one per entity kind. */
export const BUNDLED_LEXICON_DIR = fileURLToPath(new URL('./data/', import.meta.url));

export interface Lexicon {
  /** The bundled data version, with `+user` appended when user files were merged in. */
  version: string;
  entries: LexiconEntry[];
  /** Entries by `${kind}:${id}`. */
  byKey: Map<string, LexiconEntry>;
}

export function lexiconKey(entry: Pick<LexiconEntry, 'kind' | 'id'>): string {
  return `${entry.kind}:${entry.id}`;
}

/** Every name an entry can be written as: `ko`, `en`, then the aliases, without exact duplicates. */
export function surfaceForms(entry: LexiconEntry): string[] {
  const forms = [entry.ko, entry.en, ...entry.aliases].filter((f): f is string => f !== undefined);
  return [...new Set(forms)];
}

// U+00B7 ·, U+2027 ‧, U+2219 ∙, U+22C5 ⋅, U+30FB ・, U+318D ㆍ, U+FF65 ･
const SPACES_AND_MIDDLE_DOTS = /[\s\u00b7\u2027\u2219\u22c5\u30fb\u318d\uff65]/gu;

/**
 * The key two surface forms are compared by when checking that no form names two entries: case-folded,
 * without spaces and middle dots ("한·미 FTA" = "한미FTA"). Stricter than the importer's matcher, which
 * keeps middle dots, so a lexicon that passes here cannot be ambiguous there.
 */
export function normalizeSurface(form: string): string {
  return form.normalize('NFC').toLowerCase().replace(SPACES_AND_MIDDLE_DOTS, '');
}

/**
 * The kind an entry's `parents` point to: the broader Industry of an industry or technology, the blocs and
 * regions of a country, the group of a company, the umbrella of a policy, the parent body of an organization.
 */
const PARENT_KIND: Record<LexiconKind, LexiconKind> = {
  Industry: 'Industry',
  Technology: 'Industry',
  Country: 'Country',
  Company: 'Company',
  Organization: 'Organization',
  Policy: 'Policy',
  Material: 'Material',
};

interface Provenance {
  file: string;
  field: string;
}

/** An entry being assembled from one or more files, remembering which file and field supplied each value. */
interface Slot {
  entry: LexiconEntry;
  from: Map<string, Provenance>;
}

/**
 * User files may hold entries that only extend a bundled one (say, one more alias), so they are checked
 * against the schema's fields without its "needs ko or en" rule; `merge` applies that rule to new entries.
 */
const UserLexiconFile = z.object({ ...LexiconFile.shape, entries: z.array(z.object(LexiconEntry.shape)) });

interface ParsedFile {
  file: string;
  data: LexiconFile;
  user: boolean;
}

function invalid(file: string, field: string | undefined, message: string, line?: number): GraphError {
  const where = [file, line === undefined ? undefined : `line ${line}`, field].filter(Boolean).join(': ');
  const details = {
    file,
    ...(field === undefined ? {} : { field }),
    ...(line === undefined ? {} : { line }),
  };
  return new GraphError('INVALID_LEXICON', `${where}: ${message}`, details);
}

/** A zod issue's path as a reader writes it: `entries[0].kind`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function lineAt(text: string, position: number): number {
  return text.slice(0, position).split('\n').length;
}

/** A lexicon file's JSON, read within the input limits; malformed JSON is `INVALID_LEXICON` with its line. */
export function readLexiconJson(file: string, maxBytes: number): unknown {
  const { text } = decodeSource(readInputFile(file, maxBytes), file);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    throw invalid(
      file,
      undefined,
      `not valid JSON (${message})`,
      position ? lineAt(text, Number(position)) : undefined,
    );
  }
}

function readLexiconFile(file: string, user: boolean, maxBytes: number): ParsedFile {
  const json = readLexiconJson(file, maxBytes);
  const parsed = (user ? UserLexiconFile : LexiconFile).safeParse(json);
  if (!parsed.success) throw fromZod(file, parsed.error);
  return { file, data: parsed.data, user };
}

function fromZod(file: string, error: z.ZodError): GraphError {
  const [first] = error.issues;
  const field = first ? fieldPath(first.path) : '';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
  return invalid(file, field || undefined, `${first?.message ?? 'invalid lexicon'}${more}`);
}

function record(slot: Slot, file: string, index: number, entry: LexiconEntry): void {
  const at = (field: string): Provenance => ({ file, field: `entries[${index}].${field}` });
  if (entry.ko !== undefined) slot.from.set(`form:${entry.ko}`, at('ko'));
  if (entry.en !== undefined) slot.from.set(`form:${entry.en}`, at('en'));
  entry.aliases.forEach((a, j) => {
    slot.from.set(`form:${a}`, at(`aliases[${j}]`));
  });
  if (entry.country !== undefined) slot.from.set('country', at('country'));
  entry.industries.forEach((v, j) => {
    slot.from.set(`industries:${v}`, at(`industries[${j}]`));
  });
  entry.parents.forEach((v, j) => {
    slot.from.set(`parents:${v}`, at(`parents[${j}]`));
  });
  slot.from.set('id', at('id'));
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * A user entry extends the bundled one with the same kind and id: its names, country and description win,
 * list fields are merged, and names it replaces stay on as aliases so earlier matches keep working.
 */
function extend(base: LexiconEntry, user: LexiconEntry): LexiconEntry {
  const replaced = [base.ko, base.en].filter(
    (f): f is string => f !== undefined && f !== (user.ko ?? base.ko) && f !== (user.en ?? base.en),
  );
  const merged: LexiconEntry = {
    ...base,
    aliases: union(union(base.aliases, replaced), user.aliases),
    industries: union(base.industries, user.industries),
    parents: union(base.parents, user.parents),
    abbreviations: union(base.abbreviations, user.abbreviations),
    listForms: union(base.listForms, user.listForms),
  };
  if (user.ko !== undefined) merged.ko = user.ko;
  if (user.en !== undefined) merged.en = user.en;
  if (user.country !== undefined) merged.country = user.country;
  if (user.description !== undefined) merged.description = user.description;
  if (user.generic !== undefined) merged.generic = user.generic;
  return merged;
}

function bundledFiles(): string[] {
  return readdirSync(BUNDLED_LEXICON_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(BUNDLED_LEXICON_DIR, name));
}

function merge(files: ParsedFile[]): Map<string, Slot> {
  const slots = new Map<string, Slot>();
  for (const { file, data, user } of files) {
    const seen = new Set<string>();
    data.entries.forEach((entry, index) => {
      const key = lexiconKey(entry);
      if (seen.has(key))
        throw invalid(file, `entries[${index}].id`, `duplicate ${entry.kind} id "${entry.id}"`);
      seen.add(key);
      const existing = slots.get(key);
      if (existing && !user) {
        const other = existing.from.get('id');
        throw invalid(
          file,
          `entries[${index}].id`,
          `${entry.kind} id "${entry.id}" is also defined in ${other?.file}`,
        );
      }
      if (!existing && entry.ko === undefined && entry.en === undefined) {
        throw invalid(
          file,
          `entries[${index}].ko`,
          `an entry needs ko or en (${entry.kind} "${entry.id}" extends nothing)`,
        );
      }
      const slot = existing ?? { entry, from: new Map<string, Provenance>() };
      if (existing) slot.entry = extend(existing.entry, entry);
      record(slot, file, index, entry);
      slots.set(key, slot);
    });
  }
  return slots;
}

function checkForms(slots: Map<string, Slot>, userFiles: Set<string>): void {
  const owners = new Map<string, { key: string; form: string; at: Provenance }>();
  const abbreviated = new Map<string, string>();
  for (const [key, slot] of slots) {
    for (const short of slot.entry.abbreviations) {
      const owner = abbreviated.get(short);
      if (owner && owner !== key) {
        const at = slot.from.get('id') ?? { file: '(merged)', field: 'abbreviations' };
        throw invalid(at.file, at.field, `abbreviation "${short}" of ${key} is also one of ${owner}`);
      }
      abbreviated.set(short, key);
    }
    for (const form of surfaceForms(slot.entry)) {
      const at = slot.from.get(`form:${form}`) ?? { file: '(merged)', field: 'aliases' };
      if (form !== form.trim())
        throw invalid(at.file, at.field, `surface form "${form}" has surrounding spaces`);
      const norm = normalizeSurface(form);
      if (norm === '')
        throw invalid(at.file, at.field, `surface form "${form}" is empty once spaces are removed`);
      const owner = owners.get(norm);
      if (!owner) {
        owners.set(norm, { key, form, at });
        continue;
      }
      if (owner.key === key) continue;
      const blame = userFiles.has(at.file) || !userFiles.has(owner.at.file) ? at : owner.at;
      throw invalid(
        blame.file,
        blame.field,
        `surface form "${form}" of ${key} is also a form of ${owner.key} ("${owner.form}"); give it to one entry`,
      );
    }
  }
}

function checkReferences(slots: Map<string, Slot>): void {
  const where = (slot: Slot, what: string): Provenance =>
    slot.from.get(what) ?? slot.from.get('id') ?? { file: '(merged)', field: what };
  for (const [key, slot] of slots) {
    const e = slot.entry;
    if (e.country !== undefined && !slots.has(`Country:${e.country}`)) {
      const at = where(slot, 'country');
      throw invalid(at.file, at.field, `${key}: country "${e.country}" is not a Country entry`);
    }
    for (const industry of e.industries) {
      if (!slots.has(`Industry:${industry}`)) {
        const at = where(slot, `industries:${industry}`);
        throw invalid(at.file, at.field, `${key}: industry "${industry}" is not an Industry entry`);
      }
    }
    const kind = PARENT_KIND[e.kind];
    for (const parent of e.parents) {
      if ((parent === e.id && kind === e.kind) || !slots.has(`${kind}:${parent}`)) {
        const at = where(slot, `parents:${parent}`);
        const what = parent === e.id && kind === e.kind ? 'is the entry itself' : `is not a ${kind} entry`;
        throw invalid(at.file, at.field, `${key}: parent "${parent}" ${what}`);
      }
    }
  }
}

function checkCycles(slots: Map<string, Slot>): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (key: string, trail: string[]): void => {
    if (state.get(key) === 'done') return;
    const slot = slots.get(key)!;
    if (state.get(key) === 'visiting') {
      const at = slot.from.get('id')!;
      throw invalid(
        at.file,
        `${at.field.replace(/\.id$/, '')}.parents`,
        `parents form a cycle: ${[...trail, key].join(' → ')}`,
      );
    }
    state.set(key, 'visiting');
    for (const parent of slot.entry.parents)
      visit(`${PARENT_KIND[slot.entry.kind]}:${parent}`, [...trail, key]);
    state.set(key, 'done');
  };
  for (const key of slots.keys()) visit(key, []);
}

/**
 * Loads the bundled lexicon plus user files (`kg import --lexicon FILE`). Every file is validated against
 * the schema; after merging, references must resolve and no surface form may name two entries. Problems
 * throw `GraphError('INVALID_LEXICON')` with the offending file and field (e.g. `entries[3].kind`).
 */
export function loadLexicon(
  extraPaths: string[] = [],
  { maxBytes = DEFAULT_MAX_INPUT_BYTES }: { maxBytes?: number } = {},
): Lexicon {
  const bundled = bundledFiles().map((file) => readLexiconFile(file, false, maxBytes));
  if (bundled.length === 0) throw invalid(BUNDLED_LEXICON_DIR, undefined, 'no bundled lexicon files');
  const version = bundled[0]!.data.version;
  for (const b of bundled) {
    if (b.data.version !== version) {
      throw invalid(
        b.file,
        'version',
        `version ${b.data.version} differs from ${version} in ${bundled[0]!.file}`,
      );
    }
  }
  const user = extraPaths.map((file) => readLexiconFile(file, true, maxBytes));
  const slots = merge([...bundled, ...user]);
  checkForms(slots, new Set(extraPaths));
  checkReferences(slots);
  checkCycles(slots);

  const entries = [...slots.values()].map((s) => s.entry);
  return {
    version: user.length > 0 ? `${version}+user` : version,
    entries,
    byKey: new Map(entries.map((e) => [lexiconKey(e), e])),
  };
}
