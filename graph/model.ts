import { z } from 'zod';

/** Bump when the graph document changes shape; loaders reject other versions. */
export const GRAPH_FORMAT_VERSION = 1;

export const NodeKind = z.enum([
  'Document',
  'Section',
  'Industry',
  'Policy',
  'Country',
  'Company',
  'Organization',
  'Material',
  'Technology',
  'Strategy',
  'Implication',
  'Figure',
  'RoadmapItem',
]);
export type NodeKind = z.infer<typeof NodeKind>;

/** Kinds that name things in the world; they keep one id across documents so reports connect. */
export const ENTITY_KINDS = [
  'Industry',
  'Policy',
  'Country',
  'Company',
  'Organization',
  'Material',
  'Technology',
] as const satisfies readonly NodeKind[];
export type EntityKind = (typeof ENTITY_KINDS)[number];

export function isEntityKind(kind: NodeKind): kind is EntityKind {
  return (ENTITY_KINDS as readonly NodeKind[]).includes(kind);
}

/**
 * Edge vocabulary. Direction is always source → target as written in the comment.
 * The README documents each type with an example sentence.
 */
export const EdgeType = z.enum([
  'ENACTED_BY', // Policy → Country | Organization: the country, bloc or body that adopted or runs the policy
  'TARGETS', // Policy → Industry | Technology: the sectors a policy supports, subsidises or regulates
  'AFFECTS', // Policy → Company | Material | Country: companies, materials or third countries the text says a policy bears on
  'RESPONDS_TO', // Strategy | Implication | RoadmapItem → Policy: a response the text ties to a policy
  'IMPLIES', // Country | Policy → Implication: the source of a "시사점" / implication
  'CONCERNS', // Strategy | Implication | RoadmapItem → any entity: what the item is about
  'SERVES', // Strategy → Industry: the industry a strategy is for
  'OPERATES_IN', // Company → Industry
  'BASED_IN', // Company | Organization → Country
  'DEVELOPS', // Company | Country → Technology: who the text says develops or invests in a technology
  'USES', // Industry | Technology → Material | Technology: inputs the text names
  'SECURES', // Policy | Strategy | Implication → Material: securing supply of a material
  'PART_OF', // Section → Section | Document; Strategy → Strategy; RoadmapItem → Document
  'MEMBER_OF', // Country → Country (bloc) | Policy (agreement) | Organization (WTO, OECD); Company | Organization → Organization; Company → Company (consortium)
  'MEASURES', // Figure → any node: the quantity a figure states
  'SCHEDULES', // RoadmapItem → Strategy | Industry | Technology | Policy: what the roadmap puts on a timeline
  'IMPOSES', // Country | Organization | Policy → Material | Industry | Technology | Country | Company: a tariff, ban or control put on it
  'FUNDS', // Country | Organization → Company | Industry | Technology | Organization: grants, loans, awards
  'LOCATED_IN', // Company | Organization → Country: a plant, fab, mine or office of it is there
  'PRODUCES', // Country | Company → Material | Industry | Technology: produces, mines or makes it
  'SUPPLIES', // Company | Country → Company | Country: sells, ships or exports to it
  'PARTNERS_WITH', // Company | Organization | Country → same: partnership, joint venture, cooperation (text order)
  'INVESTS_IN', // Company | Country | Organization → Company | Country | Industry: invests money in it
  'ACQUIRES', // Company → Company: buys or takes over
  'LICENSES_FROM', // Company → Company: licenses technology from
  'MENTIONED_IN', // entity → Section (the Document before the first heading): where the report names it
]);
export type EdgeType = z.infer<typeof EdgeType>;

/** Types whose statement reads the same both ways: one edge per pair, in the order the text first states it. */
export const SYMMETRIC_EDGES: ReadonlySet<EdgeType> = new Set<EdgeType>(['PARTNERS_WITH']);

type Ends = readonly [source: readonly NodeKind[], target: readonly NodeKind[]];
const ACTORS = ['Country', 'Company', 'Organization'] as const;
const GUIDANCE = ['Strategy', 'Implication', 'RoadmapItem'] as const;

/**
 * The kinds each statement joins, as the README's edge table gives them: alternatives of source kinds and
 * target kinds. Types absent here (a figure's MEASURES, CONCERNS, structure) join any kinds.
 */
