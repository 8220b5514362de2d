import { describe, expect, it } from 'vitest';
import { csvField, toCsv, toGraphML, toJson, xmlEscape } from '../../graph/export';
import { type Edge, GraphSlice, type Node } from '../../graph/model';
import { parseCsv } from '../api/csv';
import { fixtureDocument, SCRIPT_QUOTE } from '../api/fixture';
import { childrenNamed, parseXml, type XmlElement } from '../api/xml';

const TRICKY_VALUES = [
  ['plain ASCII', 'plain'],
  ['Korean', '반도체 산업 육성 전략'],
  ['a comma', '배터리, 전기차'],
  ['double quotes', '"북미 최종 조립" 요건'],
  ['a newline', '첫 줄\n둘째 줄'],
  ['a CRLF', 'first\r\nsecond'],
  ['markup', '<script>alert("x")</script> & <b>'],
  ['an apostrophe', "Korea's plan"],
  ['a leading space', '  indented'],
] as const;

function makeNode(id: string, name: string, extra: Partial<Node> = {}): Node {
  return { id, kind: 'Policy', name, aliases: [], properties: {}, mentions: [], ...extra };
}

function makeEdge(id: string, source: string, target: string, quotes: string[]): Edge {
  return {
    id,
    type: 'TARGETS',
    source,
    target,
    properties: {},
    evidence: quotes.map((quote, i) => ({ documentId: 'd', start: i, end: i + 1, quote, sectionPath: [] })),
  };
}

function dataOf(element: XmlElement): Record<string, string> {
  return Object.fromEntries(childrenNamed(element, 'data').map((d) => [d.attributes.key!, d.text]));
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['반도체', '반도체'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['cr\rx', '"cr\rx"'],
    ['<&>', '<&>'],
    ['', ''],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+82-2-123', "'+82-2-123"],
    ['-5%', "'-5%"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a header and one CRLF-terminated record per node, and each value reads back unchanged', () => {
    const nodes = TRICKY_VALUES.map(([, value], i) =>
      makeNode(`policy:${i}`, value, { nameKo: value, nameEn: `en ${value}`, aliases: [value, 'x'] }),
    );
    const csv = toCsv({ nodes, edges: [] }, 'nodes');
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['id', 'kind', 'name', 'nameKo', 'nameEn', 'aliases']);
    expect(rows).toHaveLength(nodes.length + 1);
    nodes.forEach((node, i) => {
      expect(rows[i + 1]).toEqual([
        node.id,
        'Policy',
        node.name,
        node.name,
        `en ${node.name}`,
        `${node.name}; x`,
      ]);
    });
  });

  it('writes optional names as empty cells', () => {
    const rows = parseCsv(toCsv({ nodes: [makeNode('policy:a', 'A')], edges: [] }, 'nodes'));
    expect(rows[1]).toEqual(['policy:a', 'Policy', 'A', '', '', '']);
  });

  it('writes one record per edge with all evidence quotes in the evidence column', () => {
    const edges = TRICKY_VALUES.map(([, value], i) =>
      makeEdge(`e${i}`, 'policy:a', '산업:b', [value, '두 번째 근거']),
    );
    const rows = parseCsv(toCsv({ nodes: [], edges }, 'edges'));
    expect(rows[0]).toEqual(['id', 'source', 'target', 'type', 'evidence']);
    expect(rows).toHaveLength(edges.length + 1);
    edges.forEach((edge, i) => {
      expect(rows[i + 1]).toEqual([
        edge.id,
        'policy:a',
        '산업:b',
        'TARGETS',
        `${edge.evidence[0]!.quote}\n\n두 번째 근거`,
      ]);
    });
  });

  it('neutralises a formula at the start of an evidence quote', () => {
    const rows = parseCsv(toCsv({ nodes: [], edges: [makeEdge('e', 'a', 'b', ['=1+1'])] }, 'edges'));
    expect(rows[1]?.[4]).toBe("'=1+1");
  });

  it('writes only the header for an empty slice', () => {
    expect(toCsv({ nodes: [], edges: [] }, 'edges')).toBe('id,source,target,type,evidence\r\n');
  });
});

