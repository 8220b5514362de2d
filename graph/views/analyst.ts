import type { NodeKind } from '../model';
import type { GraphStore } from '../store';
import {
  type Centrality,
  type CentralityRow,
  type CentralityScores,
  centralityScores,
  METRICS,
  type Metric,
  rankRows,
  selectCentrality,
} from './centrality';
import { adjacency, readSemanticGraph, type SemanticGraph } from './common';
import {
  MATRIX_DEFAULT_SIZE,
  type Matrix,
  type MatrixCell,
  type MatrixCellLinks,
  type MatrixName,
  matrixCell,
  matrixCells,
  selectMatrix,
} from './matrix';
import { type SharedLinks, sharedLinks } from './shared';
import {
  selectTimeline,
  type Timeline,
  type TimelineEntry,
  type TimelineKind,
  timelineEntries,
} from './timeline';
import { type PolicyTrace, tracePolicy } from './tracer';

/** What the whole-graph views derive from one read of the semantic graph, each part made when first asked. */
class Analysis {
  private adj: ReturnType<typeof adjacency> | undefined;
  private readonly cells = new Map<MatrixName, MatrixCell[]>();
  private readonly matrices = new Map<string, Matrix>();
  private scores: CentralityScores | undefined;
  private readonly ranked = new Map<Metric, CentralityRow[]>();
  private entries: TimelineEntry[] | undefined;

  constructor(
    readonly version: string,
    readonly graph: SemanticGraph,
  ) {}

  adjacency() {
    this.adj ??= adjacency(this.graph);
    return this.adj;
  }

  matrix(name: MatrixName, size: number): Matrix {
    const key = `${name}|${size}`;
    let matrix = this.matrices.get(key);
    if (!matrix) {
      let cells = this.cells.get(name);
      if (!cells) {
        cells = matrixCells(this.graph, name, this.adjacency());
        this.cells.set(name, cells);
      }
      matrix = selectMatrix(this.graph, name, cells, size);
      this.matrices.set(key, matrix);
    }
    return matrix;
  }

  centrality(sort: Metric, options: { limit?: number; kinds?: NodeKind[] }): Centrality {
    if (!this.scores) {
      const scores = centralityScores(this.graph);
      // Every ranking at once: sorting all rows by one metric takes tens of milliseconds at 50k nodes.
      for (const metric of METRICS) this.ranked.set(metric, rankRows(scores.rows, metric));
      this.scores = scores;
    }
    return selectCentrality(this.scores, this.ranked.get(sort)!, { ...options, sort });
  }

  timeline(): readonly TimelineEntry[] {
    this.entries ??= timelineEntries(this.graph);
    return this.entries;
  }
}

/**
 * The analyst views over one store. The whole-graph views (matrix, centrality, timeline) work on one
 * read of the semantic graph and what they derive from it, kept until the store's version changes: the
 * first request after a load or remove reads and computes again, later ones reuse. The tracer and
 * shared links read only the neighbourhoods they need, on every request.
 */
export class AnalystViews {
  private analysis: Analysis | undefined;
  private reading: { version: string; analysis: Promise<Analysis> } | undefined;

  constructor(private readonly store: GraphStore) {}

  trace(policyId: string): Promise<PolicyTrace> {
    return tracePolicy(this.store, policyId);
  }

  shared(ids: string[]): Promise<SharedLinks> {
    return sharedLinks(this.store, ids);
  }

  async matrix(name: MatrixName, size = MATRIX_DEFAULT_SIZE): Promise<Matrix> {
    return (await this.current()).matrix(name, size);
  }

  async matrixCell(name: MatrixName, row: string, col: string): Promise<MatrixCellLinks> {
    const analysis = await this.current();
    return matrixCell(analysis.graph, name, row, col, analysis.adjacency());
  }

  async centrality(options: { sort?: Metric; limit?: number; kinds?: NodeKind[] } = {}): Promise<Centrality> {
    const { sort = 'pagerank', ...rest } = options;
    return (await this.current()).centrality(sort, rest);
  }

  async timeline(options: { kinds?: TimelineKind[]; document?: string } = {}): Promise<Timeline> {
    return selectTimeline((await this.current()).timeline(), options);
  }

  /** The analysis of the store as it is now; requests that find it changed share one read. */
  private async current(): Promise<Analysis> {
    const version = await this.store.version();
    if (this.analysis?.version === version) return this.analysis;
    let reading = this.reading;
    if (reading?.version !== version) {
      const analysis = readSemanticGraph(this.store).then((graph) => new Analysis(graph.version, graph));
      const started = { version, analysis };
      this.reading = reading = started;
      const done = (result: Analysis | undefined) => {
        if (this.reading !== started) return;
        this.reading = undefined;
        if (result) this.analysis = result;
      };
      analysis.then(done, () => done(undefined));
    }
    return reading.analysis;
  }
}
