import { ForceLayout, type LayoutInput } from './force';
import type { LayoutReply, LayoutRequest } from './layout-runner';

/** A slice of ticks between looks at the message queue, where a newer job may wait. */
const SLICE_MS = 25;

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

let latest = 0;

async function run(id: number, input: LayoutInput): Promise<void> {
  const started = performance.now();
  try {
    const layout = new ForceLayout(input);
    while (!layout.step(SLICE_MS)) {
      await new Promise((next) => setTimeout(next, 0));
      if (latest !== id) return;
    }
    if (latest !== id) return;
    const { x, y, ticks } = layout.result();
    scope.postMessage({ id, x, y, ticks, ms: performance.now() - started }, [x.buffer, y.buffer]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }, []);
  }
}

scope.onmessage = (event) => {
  latest = event.data.id;
  void run(event.data.id, event.data.input);
};
