import { createHash } from 'node:crypto';
import {
  type Edge,
  type EdgeType,
  type Evidence,
  GraphDocument,
  type Node,
  type NodeKind,
} from '../../graph/model';

export const FIXTURE_DOC_ID = 'fixture-001';

/** A tiny Korean report; the third paragraph carries markup that must stay inert text everywhere. */
export const FIXTURE_TEXT = [
  '1. 미국 인플레이션 감축법(IRA)',
  '미국은 2022년 인플레이션 감축법(IRA)을 제정하여 전기차와 배터리 산업을 지원한다.',
  'IRA는 "북미 최종 조립" 요건을 두어 현대자동차 등 한국 기업에 영향을 준다.',
  '시사점: <script>alert("x")</script> & 기업은 대응해야 한다.',
  '2. 반도체',
  '미국 CHIPS법은 반도체 산업에 527억 달러를 지원한다.',
  '',
].join('\n');

/** Evidence for the first occurrence of `quote` (after `from`, when given) in the fixture text. */
export function evidenceOf(quote: string, from = 0): Evidence {
  const start = FIXTURE_TEXT.indexOf(quote, from);
  if (start < 0) throw new Error(`fixture text has no ${JSON.stringify(quote)}`);
  return { documentId: FIXTURE_DOC_ID, start, end: start + quote.length, quote, sectionPath: [] };
}

function node(id: string, kind: NodeKind, name: string, extra: Partial<Node> = {}, mention?: string): Node {
  return {
    id,
    kind,
    name,
    aliases: [],
    properties: {},
    mentions: mention === undefined ? [] : [evidenceOf(mention)],
    ...extra,
  };
}

function edge(source: string, type: EdgeType, target: string, ...quotes: string[]): Edge {
  return {
    id: `${source}|${type}|${target}`,
    type,
    source,
    target,
    properties: {},
    evidence: quotes.map((q) => evidenceOf(q)),
  };
}

export const IDS = {
  document: `${FIXTURE_DOC_ID}:document`,
  section1: `${FIXTURE_DOC_ID}:section:1`,
  section2: `${FIXTURE_DOC_ID}:section:2`,
  implication: `${FIXTURE_DOC_ID}:implication:1`,
  ira: 'policy:us-ira',
  chips: 'policy:us-chips-act',
  us: 'country:us',
  kr: 'country:kr',
  ev: 'industry:electric-vehicle',
  battery: 'industry:battery',
  semiconductor: 'industry:반도체',
  hyundai: 'company:hyundai-motor',
} as const;

export const SCRIPT_QUOTE = '<script>alert("x")</script> & 기업은 대응해야 한다.';

export function fixtureDocument(): GraphDocument {
  const nodes: Node[] = [
    node(IDS.document, 'Document', '미국 산업정책 보고서'),
    node(IDS.section1, 'Section', '미국 인플레이션 감축법(IRA)', {}, '1. 미국 인플레이션 감축법(IRA)'),
    node(IDS.section2, 'Section', '반도체', {}, '2. 반도체'),
    node(
      IDS.ira,
      'Policy',
      '인플레이션 감축법',
      { nameKo: '인플레이션 감축법', nameEn: 'Inflation Reduction Act', aliases: ['IRA'] },
      '인플레이션 감축법(IRA)',
    ),
    node(IDS.chips, 'Policy', 'CHIPS법', { nameEn: 'CHIPS and Science Act', aliases: ['CHIPS'] }, 'CHIPS법'),
    node(IDS.us, 'Country', '미국', { nameKo: '미국', nameEn: 'United States', aliases: ['US'] }, '미국'),
    node(IDS.kr, 'Country', '한국', { nameKo: '한국', nameEn: 'Korea' }, '한국'),
    node(IDS.ev, 'Industry', '전기차', { nameEn: 'Electric vehicles' }, '전기차'),
    node(IDS.battery, 'Industry', '배터리', { nameEn: 'Batteries' }, '배터리'),
    node(IDS.semiconductor, 'Industry', '반도체', { nameEn: 'Semiconductors' }, '반도체 산업'),
    node(IDS.hyundai, 'Company', '현대자동차', { nameEn: 'Hyundai Motor' }, '현대자동차'),
    node(IDS.implication, 'Implication', '기업은 대응해야 한다', {}, SCRIPT_QUOTE),
  ];
  const edges: Edge[] = [
    edge(IDS.section1, 'PART_OF', IDS.document, '1. 미국 인플레이션 감축법(IRA)'),
    edge(IDS.section2, 'PART_OF', IDS.document, '2. 반도체'),
    edge(IDS.ira, 'ENACTED_BY', IDS.us, '미국은 2022년 인플레이션 감축법(IRA)을 제정'),
    edge(IDS.ira, 'TARGETS', IDS.ev, '인플레이션 감축법(IRA)을 제정하여 전기차와 배터리 산업을 지원한다.'),
    edge(
      IDS.ira,
      'TARGETS',
      IDS.battery,
      '인플레이션 감축법(IRA)을 제정하여 전기차와 배터리 산업을 지원한다.',
    ),
    edge(
      IDS.ira,
      'AFFECTS',
      IDS.hyundai,
      'IRA는 "북미 최종 조립" 요건을 두어 현대자동차 등 한국 기업에 영향을 준다.',
      '현대자동차 등 한국 기업',
    ),
    edge(IDS.hyundai, 'BASED_IN', IDS.kr, '현대자동차 등 한국 기업'),
    edge(IDS.chips, 'ENACTED_BY', IDS.us, '미국 CHIPS법'),
    edge(IDS.chips, 'TARGETS', IDS.semiconductor, 'CHIPS법은 반도체 산업에 527억 달러를 지원한다.'),
    edge(IDS.implication, 'RESPONDS_TO', IDS.ira, SCRIPT_QUOTE),
    edge(IDS.ira, 'MENTIONED_IN', IDS.section1, '인플레이션 감축법(IRA)'),
    edge(IDS.chips, 'MENTIONED_IN', IDS.section2, 'CHIPS법'),
  ];
  return GraphDocument.parse({
    format: 'policy-graph',
    version: 1,
    document: {
      id: FIXTURE_DOC_ID,
      title: '미국 산업정책 보고서',
      language: 'ko',
      sourcePath: 'tests/api/fixture.ts',
      sha256: createHash('sha256').update(FIXTURE_TEXT).digest('hex'),
      bytes: Buffer.byteLength(FIXTURE_TEXT),
      chars: FIXTURE_TEXT.length,
      lexiconVersion: 'fixture',
      importedAt: '2024-01-01T00:00:00.000Z',
    },
    text: FIXTURE_TEXT,
    nodes,
    edges,
    warnings: [],
  });
}
