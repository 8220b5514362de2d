import { createHash } from 'node:crypto';
import type { Edge, EdgeType, Evidence, GraphDocument, Node, NodeKind } from '../graph/model';

export interface SyntheticOptions {
  nodes: number;
  edges: number;
  seed?: number;
  /** How many reports the corpus is split into; entities used by several reports are shared. */
  documents?: number;
}

/** Names from the sample report, with English equivalents; a numeric suffix makes them unique. */
const VOCABULARY: Record<NodeKind, readonly (readonly [string, string])[]> = {
  Country: [
    ['미국', 'United States'],
    ['중국', 'China'],
    ['일본', 'Japan'],
    ['영국', 'United Kingdom'],
    ['유럽연합', 'European Union'],
    ['인도', 'India'],
    ['베트남', 'Vietnam'],
    ['아세안', 'ASEAN'],
    ['중동', 'Middle East'],
    ['중남미', 'Latin America'],
  ],
  Industry: [
    ['반도체', 'Semiconductors'],
    ['이차전지', 'Secondary batteries'],
    ['바이오헬스', 'Bio-health'],
    ['디스플레이', 'Displays'],
    ['자동차', 'Automobiles'],
    ['조선', 'Shipbuilding'],
    ['석유화학', 'Petrochemicals'],
    ['신재생에너지', 'Renewable energy'],
    ['방산', 'Defense'],
    ['핀테크', 'FinTech'],
  ],
  Policy: [
    ['인플레이션 감축법', 'Inflation Reduction Act'],
    ['반도체법', 'CHIPS and Science Act'],
    ['탄소국경조정제도', 'Carbon Border Adjustment Mechanism'],
    ['핵심원자재법', 'Critical Raw Materials Act'],
    ['그린딜', 'Green Deal'],
    ['중국제조 2025', 'Made in China 2025'],
    ['국방물자생산법', 'Defense Production Act'],
    ['탄소중립 기본계획', 'Net Zero Strategy'],
  ],
  Company: [
    ['삼성전자', 'Samsung Electronics'],
    ['SK하이닉스', 'SK hynix'],
    ['LG에너지솔루션', 'LG Energy Solution'],
    ['삼성SDI', 'Samsung SDI'],
    ['현대자동차', 'Hyundai Motor'],
    ['TSMC', 'TSMC'],
    ['CATL', 'CATL'],
    ['BYD', 'BYD'],
    ['SMIC', 'SMIC'],
  ],
  Organization: [
    ['세계무역기구', 'World Trade Organization'],
    ['번 유니언', 'Berne Union'],
    ['산업통상자원부', 'Ministry of Trade, Industry and Energy'],
    ['한국무역협회', 'Korea International Trade Association'],
    ['포괄적·점진적 환태평양경제동반자협정', 'CPTPP'],
  ],
  Material: [
    ['리튬', 'Lithium'],
    ['니켈', 'Nickel'],
    ['코발트', 'Cobalt'],
    ['희토류', 'Rare earths'],
    ['흑연', 'Graphite'],
    ['원자재', 'Raw materials'],
  ],
  Technology: [
    ['전고체 배터리', 'Solid-state battery'],
    ['인공지능', 'Artificial intelligence'],
    ['클라우드', 'Cloud computing'],
    ['수소 연료전지', 'Hydrogen fuel cell'],
    ['태양광', 'Solar photovoltaics'],
    ['풍력', 'Wind power'],
    ['LFP 배터리', 'LFP battery'],
    ['첨단 패키징', 'Advanced packaging'],
  ],
  Document: [['무역수지 개선 보고서', 'Trade balance report']],
  Section: [
    ['서론', 'Introduction'],
    ['공급망 분석', 'Supply chain analysis'],
    ['주요국 산업정책', 'Industrial policies of major economies'],
    ['시사점', 'Implications'],
  ],
  Strategy: [
    ['초격차 전략', 'Super-gap strategy'],
    ['공급망 다변화', 'Supply chain diversification'],
    ['수출시장 개척', 'New export markets'],
  ],
  Implication: [
    ['수출 경쟁력 강화', 'Stronger export competitiveness'],
    ['핵심 광물 확보', 'Securing critical minerals'],
  ],
  Figure: [
    ['수출 증가율', 'Export growth rate'],
    ['무역수지 흑자', 'Trade surplus'],
  ],
  RoadmapItem: [
    ['단기 과제', 'Short-term task'],
    ['중장기 과제', 'Mid- to long-term task'],
  ],
};

