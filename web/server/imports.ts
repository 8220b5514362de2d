import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { GraphError } from '../../graph/errors';
import type { GraphDocument } from '../../graph/model';
import { HttpError } from './errors';
import type { ImportStage, WorkerReply, WorkerRequest } from './import-protocol';

/** Set by scripts/build-node.js in the compiled server, whose worker is dist/node/import-worker.js. */
declare const __KG_COMPILED__: boolean | undefined;

export type ProgressListener = (stage: ImportStage, counts: Record<string, number>) => void;

interface Pending {
  onProgress: ProgressListener;
  resolve: (graph: GraphDocument) => void;
  reject: (error: unknown) => void;
}

/** A runaway file (a PDF bomb) ends the worker, not the server. */
const WORKER_LIMITS = { resourceLimits: { maxOldGenerationSizeMb: 2048 } };

function startWorker(): Worker {
  if (typeof __KG_COMPILED__ !== 'undefined' && __KG_COMPILED__)
    return new Worker(join(import.meta.dirname, 'import-worker.js'), WORKER_LIMITS);
  return new Worker(new URL('./import-worker-boot.mjs', import.meta.url), WORKER_LIMITS);
}

export interface ImportRunnerOptions {
  /** Uploads held in memory at once, the running one included (default 4); more get 429. */
  maxWaiting?: number;
  /** An import running longer is stopped with its worker (default 5 minutes); the upload gets 503. */
  timeoutMs?: number;
}

/**
 * Runs uploads through the importer in one worker thread, one at a time, so extraction and analysis of a
 * large file never block the requests the server thread answers meanwhile.
 */
export class ImportRunner {
  private worker: Worker | undefined;
  private nextJob = 1;
  private readonly pending = new Map<number, Pending>();
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private readonly maxWaiting: number;
  private readonly timeoutMs: number;
  private stopReason: string | undefined;

  constructor(options: ImportRunnerOptions = {}) {
    this.maxWaiting = options.maxWaiting ?? 4;
    this.timeoutMs = options.timeoutMs ?? 5 * 60_000;
  }

  run(request: Omit<WorkerRequest, 'job'>, onProgress: ProgressListener): Promise<GraphDocument> {
    if (this.waiting >= this.maxWaiting) {
      throw new HttpError(
        'TOO_MANY_REQUESTS',
        `${this.waiting} uploads are being imported; retry when one ends`,
        { 'Retry-After': '5' },
      );
    }
    this.waiting++;
    const result = this.queue.then(() => this.send(request, onProgress));
    this.queue = result.catch(() => {});
    return result.finally(() => {
      this.waiting--;
    });
  }

  private send(request: Omit<WorkerRequest, 'job'>, onProgress: ProgressListener): Promise<GraphDocument> {
    const worker = this.ensureWorker();
    const job = this.nextJob++;
    return new Promise<GraphDocument>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.stopReason = `the import of ${request.name} took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped`;
        void worker.terminate();
      }, this.timeoutMs);
      timer.unref();
      const settle =
        <T>(fn: (value: T) => void) =>
        (value: T) => {
          clearTimeout(timer);
          fn(value);
        };
      this.pending.set(job, { onProgress, resolve: settle(resolve), reject: settle(reject) });
      worker.postMessage({ ...request, job } satisfies WorkerRequest, [request.bytes]);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.pending.get(reply.job);
      if (!pending) return;
      if (reply.type === 'progress') {
        pending.onProgress(reply.stage, reply.counts);
        return;
      }
      this.pending.delete(reply.job);
      if (reply.type === 'done') pending.resolve(reply.graph);
      else pending.reject(new GraphError(reply.code, reply.message, reply.details));
    });
    const fail = (error: unknown) => {
      if (this.worker === worker) this.worker = undefined;
      const reason = this.stopReason ?? `the import worker stopped: ${String(error)}`;
      this.stopReason = undefined;
      for (const [job, pending] of this.pending) {
        this.pending.delete(job);
        pending.reject(new GraphError('UNAVAILABLE', reason, {}, { cause: error }));
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}
