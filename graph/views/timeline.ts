import { z } from 'zod';
import { Evidence, type Node, type NodeKind } from '../model';
import { compareIds, documentsOf, NodeRef, nodeRef, type SemanticGraph } from './common';

export const TIMELINE_KINDS = ['Policy', 'Figure', 'RoadmapItem'] as const satisfies readonly NodeKind[];
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
export const TERMS = ['short', 'mid', 'long'] as const;
export type Term = (typeof TERMS)[number];

export const TimelineEvent = z.object({
  node: NodeRef,
  /** Enactment year of a policy, year of a figure; absent for roadmap items and undated nodes. */
  year: z.number().int().optional(),
  /** Roadmap horizon as the report states it (단기/중기/장기, short/mid/long term). */
  term: z.enum(TERMS).optional(),
  /** The horizon's own words when the report gives them (`2025~2027`, `1~2년`). */
  horizon: z.string().optional(),
  documents: z.array(z.string()),
  /** The first passage naming the node. */
  evidence: Evidence.optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Timeline = z.object({
  /** Dated events by year, then roadmap items by term; undated ones last. */
  events: z.array(TimelineEvent),
  years: z.array(z.number().int()),
});
export type Timeline = z.infer<typeof Timeline>;

const YEAR_IN_TEXT = /(?<![\d])(19[5-9]\d|20\d\d)(?![\d])/;

function asYear(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : undefined;
}

/** A policy's enactment year: a stated property, else the year in its name (`… Act of 2022`). */
export function policyYear(node: Node): number | undefined {
  const p = node.properties;
  const stated = asYear(p.year) ?? asYear(p.enacted) ?? asYear(p.enactedYear);
  if (stated !== undefined) return stated;
  for (const name of [node.nameEn, node.name, node.nameKo, ...node.aliases]) {
    const m = name ? YEAR_IN_TEXT.exec(name) : null;
    if (m) return Number(m[1]);
  }
  return undefined;
}

const TERM_WORDS: [Term, RegExp][] = [
  ['short', /^(short|단기)/i],
  ['mid', /^(mid|medium|중기)/i],
  ['long', /^(long|장기)/i],
];

export function roadmapTerm(node: Node): Term | undefined {
  const raw = node.properties.term;
  if (typeof raw !== 'string') return undefined;
  return TERM_WORDS.find(([, re]) => re.test(raw.trim()))?.[0];
}

/** A node of the timeline and its event as it reads without a document filter. */
export interface TimelineEntry {
  node: Node;
  event: TimelineEvent;
}

/** Every policy, figure and roadmap item as an event, in timeline order: by year, then term, undated last. */
export function timelineEntries(graph: SemanticGraph): TimelineEntry[] {
  const kinds = new Set<NodeKind>(TIMELINE_KINDS);
  const entries: TimelineEntry[] = [];
  for (const node of graph.nodes.values()) {
    if (!kinds.has(node.kind)) continue;
    const event: TimelineEvent = { node: nodeRef(node), documents: documentsOf(node) };
    const year =
      node.kind === 'Policy'
        ? policyYear(node)
        : node.kind === 'Figure'
          ? asYear(node.properties.year)
          : undefined;
    if (year !== undefined) event.year = year;
    if (node.kind === 'RoadmapItem') {
      const term = roadmapTerm(node);
      if (term) event.term = term;
      if (typeof node.properties.horizon === 'string') event.horizon = node.properties.horizon;
    }
    const mention = node.mentions[0];
    if (mention) event.evidence = mention;
    entries.push({ node, event });
  }
  const slot = (e: TimelineEvent) =>
    e.year !== undefined ? e.year : e.term ? 10_000 + TERMS.indexOf(e.term) : 20_000;
  entries.sort(
    ({ event: a }, { event: b }) =>
      slot(a) - slot(b) || compareIds(a.node.kind, b.node.kind) || compareIds(a.node.id, b.node.id),
  );
  return entries;
}

/** The timeline of some kinds or one document, from `timelineEntries`. */
export function selectTimeline(
  entries: readonly TimelineEntry[],
  options: { kinds?: TimelineKind[]; document?: string } = {},
): Timeline {
  const kinds = new Set<NodeKind>(options.kinds ?? TIMELINE_KINDS);
  const { document } = options;
  const events: TimelineEvent[] = [];
  for (const { node, event } of entries) {
    if (!kinds.has(node.kind)) continue;
    if (!document) {
      events.push(event);
      continue;
    }
    if (!event.documents.includes(document)) continue;
    const mention = node.mentions.find((m) => m.documentId === document) ?? node.mentions[0];
    events.push(mention ? { ...event, evidence: mention } : event);
  }
  const years = [...new Set(events.flatMap((e) => (e.year === undefined ? [] : [e.year])))];
  return { events, years };
}

/** Policies, figures and roadmap items on a time axis, optionally of some kinds or one document. */
export function timeline(
  graph: SemanticGraph,
  options: { kinds?: TimelineKind[]; document?: string } = {},
): Timeline {
  return selectTimeline(timelineEntries(graph), options);
}