/** Share of entity nodes per kind; the list order is also hub order (countries are the biggest hubs). */
const ENTITY_MIX: readonly (readonly [NodeKind, number])[] = [
  ['Country', 0.01],
  ['Industry', 0.04],
  ['Policy', 0.1],
  ['Technology', 0.18],
  ['Material', 0.1],
  ['Organization', 0.12],
  ['Company', 0.45],
];
/** Share of all nodes that are document-scoped (sections, strategies, …). */
const SCOPED_MIX: readonly (readonly [NodeKind, number])[] = [
  ['Section', 0.03],
  ['Strategy', 0.02],
  ['Implication', 0.01],
  ['Figure', 0.02],
  ['RoadmapItem', 0.01],
];

const EDGE_FOR: Partial<Record<NodeKind, Partial<Record<NodeKind, EdgeType>>>> = {
  Policy: {
    Country: 'ENACTED_BY',
    Industry: 'TARGETS',
    Technology: 'TARGETS',
    Company: 'AFFECTS',
    Material: 'SECURES',
  },
  Company: {
    Industry: 'OPERATES_IN',
    Country: 'BASED_IN',
    Technology: 'DEVELOPS',
    Organization: 'MEMBER_OF',
  },
  Organization: { Country: 'BASED_IN' },
  Country: { Technology: 'DEVELOPS', Country: 'MEMBER_OF' },
  Industry: { Material: 'USES', Technology: 'USES' },
  Technology: { Material: 'USES', Technology: 'USES' },
  Strategy: { Industry: 'SERVES', Material: 'SECURES', Policy: 'RESPONDS_TO' },
  Implication: { Policy: 'RESPONDS_TO' },
  RoadmapItem: { Policy: 'SCHEDULES', Industry: 'SCHEDULES', Technology: 'SCHEDULES' },
  Figure: {},
};

/** A deterministic pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Draft {
  node: Node;
  /** Index of the report a document-scoped node belongs to; -1 for shared entities. */
  home: number;
}

/** Collects one report's text, handing back evidence for each passage appended. */
class TextBuilder {
  private readonly parts: string[] = [];
  length = 0;
  constructor(readonly documentId: string) {}

  append(text: string): number {
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    return start;
  }

  evidence(start: number, quote: string, rule: string): Evidence {
    return { documentId: this.documentId, start, end: start + quote.length, quote, sectionPath: [], rule };
  }

  toString(): string {
    return this.parts.join('');
  }
}

/**
 * A corpus of reports with the given total node and edge counts, Korean and English names from the
 * sample report's vocabulary, every node kind, a skewed degree distribution (a few hubs, a long tail),
 * and evidence that always equals its slice of the report text.
 */
