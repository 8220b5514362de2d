// The benchmark's side of a bare page (bench/web.ts bundles it as the global `bench`): one Cytoscape
// instance, the frames drawn while a gesture runs and the redraw that ends it, and whole-view layouts.
import cytoscape, { type Core, type CytoscapeOptions, type ElementDefinition } from 'cytoscape';
import { applyLabelSize, followZoomWithLabels } from '../web/app/graph/labels';
import { type LayoutRunner, workerRunner } from '../web/app/graph/layout-runner';
import { loadFcose, runForceLayout, runFullLayout } from '../web/app/graph/layouts';

/** The parts of Cytoscape's renderer the benchmark reads; none of them is in the typings. */
interface RendererInternals {
  webgl?: boolean;
  /** Set by the render loop after every draw, canvas or WebGL. */
  lastDrawTime?: number;
  /** Whether the canvas renderer's last draw only copied its viewport texture; WebGL never sets it. */
  textureDrawLastFrame?: boolean;
  data: { contexts: (RenderingContext | null)[] };
}

export interface Mounted {
  nodes: number;
  edges: number;
  renderer: string;
}

export interface GestureResult {
  /** Milliseconds between animation frames while the gesture ran. */
  frames: number[];
  events: { pan: number; zoom: number; grab: number };
  panMoved: { x: number; y: number };
  zoomBefore: number;
  zoomAfter: number;
}

let cy: Core;
let renderer: RendererInternals;
let recording = false;
let frames: number[] = [];
let events = { pan: 0, zoom: 0, grab: 0 };
let before = { pan: { x: 0, y: 0 }, zoom: 1 };
/** Event time of the last mouse-up or wheel event. */
let inputAt = 0;
/** When a frame began after the last draw, i.e. once that draw was on screen. */
let shownAt = 0;
/** The same for the first full (not texture-only) draw after the last input; 0 until there is one. */
let fullShownAt = 0;
let fullPending = false;

