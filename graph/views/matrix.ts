import { z } from 'zod';
import { invalidInput, notFound } from '../errors';
import type { Edge, Node, NodeKind } from '../model';
import {
  adjacency,
  compareIds,
  EdgeRef,
  edgeRef,
  evidenceWeight,
  NodeRef,
  nodeRef,
  type SemanticGraph,
} from './common';

export interface MatrixSpec {
  rows: NodeKind;
  cols: NodeKind;
  /** Kinds a link may pass through (one intermediate node). */
  via: NodeKind[];
  /** Whether an edge joining row and column counts as a link. */
  direct: boolean;
  title: string;
}

export const MATRICES = {
  'policy-industry': {
    rows: 'Policy',
    cols: 'Industry',
    via: ['Company', 'Material', 'Technology'],
    direct: true,
    title: 'Policy × industry: direct links and links through one company, material or technology',
  },
  'industry-industry': {
    rows: 'Industry',
    cols: 'Industry',
    via: ['Material', 'Policy', 'Company'],
    direct: false,
    title: 'Industry × industry: shared materials, policies and companies',
  },
  'country-industry': {
    rows: 'Country',
    cols: 'Industry',
    via: ['Policy', 'Company'],
    direct: true,
    title: 'Country × industry: direct links and links through one policy or company',
  },
} as const satisfies Record<string, MatrixSpec>;
export type MatrixName = keyof typeof MATRICES;
export const MATRIX_NAMES = Object.keys(MATRICES) as MatrixName[];

export const MATRIX_DEFAULT_SIZE = 40;
export const MATRIX_MAX_SIZE = 200;

/** One link of a cell: an edge between row and column, or a path through one intermediate node. */
export const MatrixLink = z.object({ via: NodeRef.optional(), edges: z.array(EdgeRef) });
export type MatrixLink = z.infer<typeof MatrixLink>;

export const MatrixCell = z.object({
  row: z.string(),
  col: z.string(),
  /** Links in the cell: direct edges count one each, every intermediate node one. */
  count: z.number().int(),
  direct: z.number().int(),
  indirect: z.number().int(),
  /**
   * Passages behind the cell: a direct edge adds its evidence count; a link through a node adds half of
   * its weaker side's evidence count (a chain is as strong as its weakest edge, and less than a direct one).
   */
  strength: z.number(),
});
export type MatrixCell = z.infer<typeof MatrixCell>;

export const Matrix = z.object({
  name: z.string(),
  title: z.string(),
  rows: z.array(NodeRef.extend({ strength: z.number() })),
  cols: z.array(NodeRef.extend({ strength: z.number() })),
  /** Only the non-empty cells among the listed rows and columns. */
  cells: z.array(MatrixCell),
});
export type Matrix = z.infer<typeof Matrix>;

export const MatrixCellLinks = z.object({
  name: z.string(),
  row: NodeRef,
  col: NodeRef,
  cell: MatrixCell,
  links: z.array(MatrixLink),
});
export type MatrixCellLinks = z.infer<typeof MatrixCellLinks>;

const sortEdges = (edges: Edge[]) => [...edges].sort((a, b) => compareIds(a.id, b.id));

function cellLinks(
  graph: SemanticGraph,
  adj: ReturnType<typeof adjacency>,
  spec: MatrixSpec,
  row: string,
  col: string,
): { links: { via?: Node; edges: Edge[] }[]; cell: MatrixCell } {
  const links: { via?: Node; edges: Edge[] }[] = [];
  let strength = 0;
  let direct = 0;
  const rowAdj = adj.get(row);
  const colAdj = adj.get(col);
  if (spec.direct && row !== col) {
    for (const edge of sortEdges(rowAdj?.get(col) ?? [])) {
      links.push({ edges: [edge] });
      strength += edge.evidence.length;
      direct += 1;
    }
  }
  if (rowAdj && colAdj) {
    const vias = [...rowAdj.keys()]
      .filter((x) => x !== row && x !== col && colAdj.has(x))
      .filter((x) => (spec.via as readonly NodeKind[]).includes(graph.nodes.get(x)!.kind))
      .sort(compareIds);
    for (const x of vias) {
      const left = rowAdj.get(x)!;
      const right = colAdj.get(x)!;
      links.push({ via: graph.nodes.get(x)!, edges: [...sortEdges(left), ...sortEdges(right)] });
      strength += Math.min(evidenceWeight(left), evidenceWeight(right)) / 2;
    }
  }
  const cell = {
    row,
    col,
    count: links.length,
    direct,
    indirect: links.length - direct,
    strength,
  };
  return { links, cell };
}

