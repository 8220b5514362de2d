import { z } from 'zod';
import { EdgeType, NodeKind } from '../../graph/model';
import { LIMITS } from '../../graph/store';

/** Ids are opaque, but an id longer than this is a broken link, not a lookup. */
export const MAX_ID_LENGTH = 512;
const MAX_QUERY_LENGTH = 200;
const MAX_OFFSET = 1_000_000;

const Id = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`);

/** A whole number in `[min, max]` written in decimal digits; `1e2`, `0x10`, `-1`, `2.5` are rejected. */
const count = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

function splitList(value: string): string[] {
  return [...new Set(value.split(',').map((item) => item.trim()))].filter((item) => item !== '');
}

function enumList<const T extends Readonly<Record<string, string>>>(values: T, what: string) {
  const expected = Object.values(values).join(', ');
  const item = z.enum(values, {
    error: (issue) => `unknown ${what} "${String(issue.input)}"; expected one of ${expected}`,
  });
  // `kinds=,` means no filter, like an absent parameter, not "match nothing".
  return z
    .string()
    .transform(splitList)
    .pipe(z.array(item))
    .transform((list) => (list.length > 0 ? list : undefined));
}

const kindList = enumList(NodeKind.enum, 'node kind');
const typeList = enumList(EdgeType.enum, 'edge type');
const idList = z
  .string()
  .transform(splitList)
  .pipe(z.array(Id).max(LIMITS.subgraphMaxIds, `must list at most ${LIMITS.subgraphMaxIds} ids`));

export const IdParam = z.object({ id: Id });

export const SearchParams = z.object({
  q: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'must not be blank')
    .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`),
  kinds: kindList.optional(),
  limit: count(1, LIMITS.searchMax).optional(),
});

export const NeighborParams = z.object({
  kinds: kindList.optional(),
  types: typeList.optional(),
  limit: count(1, LIMITS.neighborsMax).optional(),
  offset: count(0, MAX_OFFSET).optional(),
});

export const PathParams = z.object({
  from: z.string({ error: 'is required' }).pipe(Id),
  to: z.string({ error: 'is required' }).pipe(Id),
  maxHops: count(1, LIMITS.pathsMaxHops).optional(),
  through: kindList.optional(),
  limit: count(1, LIMITS.pathsMaxResults).optional(),
});

export const SubgraphParams = z.object({
  ids: idList.default([]),
});

export const OverviewParams = z.object({
  limit: count(1, LIMITS.overviewMax).optional(),
});

export const ExportParams = z.object({
  format: z.enum(['json', 'graphml', 'csv'], { error: 'must be json, graphml or csv' }).default('json'),
  ids: idList.default([]),
  table: z.enum(['nodes', 'edges'], { error: 'must be nodes or edges' }).default('nodes'),
  /** Size of the overview exported when `ids` is empty. */
  limit: count(1, LIMITS.overviewMax).optional(),
});
