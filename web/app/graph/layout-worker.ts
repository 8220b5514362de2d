/** The app's layout worker (layout.worker.ts), bundled by Vite as a file of its own. */
export function createLayoutWorker(): Worker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });
}