function specOf(name: string): MatrixSpec {
  const spec = (MATRICES as Record<string, MatrixSpec>)[name];
  if (!spec) throw invalidInput(`unknown matrix "${name}"; expected one of ${MATRIX_NAMES.join(', ')}`);
  return spec;
}

/**
 * Every non-empty cell of a matrix, rows and columns in the order of the graph's nodes: from each row
 * through its neighbours, so the work follows the edges rather than every row × column pair.
 */
export function matrixCells(
  graph: SemanticGraph,
  name: MatrixName,
  adj: ReturnType<typeof adjacency> = adjacency(graph),
): MatrixCell[] {
  const spec = specOf(name);
  const via = new Set<NodeKind>(spec.via);
  const kindOf = (id: string) => graph.nodes.get(id)!.kind;
  const position = new Map<string, number>();
  for (const id of graph.nodes.keys()) position.set(id, position.size);
  const cells: MatrixCell[] = [];
  for (const { id: row, kind } of graph.nodes.values()) {
    const rowAdj = kind === spec.rows ? adj.get(row) : undefined;
    if (!rowAdj) continue;
    const byCol = new Map<string, MatrixCell>();
    const cellAt = (col: string) => {
      let cell = byCol.get(col);
      if (!cell) {
        cell = { row, col, count: 0, direct: 0, indirect: 0, strength: 0 };
        byCol.set(col, cell);
      }
      return cell;
    };
    for (const [x, left] of rowAdj) {
      const xKind = kindOf(x);
      if (spec.direct && xKind === spec.cols) {
        const cell = cellAt(x);
        cell.direct += left.length;
        cell.strength += evidenceWeight(left);
      }
      if (!via.has(xKind)) continue;
      const leftWeight = evidenceWeight(left);
      for (const [col, right] of adj.get(x)!) {
        if (col === row || kindOf(col) !== spec.cols) continue;
        const cell = cellAt(col);
        cell.indirect += 1;
        cell.strength += Math.min(leftWeight, evidenceWeight(right)) / 2;
      }
    }
    const rowCells = [...byCol.values()].sort((a, b) => position.get(a.col)! - position.get(b.col)!);
    for (const cell of rowCells) {
      cell.count = cell.direct + cell.indirect;
      cells.push(cell);
    }
  }
  return cells;
}

/** A heat-map table from a matrix's cells: the `size` strongest rows and columns and their cells. */
export function selectMatrix(
  graph: SemanticGraph,
  name: MatrixName,
  cells: readonly MatrixCell[],
  size = MATRIX_DEFAULT_SIZE,
): Matrix {
  const spec = specOf(name);
  const total = (key: 'row' | 'col') => {
    const sums = new Map<string, number>();
    for (const cell of cells) sums.set(cell[key], (sums.get(cell[key]) ?? 0) + cell.strength);
    return [...sums.entries()]
      .sort(([a, x], [b, y]) => y - x || compareIds(a, b))
      .slice(0, size)
      .map(([id, strength]) => ({ ...nodeRef(graph.nodes.get(id)!), strength }));
  };
  const rows = total('row');
  const cols = total('col');
  const keepRows = new Set(rows.map((r) => r.id));
  const keepCols = new Set(cols.map((c) => c.id));
  return {
    name,
    title: spec.title,
    rows,
    cols,
    cells: cells.filter((c) => keepRows.has(c.row) && keepCols.has(c.col)),
  };
}

/** A heat-map table: the `size` strongest rows and columns and their non-empty cells. */
export function exposureMatrix(graph: SemanticGraph, name: MatrixName, size = MATRIX_DEFAULT_SIZE): Matrix {
  return selectMatrix(graph, name, matrixCells(graph, name), size);
}

/** The links behind one cell, each with its edges and their passages. */
export function matrixCell(
  graph: SemanticGraph,
  name: MatrixName,
  row: string,
  col: string,
  adj: ReturnType<typeof adjacency> = adjacency(graph),
): MatrixCellLinks {
  const spec = specOf(name);
  const rowNode = graph.nodes.get(row);
  const colNode = graph.nodes.get(col);
  if (!rowNode) throw notFound('node', row);
  if (!colNode) throw notFound('node', col);
  if (rowNode.kind !== spec.rows)
    throw invalidInput(`row ${row} is not a ${spec.rows} of the graph`, { field: 'row' });
  if (colNode.kind !== spec.cols)
    throw invalidInput(`col ${col} is not a ${spec.cols} of the graph`, { field: 'col' });
  const { links, cell } = cellLinks(graph, adj, spec, row, col);
  return {
    name,
    row: nodeRef(rowNode),
    col: nodeRef(colNode),
    cell,
    links: links.map((l) => ({
      ...(l.via ? { via: nodeRef(l.via) } : {}),
      edges: l.edges.map(edgeRef),
    })),
  };
}
