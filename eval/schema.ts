import { z } from 'zod';
import { EdgeType, NodeKind } from '../graph/model';

/** One hand annotation of a corpus text (docs/annotation-guide.md). */
export const AnnotatedEntity = z.object({
  name: z.string().min(1),
  kind: NodeKind,
  aliases: z.array(z.string()).default([]),
});
export type AnnotatedEntity = z.infer<typeof AnnotatedEntity>;

export const AnnotatedRelation = z.object({
  type: EdgeType,
  source: z.string().min(1),
  target: z.string().min(1),
  quote: z.string().min(1),
  polarity: z.enum(['positive', 'negative']).optional(),
});
export type AnnotatedRelation = z.infer<typeof AnnotatedRelation>;

export const MustNotLink = z.object({ a: z.string().min(1), b: z.string().min(1), quote: z.string().min(1) });
export type MustNotLink = z.infer<typeof MustNotLink>;

export const Annotation = z.object({
  id: z.string().regex(/^(en|ko)-[a-z0-9-]+$/),
  title: z.string(),
  language: z.enum(['en', 'ko']),
  genre: z.string(),
  source: z.object({
    url: z.string(),
    publisher: z.string(),
    licence: z.string(),
    retrieved: z.string(),
    excerpt: z.string().optional(),
  }),
  split: z.enum(['dev', 'test']),
  exhaustive: z.boolean(),
  entities: z.array(AnnotatedEntity),
  relations: z.array(AnnotatedRelation),
  mustNotLink: z.array(MustNotLink).default([]),
  notes: z.unknown().optional(),
});
export type Annotation = z.infer<typeof Annotation>;

/** Problems that make an annotation unusable: quotes not in the text, endpoints that name no entity. */
export function annotationProblems(a: Annotation, text: string): string[] {
  const names = new Set(a.entities.map((e) => e.name));
  const out: string[] = [];
  for (const r of a.relations) {
    if (!text.includes(r.quote)) out.push(`relation quote not in the text: ${r.quote}`);
    for (const end of [r.source, r.target]) if (!names.has(end)) out.push(`relation names no entity: ${end}`);
  }
  for (const p of a.mustNotLink) {
    if (!text.includes(p.quote)) out.push(`must-not-link quote not in the text: ${p.quote}`);
    for (const end of [p.a, p.b]) if (!names.has(end)) out.push(`must-not-link names no entity: ${end}`);
  }
  return out;
}