export function buildSyntheticCorpus(options: SyntheticOptions): GraphDocument[] {
  if (options.nodes < 100) throw new Error('a synthetic corpus needs at least 100 nodes');
  const next = random(options.seed ?? 1);
  const docCount = Math.max(1, Math.min(options.documents ?? 8, Math.floor(options.nodes / 20)));
  const docIds = Array.from({ length: docCount }, (_, i) => `synthetic-${String(i).padStart(3, '0')}`);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

  const entities: Draft[] = [];
  const scoped: Draft[] = [];
  const makeNode = (kind: NodeKind, serial: number, id: string): Node => {
    const [ko, en] = pick(VOCABULARY[kind]);
    const node: Node = {
      id,
      kind,
      name: `${ko} ${serial}`,
      nameKo: `${ko} ${serial}`,
      nameEn: `${en} ${serial}`,
      aliases:
        serial % 5 === 0
          ? [
              `${en
                .replace(/[^A-Za-z]/g, '')
                .slice(0, 4)
                .toUpperCase()}-${serial}`,
            ]
          : [],
      properties: {},
      mentions: [],
    };
    return node;
  };

  const documentsAndSections = docCount;
  const scopedTotal = Math.min(
    options.nodes - documentsAndSections,
    Math.round(options.nodes * SCOPED_MIX.reduce((s, [, share]) => s + share, 0)),
  );
  const entityTotal = options.nodes - documentsAndSections - scopedTotal;
  let serial = 0;
  for (const [kind, share] of ENTITY_MIX) {
    const count = kind === 'Company' ? entityTotal - entities.length : Math.round(entityTotal * share);
    for (let i = 0; i < count; i++) {
      serial++;
      entities.push({ node: makeNode(kind, serial, `${kind.toLowerCase()}:synthetic-${serial}`), home: -1 });
    }
  }
  const scopedWeights = SCOPED_MIX.reduce((s, [, share]) => s + share, 0);
  for (const [kind, share] of SCOPED_MIX) {
    const count =
      kind === 'RoadmapItem'
        ? scopedTotal - scoped.length
        : Math.round((scopedTotal * share) / scopedWeights);
    for (let i = 0; i < count; i++) {
      serial++;
      const home = scoped.length % docCount;
      scoped.push({ node: makeNode(kind, serial, `${docIds[home]}:${kind.toLowerCase()}:${serial}`), home });
    }
  }
  const documents = docIds.map((id, home) => ({
    node: { ...makeNode('Document', 0, `${id}:document`), name: `무역수지 개선 보고서 ${home}` },
    home,
  }));
  const sectionsOf = docIds.map((_, home) =>
    scoped.filter((d) => d.home === home && d.node.kind === 'Section'),
  );

  // Endpoints: entities by a power law over hub order, so a few hundred nodes take most edges.
  const skewed = () => entities[Math.floor(entities.length * next() ** 2.2)]!;
  const uniform = () => (next() < 0.85 ? pick(entities) : pick(scoped));

  const texts = docIds.map((id) => new TextBuilder(id));
  const nodeParts = docIds.map(() => new Map<string, Node>());
  const edgeParts: Edge[][] = docIds.map(() => []);

  const mention = (home: number, draft: Draft) => {
    const part = nodeParts[home]!;
    if (part.has(draft.node.id)) return;
    const text = texts[home]!;
    const start = text.append(`${draft.node.name} 관련 내용이 언급된다. `);
    part.set(draft.node.id, {
      ...draft.node,
      aliases: [...draft.node.aliases],
      mentions: [text.evidence(start, draft.node.name, 'synthetic:mention')],
    });
  };
  const connect = (home: number, type: EdgeType, source: Draft, target: Draft, serialNo: number) => {
    mention(home, source);
    mention(home, target);
    const text = texts[home]!;
    const sentence = `${source.node.name}은(는) ${target.node.name}와(과) 관련된다(${type}). `;
    const start = text.append(sentence);
    edgeParts[home]!.push({
      id: `synthetic-edge:${serialNo}`,
      type,
      source: source.node.id,
      target: target.node.id,
      properties: {},
      evidence: [text.evidence(start, sentence.trimEnd(), 'synthetic:edge')],
    });
  };

  let edgeSerial = 0;
  for (let home = 0; home < docCount; home++) {
    mention(home, documents[home]!);
    for (const section of sectionsOf[home]!) {
      mention(home, section);
      if (edgeSerial < options.edges) connect(home, 'PART_OF', section, documents[home]!, edgeSerial++);
    }
  }
  for (const draft of [...entities, ...scoped])
    mention(draft.home === -1 ? Math.floor(next() * docCount) : draft.home, draft);

  while (edgeSerial < options.edges) {
    const home = Math.floor(next() * docCount);
    const sections = sectionsOf[home]!;
    if (sections.length > 0 && next() < 0.2) {
      connect(home, 'MENTIONED_IN', skewed(), pick(sections), edgeSerial++);
      continue;
    }
    let source = uniform();
    let target = skewed();
    if (source === target) continue;
    let type = EDGE_FOR[source.node.kind]?.[target.node.kind];
    if (!type) {
      const reverse = EDGE_FOR[target.node.kind]?.[source.node.kind];
      if (reverse) {
        [source, target] = [target, source];
        type = reverse;
      } else {
        type = source.node.kind === 'Figure' ? 'MEASURES' : 'CONCERNS';
      }
    }
    // A document-scoped endpoint fixes the report the edge belongs to.
    const owner = source.home !== -1 ? source.home : target.home !== -1 ? target.home : home;
    connect(owner, type, source, target, edgeSerial++);
  }

  const importedAt = new Date(0).toISOString();
  return docIds.map((id, home) => {
    const text = texts[home]!.toString();
    return {
      format: 'policy-graph',
      version: 1,
      document: {
        id,
        title: documents[home]!.node.name,
        language: 'ko',
        sourcePath: `synthetic/${id}.txt`,
        sha256: createHash('sha256').update(text).digest('hex'),
        bytes: Buffer.byteLength(text),
        chars: text.length,
        lexiconVersion: 'synthetic',
        importedAt,
      },
      text,
      nodes: [...nodeParts[home]!.values()],
      edges: edgeParts[home]!,
      warnings: [],
    } satisfies GraphDocument;
  });
}

