import { stringify } from 'csv-stringify/sync';
import type { Centrality } from './centrality';
import type { EdgeRef, NodeRef } from './common';
import type { Matrix, MatrixCellLinks } from './matrix';
import type { SharedLinks } from './shared';
import type { Timeline } from './timeline';
import type { PolicyTrace } from './tracer';

type Cell = string | number | undefined;

/** RFC 4180 CSV (CRLF, header first) with a byte-order mark so spreadsheet programs read Korean as UTF-8. */
function csv(header: string[], rows: Cell[][]): string {
  return stringify([header, ...rows.map((r) => r.map((c) => c ?? ''))], {
    bom: true,
    record_delimiter: 'windows',
  });
}

const quotes = (edges: EdgeRef[]) => edges.flatMap((e) => e.evidence.map((ev) => ev.quote)).join('\n\n');
const label = (n: NodeRef) => n.name;

export function traceCsv(trace: PolicyTrace): string {
  return csv(
    ['depth', 'parent', 'id', 'kind', 'name', 'edge', 'edge_type', 'passages'],
    trace.steps.map((s) => [
      s.depth,
      s.parent,
      s.node.id,
      s.node.kind,
      label(s.node),
      s.edge.id,
      s.edge.type,
      quotes([s.edge]),
    ]),
  );
}

export function sharedCsv(shared: SharedLinks): string {
  return csv(
    ['kind', 'id', 'name', 'evidence', ...shared.nodes.map((n) => `edges_${n.id}`), 'passages'],
    shared.groups.flatMap((g) =>
      g.neighbors.map((n) => [
        g.kind,
        n.node.id,
        label(n.node),
        n.evidence,
        ...n.links.map((l) => l.edges.map((e) => e.type).join('; ')),
        quotes(n.links.flatMap((l) => l.edges)),
      ]),
    ),
  );
}

export function matrixCsv(matrix: Matrix): string {
  const names = new Map([...matrix.rows, ...matrix.cols].map((n) => [n.id, label(n)]));
  return csv(
    ['row', 'row_name', 'col', 'col_name', 'count', 'direct', 'indirect', 'strength'],
    matrix.cells.map((c) => [
      c.row,
      names.get(c.row),
      c.col,
      names.get(c.col),
      c.count,
      c.direct,
      c.indirect,
      c.strength,
    ]),
  );
}

export function matrixCellCsv(cell: MatrixCellLinks): string {
  return csv(
    ['row', 'col', 'via', 'via_name', 'edges', 'edge_types', 'passages'],
    cell.links.map((l) => [
      cell.row.id,
      cell.col.id,
      l.via?.id,
      l.via ? label(l.via) : undefined,
      l.edges.map((e) => e.id).join('; '),
      l.edges.map((e) => e.type).join('; '),
      quotes(l.edges),
    ]),
  );
}

export function centralityCsv(c: Centrality): string {
  return csv(
    ['rank', 'id', 'kind', 'name', 'degree', 'weighted_degree', 'betweenness', 'pagerank', 'community'],
    c.rows.map((r, i) => [
      i + 1,
      r.node.id,
      r.node.kind,
      label(r.node),
      r.degree,
      r.weightedDegree,
      r.betweenness,
      r.pagerank,
      r.community,
    ]),
  );
}

export function timelineCsv(t: Timeline): string {
  return csv(
    ['year', 'term', 'horizon', 'id', 'kind', 'name', 'documents', 'passage'],
    t.events.map((e) => [
      e.year,
      e.term,
      e.horizon,
      e.node.id,
      e.node.kind,
      label(e.node),
      e.documents.join('; '),
      e.evidence?.quote,
    ]),
  );
}