describe('xmlEscape', () => {
  it.each([
    ['<&>', '&lt;&amp;&gt;'],
    [`"'`, '&quot;&apos;'],
    ['반도체', '반도체'],
    ['a\r\nb', 'a&#xD;\nb'],
    ['form\ffeed', 'form\uFFFDfeed'],
    ['nul\u0000', 'nul\uFFFD'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
    ['emoji 📄', 'emoji 📄'],
  ])('escapes %j as %j', (value, expected) => {
    expect(xmlEscape(value)).toBe(expected);
  });
});

describe('toGraphML', () => {
  it('writes well-formed GraphML 1.0 with a key declared for every data attribute it uses', () => {
    const doc = fixtureDocument();
    const root = parseXml(toGraphML({ nodes: doc.nodes, edges: doc.edges }));
    expect(root.name).toBe('graphml');
    expect(root.attributes.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    const keys = childrenNamed(root, 'key');
    const declared = new Map(keys.map((k) => [k.attributes.id!, k.attributes]));
    const names = (domain: string) =>
      keys.filter((k) => k.attributes.for === domain).map((k) => k.attributes['attr.name']);
    expect(names('node')).toEqual(expect.arrayContaining(['kind', 'name', 'nameKo', 'nameEn']));
    expect(names('edge')).toEqual(expect.arrayContaining(['type', 'evidence']));
    const [graph] = childrenNamed(root, 'graph');
    expect(graph?.attributes.edgedefault).toBe('directed');
    const nodes = childrenNamed(graph!, 'node');
    const edges = childrenNamed(graph!, 'edge');
    expect(nodes).toHaveLength(doc.nodes.length);
    expect(edges).toHaveLength(doc.edges.length);
    for (const element of [...nodes, ...edges]) {
      for (const data of childrenNamed(element, 'data')) {
        expect(declared.get(data.attributes.key!)?.for).toBe(element.name);
      }
    }
    const nodeIds = new Set(nodes.map((n) => n.attributes.id));
    for (const e of edges) {
      expect(nodeIds.has(e.attributes.source)).toBe(true);
      expect(nodeIds.has(e.attributes.target)).toBe(true);
    }
  });

  it.each(TRICKY_VALUES)('carries a value with %s through unchanged', (_label, value) => {
    const nodes = [makeNode(`policy:${value}`, value, { nameKo: value, nameEn: value }), makeNode('b', 'B')];
    const edges = [makeEdge(`edge ${value}`, `policy:${value}`, 'b', [value])];
    const [graph] = childrenNamed(parseXml(toGraphML({ nodes, edges })), 'graph');
    const [node] = childrenNamed(graph!, 'node');
    const [edge] = childrenNamed(graph!, 'edge');
    expect(node?.attributes.id).toBe(`policy:${value}`);
    expect(dataOf(node!)).toMatchObject({
      n_kind: 'Policy',
      n_name: value,
      n_nameKo: value,
      n_nameEn: value,
    });
    expect(edge?.attributes).toMatchObject({ id: `edge ${value}`, source: `policy:${value}`, target: 'b' });
    expect(dataOf(edge!)).toMatchObject({ e_type: 'TARGETS', e_evidence: value });
  });

  it('includes evidence quotes on edges, markup kept as text', () => {
    const doc = fixtureDocument();
    const xml = toGraphML({ nodes: doc.nodes, edges: doc.edges });
    expect(xml).not.toContain('<script>');
    const [graph] = childrenNamed(parseXml(xml), 'graph');
    const quotes = childrenNamed(graph!, 'edge').map((e) => dataOf(e).e_evidence);
    expect(quotes).toContain(SCRIPT_QUOTE);
  });

  it('leaves out edges whose endpoints are not in the slice', () => {
    const xml = toGraphML({ nodes: [makeNode('a', 'A')], edges: [makeEdge('e', 'a', 'missing', ['q'])] });
    const [graph] = childrenNamed(parseXml(xml), 'graph');
    expect(childrenNamed(graph!, 'node')).toHaveLength(1);
    expect(childrenNamed(graph!, 'edge')).toHaveLength(0);
  });

  it('writes a valid empty graph for an empty slice', () => {
    const [graph] = childrenNamed(parseXml(toGraphML({ nodes: [], edges: [] })), 'graph');
    expect(graph?.children).toEqual([]);
  });
});

describe('toJson', () => {
  it('writes a GraphSlice that parses back to the same nodes and edges', () => {
    const doc = fixtureDocument();
    const parsed = GraphSlice.parse(JSON.parse(toJson({ nodes: doc.nodes, edges: doc.edges })));
    expect(parsed).toEqual({ nodes: doc.nodes, edges: doc.edges });
  });
});
