import type { Edge, GraphSlice, Node } from './model';

export type CsvTable = 'nodes' | 'edges';

const QUOTE_SEPARATOR = '\n\n';
const ALIAS_SEPARATOR = '; ';

/** All evidence quotes of an edge as one text cell, in evidence order. */
export function evidenceText(edge: Edge): string {
  return edge.evidence.map((e) => e.quote).join(QUOTE_SEPARATOR);
}

export function toJson(slice: GraphSlice): string {
  return `${JSON.stringify({ nodes: slice.nodes, edges: slice.edges }, null, 2)}\n`;
}

/** XML 1.0 `Char`: PDF-extracted text can hold form feeds, other C0 controls and lone surrogates, which XML cannot. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#xD;',
};

/** Anything outside the BMP ranges XML always allows: C0 controls, U+FFFE/U+FFFF, and surrogate halves. */
const NOT_PLAIN_XML = /[^\t\n\r -\uD7FF\uE000-\uFFFD]/;

/** Escapes text for XML content and attribute values; characters XML cannot carry become U+FFFD. */
export function xmlEscape(value: string): string {
  const escaped = value.replace(/[&<>"'\r]/g, (ch) => XML_ENTITIES[ch] ?? ch);
  if (!NOT_PLAIN_XML.test(escaped)) return escaped;
  let out = '';
  for (const ch of escaped) out += isXmlChar(ch.codePointAt(0) ?? 0) ? ch : '\uFFFD';
  return out;
}

interface GraphMLKey<T> {
  id: string;
  name: string;
  value: (item: T) => string | undefined;
}

const nodeKeys: GraphMLKey<Node>[] = [
  { id: 'n_label', name: 'label', value: (n) => n.name },
  { id: 'n_kind', name: 'kind', value: (n) => n.kind },
  { id: 'n_name', name: 'name', value: (n) => n.name },
  { id: 'n_nameKo', name: 'nameKo', value: (n) => n.nameKo },
  { id: 'n_nameEn', name: 'nameEn', value: (n) => n.nameEn },
  {
    id: 'n_aliases',
    name: 'aliases',
    value: (n) => (n.aliases.length ? n.aliases.join(ALIAS_SEPARATOR) : undefined),
  },
];

const edgeKeys: GraphMLKey<Edge>[] = [
  { id: 'e_label', name: 'label', value: (e) => e.type },
  { id: 'e_type', name: 'type', value: (e) => e.type },
  { id: 'e_evidence', name: 'evidence', value: evidenceText },
];

function keyDeclaration(key: GraphMLKey<never>, domain: 'node' | 'edge'): string {
  return `  <key id="${key.id}" for="${domain}" attr.name="${key.name}" attr.type="string"/>`;
}

function dataLines<T>(item: T, keys: GraphMLKey<T>[]): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value = key.value(item);
    if (value !== undefined && value !== '')
      lines.push(`      <data key="${key.id}">${xmlEscape(value)}</data>`);
  }
  return lines;
}

/**
 * GraphML 1.0 (directed) for Gephi and Cytoscape desktop. Edges whose endpoints are not both in the
 * slice are left out, because GraphML importers reject dangling references.
 */
export function toGraphML(slice: GraphSlice): string {
  const nodeIds = new Set(slice.nodes.map((n) => n.id));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => keyDeclaration(k, 'node')),
    ...edgeKeys.map((k) => keyDeclaration(k, 'edge')),
    '  <graph id="policy-graph" edgedefault="directed">',
  ];
  for (const node of slice.nodes) {
    lines.push(`    <node id="${xmlEscape(node.id)}">`, ...dataLines(node, nodeKeys), '    </node>');
  }
  for (const edge of slice.edges) {
    if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    lines.push(
      `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">`,
      ...dataLines(edge, edgeKeys),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

// Spreadsheets evaluate cells starting with these as formulas (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field, with spreadsheet formula triggers neutralised by a leading apostrophe. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CSV_COLUMNS = {
  nodes: {
    header: ['id', 'kind', 'name', 'nameKo', 'nameEn', 'aliases'],
    row: (n: Node) => [n.id, n.kind, n.name, n.nameKo ?? '', n.nameEn ?? '', n.aliases.join(ALIAS_SEPARATOR)],
  },
  edges: {
    header: ['id', 'source', 'target', 'type', 'evidence'],
    row: (e: Edge) => [e.id, e.source, e.target, e.type, evidenceText(e)],
  },
} as const;

/** RFC 4180 CSV (CRLF line ends, header row first) of the slice's nodes or edges. */
export function toCsv(slice: GraphSlice, table: CsvTable): string {
  const rows: string[][] =
    table === 'nodes'
      ? [[...CSV_COLUMNS.nodes.header], ...slice.nodes.map(CSV_COLUMNS.nodes.row)]
      : [[...CSV_COLUMNS.edges.header], ...slice.edges.map(CSV_COLUMNS.edges.row)];
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