/**
 * A small report written after the corpus is loaded: `count` new companies, each linked to one of
 * `hubs` (nodes of the corpus, whose degree the write changes). Every new company's English name starts
 * with {@link probeQuery}`(run)`.
 */
export function buildProbeDocument(run: number, hubs: readonly Node[], count = 50): GraphDocument {
  const id = `probe-${run}`;
  const text = new TextBuilder(id);
  const nodes = new Map<string, Node>();
  const edges: Edge[] = [];
  const mention = (node: Node) => {
    if (nodes.has(node.id)) return;
    const start = text.append(`${node.name} 관련 내용이 언급된다. `);
    nodes.set(node.id, { ...node, mentions: [text.evidence(start, node.name, 'synthetic:mention')] });
  };
  for (let k = 0; k < count; k++) {
    const company: Node = {
      id: `company:probe-${run}-${k}`,
      kind: 'Company',
      name: `탐색기업 ${run}-${k}`,
      nameKo: `탐색기업 ${run}-${k}`,
      nameEn: `${probeQuery(run)}${k}`,
      aliases: [],
      properties: {},
      mentions: [],
    };
    const hub = hubs[k % hubs.length]!;
    mention(company);
    mention(hub);
    const sentence = `${company.name}은(는) ${hub.name}와(과) 관련된다(CONCERNS). `;
    const start = text.append(sentence);
    edges.push({
      id: `probe-edge:${run}:${k}`,
      type: 'CONCERNS',
      source: company.id,
      target: hub.id,
      properties: {},
      evidence: [text.evidence(start, sentence.trimEnd(), 'synthetic:edge')],
    });
  }
  const body = text.toString();
  return {
    format: 'policy-graph',
    version: 1,
    document: {
      id,
      title: `탐색 보고서 ${run}`,
      language: 'ko',
      sourcePath: `synthetic/${id}.txt`,
      sha256: createHash('sha256').update(body).digest('hex'),
      bytes: Buffer.byteLength(body),
      chars: body.length,
      lexiconVersion: 'synthetic',
      importedAt: new Date(0).toISOString(),
    },
    text: body,
    nodes: [...nodes.values()],
    edges,
    warnings: [],
  };
}

/** A prefix of the English name of every company in probe document `run`, and of no other node. */
export function probeQuery(run: number): string {
  return `Probe Works ${run}-`;
}
