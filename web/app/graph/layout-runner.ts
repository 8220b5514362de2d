import { ForceLayout, type LayoutInput, type LayoutOutput } from './force';

export interface LayoutRequest {
  id: number;
  input: LayoutInput;
}

export type LayoutReply =
  | { id: number; x: Float64Array; y: Float64Array; ticks: number; ms: number }
  | { id: number; error: string };

/**
 * Runs force layouts one at a time: a new job replaces the one in flight, whose promise then resolves to
 * null, so callers only ever apply the newest picture.
 */
export interface LayoutRunner {
  run(input: LayoutInput): Promise<LayoutOutput | null>;
  dispose(): void;
}

/** Ticks per main-thread slice when no worker can run, short enough to keep every task brief. */
const INLINE_SLICE_MS = 12;

/** The same jobs on the main thread, a slice per task; for when a worker cannot be started. */
export function inlineRunner(): LayoutRunner {
  let latest = 0;
  return {
    run(input) {
      const id = ++latest;
      return new Promise((done, fail) => {
        let layout: ForceLayout;
        const slice = () => {
          if (id !== latest) return done(null);
          try {
            layout ??= new ForceLayout(input);
            if (layout.step(INLINE_SLICE_MS)) done(layout.result());
            else setTimeout(slice, 0);
          } catch (error) {
            fail(error);
          }
        };
        setTimeout(slice, 0);
      });
    },
    dispose() {
      latest++;
    },
  };
}

/**
 * Jobs in a web worker made by `create`; the worker is started at once, so its script loads while the
 * first view is fetched. Should the worker fail to start, jobs fall back to `inlineRunner`.
 */
export function workerRunner(create: () => Worker): LayoutRunner {
  let latest = 0;
  let waiting: {
    id: number;
    input: LayoutInput;
    done: (out: LayoutOutput | null) => void;
    fail: (e: Error) => void;
  } | null = null;
  let fallback: LayoutRunner | null = null;
  let worker: Worker | null = null;
  const switchToInline = () => {
    worker?.terminate();
    worker = null;
    fallback ??= inlineRunner();
    const job = waiting;
    waiting = null;
    if (job) fallback.run(job.input).then(job.done, job.fail);
  };
  try {
    worker = create();
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      if (!waiting || reply.id !== waiting.id) return;
      const job = waiting;
      waiting = null;
      if ('error' in reply) job.fail(new Error(reply.error));
      else job.done({ x: reply.x, y: reply.y, ticks: reply.ticks });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      switchToInline();
    };
  } catch {
    switchToInline();
  }
  return {
    run(input) {
      if (fallback) return fallback.run(input);
      const id = ++latest;
      waiting?.done(null);
      return new Promise((done, fail) => {
        waiting = { id, input, done, fail };
        // The arrays are copied, not moved: the caller may read them while the job runs.
        worker!.postMessage({ id, input } satisfies LayoutRequest);
      });
    },
    dispose() {
      waiting?.done(null);
      waiting = null;
      worker?.terminate();
      fallback?.dispose();
    },
  };
}