function whenDrawn(): Promise<void> {
  return new Promise((done) => {
    const check = () => {
      if (renderer.lastDrawTime) done();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

function activeRenderer(): string {
  const gl = renderer.data.contexts.find((c) => c instanceof WebGL2RenderingContext);
  if (!renderer.webgl || !gl) return 'canvas 2D';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return `WebGL2, ${gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)}`;
}

/** Draws the elements fitted to the page with the given options; `followsZoom` adds the app's label resizing. */
export async function mount(
  elementsJson: string,
  options: CytoscapeOptions,
  followsZoom: boolean,
): Promise<Mounted> {
  const elements = JSON.parse(elementsJson) as ElementDefinition[];
  cy = cytoscape({
    ...options,
    container: document.getElementById('cy'),
    elements,
    layout: { name: 'preset', fit: true, padding: 30 },
  });
  renderer = (cy as unknown as { renderer(): RendererInternals }).renderer();
  // Every configuration starts from the stylesheet the app sets for the fitted zoom.
  applyLabelSize(cy, 1);
  if (followsZoom) followZoomWithLabels(cy, () => 1);
  cy.on('pan', () => events.pan++);
  cy.on('zoom', () => events.zoom++);
  cy.on('grab', () => events.grab++);
  const inputEnded = (e: Event) => {
    inputAt = e.timeStamp;
    fullShownAt = 0;
    fullPending = false;
  };
  window.addEventListener(
    'mouseup',
    (e) => {
      inputEnded(e);
      // The redraw a release starts is measured on its own, not as a frame of the drag.
      recording = false;
    },
    { capture: true },
  );
  window.addEventListener('wheel', inputEnded, { capture: true, passive: true });
  let last = 0;
  let seenDraw = 0;
  let drawPending = false;
  const tick = (t: number) => {
    if (recording && last > 0) frames.push(t - last);
    last = t;
    // Cytoscape's loop runs first in a frame, so a draw seen here is this frame's; the next tick shows it.
    if (drawPending) shownAt = performance.now();
    if (fullPending) fullShownAt = shownAt;
    drawPending = false;
    fullPending = false;
    const drawn = renderer.lastDrawTime ?? 0;
    if (drawn !== seenDraw) {
      seenDraw = drawn;
      drawPending = true;
      fullPending = fullShownAt === 0 && drawn > inputAt && !renderer.textureDrawLastFrame;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  await whenDrawn();
  await redrawAfterInput(500, 20_000);
  return { nodes: cy.nodes().length, edges: cy.edges().length, renderer: activeRenderer() };
}

/**
 * A point on the canvas at least `margin` px outside every element's box (labels included), in the widest
 * empty strip beside the graph; null when there is none.
 */
export function emptySpot(margin: number): { x: number; y: number } | null {
  const box = cy.elements().renderedBoundingBox({});
  const width = cy.width();
  const height = cy.height();
  const strips = [
    { room: box.x1, x: box.x1 / 2, y: height / 2 },
    { room: width - box.x2, x: (box.x2 + width) / 2, y: height / 2 },
    { room: box.y1, x: width / 2, y: box.y1 / 2 },
    { room: height - box.y2, x: width / 2, y: (box.y2 + height) / 2 },
  ].sort((a, b) => b.room - a.room);
  const best = strips[0]!;
  return best.room >= 2 * margin ? { x: best.x, y: best.y } : null;
}

export function startGesture(): void {
  frames = [];
  events = { pan: 0, zoom: 0, grab: 0 };
  before = { pan: { ...cy.pan() }, zoom: cy.zoom() };
  recording = true;
}

export function endGesture(): GestureResult {
  recording = false;
  const pan = cy.pan();
  return {
    frames,
    events,
    panMoved: { x: pan.x - before.pan.x, y: pan.y - before.pan.y },
    zoomBefore: before.zoom,
    zoomAfter: cy.zoom(),
  };
}

/**
 * Milliseconds from the last mouse-up or wheel event until the frame after the first full draw began, and
 * until the frame after the last draw began once the renderer has drawn nothing for `quietMs` (so `settled`
 * covers texture refinement too).
 */
export async function redrawAfterInput(
  quietMs: number,
  timeoutMs: number,
): Promise<{ fullFrame: number; settled: number }> {
  const start = performance.now();
  for (;;) {
    await new Promise((f) => setTimeout(f, 50));
    const now = performance.now();
    const lastDraw = renderer.lastDrawTime ?? 0;
    if (lastDraw > inputAt && shownAt > lastDraw && fullShownAt > 0 && now - lastDraw >= quietMs) {
      return { fullFrame: fullShownAt - inputAt, settled: shownAt - inputAt };
    }
    if (now - start > timeoutMs) {
      throw new Error(
        `no quiet ${quietMs} ms after the gesture within ${timeoutMs} ms (last draw ${lastDraw})`,
      );
    }
  }
}

/** Main-thread tasks over 50 ms (the Long Tasks API), as start time and duration. */
const longTasks: { start: number; duration: number }[] = [];
/**
 * Frames over 50 ms (the Long Animation Frames API): a task with the rendering after it, so these include
 * Cytoscape's drawing, which runs in animation frame callbacks that no long task counts.
 */
const longFrames: { start: number; duration: number }[] = [];
let watchingTasks = false;
let layoutWorkerUrl = '';
let runner: LayoutRunner | null = null;

export interface LayoutFigures {
  /** From the call until the new positions were set on the nodes. */
  appliedMs: number;
  /** Until the frame after the redraw that shows them began. */
  drawnMs: number;
  /** Until the worker's result arrived (the force layout only; NaN for fCoSE). */
  computedMs: number;
  /** The longest main-thread task in the whole span, and among those that ended before the result arrived. */
  longestTaskMs: number;
  longestTaskComputingMs: number;
  /** The longest frame (a task and the rendering after it) in the whole span. */
  longestFrameMs: number;
  /** Whether every node ended up at a finite position, and how many distinct positions there are. */
  finite: boolean;
  distinct: number;
}

/** Starts watching long tasks, and for the force layout loads the worker (the app starts it as it opens). */
export async function prepareLayout(kind: 'force' | 'fcose', workerScript: string): Promise<void> {
  if (!watchingTasks) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longFrames.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'long-animation-frame' });
    watchingTasks = true;
  }
  if (kind === 'fcose') {
    await loadFcose();
    return;
  }
  layoutWorkerUrl ||= URL.createObjectURL(new Blob([workerScript], { type: 'text/javascript' }));
  runner ??= workerRunner(() => new Worker(layoutWorkerUrl));
  // A job on two nodes, so the worker has loaded its script before the measured one.
  await runner.run({
    mode: 'full',
    x: new Float64Array(2),
    y: new Float64Array(2),
    fixed: new Uint8Array(2),
    halfWidth: new Float32Array(2).fill(10),
    halfHeight: new Float32Array(2).fill(10),
    offsetY: new Float32Array(2),
    edges: Uint32Array.of(0, 1),
  });
}

const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(done));

/**
 * Lays out the whole mounted view as the app does with the layout `kind` (force: in the worker, then one
 * preset step fitted to the canvas; fcose: the app's fCoSE options on the main thread) and times it.
 */
export async function runLayout(kind: 'force' | 'fcose'): Promise<LayoutFigures> {
  await nextFrame();
  await nextFrame();
  // From here on the work runs in a task of the page's own (a timer), which the Long Tasks API sees; work
  // done straight in a script the benchmark evaluates is not counted as a task.
  await new Promise((done) => setTimeout(done, 0));
  const start = performance.now();
  let computed = Number.NaN;
  if (kind === 'force') {
    const worker = runner!;
    const timed: LayoutRunner = {
      run: (input) =>
        worker.run(input).then((out) => {
          computed = performance.now();
          return out;
        }),
      dispose: () => worker.dispose(),
    };
    await runForceLayout(cy, timed, 1);
  } else {
    const stopped = cy.promiseOn('layoutstop');
    runFullLayout(cy, 'fcose');
    await stopped;
  }
  const applied = performance.now();
  await nextFrame();
  const drawn = await nextFrame();
  // Long task entries arrive a little after their task ends.
  await new Promise((done) => setTimeout(done, 300));
  // A task counts for the span it ended in; a frame for the one it started in.
  const within = (entries: typeof longTasks, until: number, by: 'end' | 'start' = 'end') =>
    Math.max(
      0,
      ...entries
        .filter((t) => t.start >= start - 1 && (by === 'end' ? t.start + t.duration : t.start) <= until + 1)
        .map((t) => t.duration),
    );
  const seen = new Set<string>();
  let finite = true;
  cy.nodes().forEach((n) => {
    const p = n.position();
    finite &&= Number.isFinite(p.x) && Number.isFinite(p.y);
    seen.add(`${Math.round(p.x)},${Math.round(p.y)}`);
  });
  return {
    appliedMs: applied - start,
    drawnMs: drawn - start,
    computedMs: computed - start,
    longestTaskMs: within(longTasks, drawn),
    longestTaskComputingMs: within(longTasks, kind === 'force' ? computed : drawn),
    longestFrameMs: within(longFrames, drawn, 'start'),
    finite,
    distinct: seen.size,
  };
}
