import { z } from 'zod';
import { NodeKind } from '../../graph/model';
import {
  CENTRALITY_MAX_LIMIT,
  MATRIX_MAX_SIZE,
  MATRIX_NAMES,
  METRICS,
  SHARED_MAX_NODES,
  TIMELINE_KINDS,
} from '../../graph/views/index';
import { CYPHER_MAX_LENGTH } from './cypher-limits';
import { IdParam, MAX_ID_LENGTH } from './schemas';

const SEMANTIC_KINDS = NodeKind.options.filter((k) => k !== 'Document' && k !== 'Section');

/** Query schemas of the analyst view routes (README, "Analyst views"). */

const Id = IdParam.shape.id;
const required = (schema: z.ZodType<string, string>) => z.string({ error: 'is required' }).pipe(schema);

const count = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const list = (value: string) => [...new Set(value.split(',').map((s) => s.trim()))].filter((s) => s !== '');

const Format = z.enum(['json', 'csv'], { error: 'must be json or csv' }).default('json');

const MatrixName = z.enum(MATRIX_NAMES, { error: `must be one of ${MATRIX_NAMES.join(', ')}` });

export const TraceParams = z.object({ policy: required(Id), format: Format });

export const SharedParams = z.object({
  ids: z
    .string({ error: 'is required' })
    .transform(list)
    .pipe(
      z
        .array(z.string().max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`))
        .min(2, 'must list at least 2 ids')
        .max(SHARED_MAX_NODES, `must list at most ${SHARED_MAX_NODES} ids`),
    ),
  format: Format,
});

export const MatrixParams = z.object({
  kind: MatrixName.default('policy-industry'),
  size: count(1, MATRIX_MAX_SIZE).optional(),
  format: Format,
});

export const MatrixCellParams = z.object({
  kind: MatrixName.default('policy-industry'),
  row: required(Id),
  col: required(Id),
  format: Format,
});

export const CentralityParams = z.object({
  sort: z.enum(METRICS, { error: `must be one of ${METRICS.join(', ')}` }).default('pagerank'),
  limit: count(1, CENTRALITY_MAX_LIMIT).optional(),
  kinds: z
    .string()
    .transform(list)
    .pipe(
      z.array(
        z.enum(SEMANTIC_KINDS, {
          error: (i) =>
            `unknown node kind "${String(i.input)}"; expected one of ${SEMANTIC_KINDS.join(', ')}`,
        }),
      ),
    )
    .transform((l) => (l.length > 0 ? l : undefined))
    .optional(),
  format: Format,
});

export const TimelineParams = z.object({
  kinds: z
    .string()
    .transform(list)
    .pipe(z.array(z.enum(TIMELINE_KINDS, { error: `must list kinds among ${TIMELINE_KINDS.join(', ')}` })))
    .transform((l) => (l.length > 0 ? l : undefined))
    .optional(),
  document: Id.optional(),
  format: Format,
});

export const CypherParams = z.object({
  q: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'must not be blank')
    .max(CYPHER_MAX_LENGTH, `must be at most ${CYPHER_MAX_LENGTH} characters`),
});