export const EDGE_ENDS: Partial<Record<EdgeType, readonly Ends[]>> = {
  ENACTED_BY: [[['Policy'], ['Country', 'Organization']]],
  TARGETS: [[['Policy'], ['Industry', 'Technology']]],
  AFFECTS: [[['Policy'], ['Company', 'Material', 'Country']]],
  RESPONDS_TO: [[GUIDANCE, ['Policy']]],
  IMPLIES: [[['Country', 'Policy'], ['Implication']]],
  SERVES: [[['Strategy'], ['Industry']]],
  OPERATES_IN: [[['Company'], ['Industry']]],
  BASED_IN: [[['Company', 'Organization'], ['Country']]],
  DEVELOPS: [[ACTORS, ['Technology']]],
  USES: [
    [
      ['Industry', 'Technology', 'Company'],
      ['Material', 'Technology', 'Industry'],
    ],
  ],
  SECURES: [[['Policy', 'Country', 'Company', ...GUIDANCE], ['Material']]],
  MEMBER_OF: [
    // `Korea joined the OECD`: countries are the members of international organisations.
    [['Country'], ['Country', 'Policy', 'Organization']],
    [['Company', 'Organization'], ['Organization']],
    // `Ocean Minerals Company, comprising Cyprus Minerals and Lockheed Martin`: a member of a consortium.
    [['Company'], ['Company']],
  ],
  SCHEDULES: [[['RoadmapItem'], ['Strategy', 'Industry', 'Technology', 'Policy']]],
  IMPOSES: [
    [
      ['Country', 'Organization', 'Policy'],
      ['Material', 'Industry', 'Technology', 'Country', 'Company'],
    ],
  ],
  FUNDS: [
    [
      ['Country', 'Organization'],
      ['Company', 'Industry', 'Technology', 'Organization'],
    ],
  ],
  LOCATED_IN: [[['Company', 'Organization'], ['Country']]],
  PRODUCES: [
    [
      ['Country', 'Company'],
      ['Material', 'Industry', 'Technology'],
    ],
  ],
  SUPPLIES: [
    [
      ['Company', 'Country'],
      ['Company', 'Country'],
    ],
  ],
  PARTNERS_WITH: [[ACTORS, ACTORS]],
  INVESTS_IN: [[ACTORS, ['Company', 'Country', 'Industry']]],
  ACQUIRES: [[['Company'], ['Company']]],
  LICENSES_FROM: [[['Company'], ['Company']]],
};

/** Whether a statement of this type can join these kinds. */
export function edgeFits(type: EdgeType, source: NodeKind, target: NodeKind): boolean {
  const ends = EDGE_ENDS[type];
  return ends === undefined || ends.some(([s, t]) => s.includes(source) && t.includes(target));
}

/** Report structure, not statements about the world: what the analyst views and the overview set apart. */
export const STRUCTURAL_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(['Document', 'Section']);
export const STRUCTURAL_TYPES: ReadonlySet<EdgeType> = new Set<EdgeType>(['MENTIONED_IN', 'PART_OF']);

/**
 * A passage of a source document. `start`/`end` are JavaScript string offsets (UTF-16 code units)
 * into the document text exactly as decoded from the file; `quote === text.slice(start, end)`.
 */
export const Evidence = z
  .object({
    documentId: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    quote: z.string().min(1),
    /** Section ids from the outermost to the innermost section containing the passage. */
    sectionPath: z.array(z.string()).default([]),
    /** Extraction rule that produced this evidence, for auditing (e.g. `structure:country-section`). */
    rule: z.string().optional(),
    /** The 1-based page of a PDF source where the passage starts (absent for other sources). */
    page: z.number().int().positive().optional(),
  })
  .refine((e) => e.end > e.start, { message: 'end must be greater than start', path: ['end'] });
export type Evidence = z.infer<typeof Evidence>;

export const PropertyValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type PropertyValue = z.infer<typeof PropertyValue>;

export const Node = z.object({
  id: z.string().min(1),
  kind: NodeKind,
  /** Display name: the name as the source text writes it, or the lexicon's preferred name. */
  name: z.string().min(1),
  nameKo: z.string().optional(),
  nameEn: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  properties: z.record(z.string(), PropertyValue).default({}),
  mentions: z.array(Evidence).default([]),
});
export type Node = z.infer<typeof Node>;

export const Edge = z.object({
  id: z.string().min(1),
  type: EdgeType,
  source: z.string().min(1),
  target: z.string().min(1),
  properties: z.record(z.string(), PropertyValue).default({}),
  evidence: z.array(Evidence).min(1, 'every edge needs at least one evidence passage'),
});
export type Edge = z.infer<typeof Edge>;

export const DocumentInfo = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'document ids use letters, digits, dot, dash, underscore'),
  title: z.string(),
  language: z.enum(['ko', 'en']),
  sourcePath: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  chars: z.number().int().nonnegative(),
  lexiconVersion: z.string(),
  importedAt: z.string(),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

/** The one interchange format: what `kg import --out` writes and what every store loads. */
export const GraphDocument = z.object({
  format: z.literal('policy-graph'),
  version: z.literal(GRAPH_FORMAT_VERSION),
  document: DocumentInfo,
  /** The decoded source text that every evidence offset points into. */
  text: z.string(),
  nodes: z.array(Node),
  edges: z.array(Edge),
  warnings: z.array(z.string()).default([]),
});
export type GraphDocument = z.infer<typeof GraphDocument>;

/** A piece of the graph as the API and the app exchange it. */
export const GraphSlice = z.object({
  nodes: z.array(Node),
  edges: z.array(Edge),
});
export type GraphSlice = z.infer<typeof GraphSlice>;
