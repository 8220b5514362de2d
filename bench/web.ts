import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CytoscapeOptions, ElementDefinition } from 'cytoscape';
import type { Page } from 'playwright-core';
import { type Edge, EdgeType, type GraphSlice, type Node, NodeKind } from '../graph/model';
import { launchBrowser, ROOT, startApp } from '../tests/e2e/harness';
import { cyOptions, HAYSTACK_EDGES } from '../web/app/graph/config';
import { toElements } from '../web/app/graph/elements';
import { random } from './synthetic';

/** Targets: first graph on screen under 1 s; our pan p95 at most a quarter of stock Cytoscape's. */
export const TARGETS = { firstRenderMs: 1000, panP95Ratio: 0.25 } as const;

const SYNTHETIC = { nodes: 3000, edges: 10_000 } as const;
const VIEWPORT = { width: 1600, height: 1000 } as const;
const PHASE_MS = 3000;
const FIRST_RENDER_RUNS = 5;
const ROUNDS = 3;

export interface FrameStats {
  renderer: 'ours' | 'stock';
  action: 'pan' | 'zoom';
  frames: number;
  /** Frames drawn per second of interaction. */
  fps: number;
  median: number;
  p95: number;
}

export interface WebBenchReport {
  firstRender: { coldMs: number; warmMedianMs: number; runs: number[] };
  frames: FrameStats[];
  panP95Ratio: number;
  pass: { firstRender: boolean; pan: boolean };
}

/** A graph with neighbourhood structure (edges mostly join nearby nodes), as our elements, on a jittered grid. */
export function syntheticElements(seed = 7): ElementDefinition[] {
  const next = random(seed);
  const evidence = [{ documentId: 'bench', start: 0, end: 1, quote: 'x', sectionPath: [] }];
  const nodes: Node[] = [];
  for (let i = 0; i < SYNTHETIC.nodes; i++) {
    const kind = NodeKind.options[i % NodeKind.options.length]!;
    nodes.push({
      id: `n${i}`,
      kind,
      name: `${['반도체', '이차전지', '바이오헬스', '인플레이션 감축법', '삼성전자'][i % 5]} ${i}`,
      aliases: [],
      properties: {},
      mentions: [],
    });
  }
  const edges: Edge[] = [];
  for (let i = 0; i < SYNTHETIC.edges; i++) {
    const source = Math.floor(next() * SYNTHETIC.nodes);
    const hop = Math.floor((next() - 0.5) * 120);
    const target = (source + (hop === 0 ? 1 : hop) + SYNTHETIC.nodes) % SYNTHETIC.nodes;
    edges.push({
      id: `e${i}`,
      type: EdgeType.options[i % EdgeType.options.length]!,
      source: `n${source}`,
      target: `n${target}`,
      properties: {},
      evidence,
    });
  }
  const slice: GraphSlice = { nodes, edges };
  const columns = Math.ceil(Math.sqrt(SYNTHETIC.nodes));
  return toElements(slice, { lang: 'ko' }).map((el) => {
    if (el.group === 'edges') {
      return SYNTHETIC.edges > HAYSTACK_EDGES ? { ...el, classes: `${el.classes} haystack` } : el;
    }
    const i = Number(String(el.data.id).slice(1));
    const position = {
      x: (i % columns) * 90 + (next() - 0.5) * 30,
      y: Math.floor(i / columns) * 90 + (next() - 0.5) * 30,
    };
    return { ...el, position };
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** Renders the elements in a bare page with the given Cytoscape options and returns an empty spot to drag from. */
async function mountBare(page: Page, elements: ElementDefinition[], options: Partial<CytoscapeOptions>) {
  await page.setContent(
    '<!doctype html><meta charset="utf-8"><style>html,body{margin:0;height:100%}#cy{position:absolute;inset:0}</style><div id="cy"></div>',
  );
  await page.addScriptTag({ path: resolve(ROOT, 'node_modules/cytoscape/dist/cytoscape.min.js') });
  // tsx compiles with keepNames, which wraps functions in a `__name(...)` helper the page lacks.
  await page.evaluate('globalThis.__name = (fn) => fn');
  return page.evaluate(
    async ({ elementsJson, optionsJson }) => {
      type Cy = import('cytoscape').Core;
      const w = window as unknown as {
        cytoscape: (o: object) => Cy;
        cy: Cy;
        frames: number[];
        recording: boolean;
      };
      const cy = w.cytoscape({
        container: document.getElementById('cy'),
        elements: JSON.parse(elementsJson),
        layout: { name: 'preset' },
        ...JSON.parse(optionsJson),
      });
      w.cy = cy;
      await new Promise<void>((done) => cy.one('render', () => done()));
      for (let i = 0; i < 10; i++) await new Promise((f) => requestAnimationFrame(f));
      w.frames = [];
      w.recording = false;
      let last = 0;
      const tick = (t: number) => {
        if (w.recording && last > 0) w.frames.push(t - last);
        last = t;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      // An empty spot near the centre, so a drag pans instead of moving a node (edges let drags pan).
      const pan = cy.pan();
      const zoom = cy.zoom();
      const margin = 12 / zoom;
      const boxes = cy.nodes().map((n) => n.boundingBox({ includeLabels: false }));
      for (let radius = 0; radius < 400; radius += 3) {
        for (let a = 0; a < 16; a++) {
          const x = cy.width() / 2 + radius * Math.cos((a * Math.PI) / 8);
          const y = cy.height() / 2 + radius * Math.sin((a * Math.PI) / 8);
          const mx = (x - pan.x) / zoom;
          const my = (y - pan.y) / zoom;
          const hit = boxes.some(
            (b) => mx > b.x1 - margin && mx < b.x2 + margin && my > b.y1 - margin && my < b.y2 + margin,
          );
          if (!hit) return { x, y, nodes: cy.nodes().length, edges: cy.edges().length };
        }
      }
      return { x: cy.width() / 2, y: cy.height() / 2, nodes: cy.nodes().length, edges: cy.edges().length };
    },
    { elementsJson: JSON.stringify(elements), optionsJson: JSON.stringify(options) },
  );
}

async function record(page: Page, drive: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; recording: boolean };
    w.frames = [];
    w.recording = true;
  });
  await drive();
  return page.evaluate(() => {
    const w = window as unknown as { frames: number[]; recording: boolean };
    w.recording = false;
    return w.frames;
  });
}

async function measureFrames(
  page: Page,
  renderer: FrameStats['renderer'],
  options: Partial<CytoscapeOptions>,
) {
  const elements = syntheticElements();
  const spot = await mountBare(page, elements, options);
  if (spot.nodes !== SYNTHETIC.nodes || spot.edges !== SYNTHETIC.edges) {
    throw new Error(
      `${renderer}: expected ${SYNTHETIC.nodes}/${SYNTHETIC.edges} elements, got ${spot.nodes}/${spot.edges}`,
    );
  }
  const pan = await record(page, async () => {
    await page.mouse.move(spot.x, spot.y);
    await page.mouse.down();
    const start = performance.now();
    while (performance.now() - start < PHASE_MS) {
      const t = (performance.now() - start) / 1000;
      await page.mouse.move(spot.x + 220 * Math.sin(t * 2.5), spot.y + 140 * Math.sin(t * 1.7));
    }
    await page.mouse.up();
  });
  const zoom = await record(page, async () => {
    await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
    const start = performance.now();
    // In and out in short runs, so the zoom stays near the overview instead of drifting to a limit.
    for (let i = 0; performance.now() - start < PHASE_MS; i++) {
      await page.mouse.wheel(0, Math.floor(i / 6) % 2 === 0 ? -30 : 30);
    }
  });
  return { pan, zoom };
}

function summarize(
  renderer: FrameStats['renderer'],
  action: FrameStats['action'],
  frames: number[],
): FrameStats {
  const sorted = [...frames].sort((a, b) => a - b);
  const seconds = frames.reduce((sum, f) => sum + f, 0) / 1000;
  return {
    renderer,
    action,
    frames: frames.length,
    fps: frames.length / seconds,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
  };
}

/** Navigation → first Cytoscape render with nodes, for the sample report; the first run has a cold HTTP cache. */
export async function measureFirstRender(): Promise<number[]> {
  const app = await startApp();
  try {
    const runs: number[] = [];
    for (let i = 0; i < FIRST_RENDER_RUNS; i++) {
      // A plain page: request interception (as the e2e tests use) would bypass the HTTP cache and add latency.
      const page = await app.context.newPage();
      await page.setViewportSize(VIEWPORT);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`${app.url}/`);
      await page.waitForFunction(() => window.__firstGraphRender !== undefined, null, { timeout: 30_000 });
      runs.push(await page.evaluate(() => window.__firstGraphRender!));
      if (errors.length > 0) throw new Error(`the app reported errors: ${errors.join('; ')}`);
      await page.close();
    }
    return runs;
  } finally {
    await app.close();
  }
}

/** Frame times while dragging and wheel-zooming the synthetic view: our options, then stock Cytoscape. */
export async function measurePanZoom(rounds = ROUNDS): Promise<FrameStats[]> {
  const browser = await launchBrowser();
  const collected = {
    ours: { pan: [] as number[], zoom: [] as number[] },
    stock: { pan: [] as number[], zoom: [] as number[] },
  };
  const configs = [
    ['ours', cyOptions({ devicePixelRatio: 1 })],
    ['stock', {}],
  ] as const;
  try {
    // Alternating rounds, so a burst of load on a shared machine hits both renderers alike.
    for (let round = 0; round < rounds; round++) {
      for (const [renderer, options] of configs) {
        const page = await browser.context.newPage();
        await page.setViewportSize(VIEWPORT);
        const { pan, zoom } = await measureFrames(page, renderer, options);
        collected[renderer].pan.push(...pan);
        collected[renderer].zoom.push(...zoom);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return configs.flatMap(([renderer]) => [
    summarize(renderer, 'pan', collected[renderer].pan),
    summarize(renderer, 'zoom', collected[renderer].zoom),
  ]);
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

/** Runs both measurements in headless Chromium and prints a PASS/MISS table. */
export async function run(): Promise<WebBenchReport> {
  console.log(`web benchmark: headless Chromium, viewport ${VIEWPORT.width}×${VIEWPORT.height}`);
  const runs = await measureFirstRender();
  const warm = runs.slice(1).sort((a, b) => a - b);
  const firstRender = { coldMs: runs[0]!, warmMedianMs: percentile(warm, 0.5), runs };

  const frames = await measurePanZoom();
  const p95 = (renderer: string, action: string) =>
    frames.find((f) => f.renderer === renderer && f.action === action)?.p95 ?? Number.NaN;
  const panP95Ratio = p95('ours', 'pan') / p95('stock', 'pan');
  const pass = {
    firstRender:
      firstRender.coldMs < TARGETS.firstRenderMs && firstRender.warmMedianMs < TARGETS.firstRenderMs,
    pan: panP95Ratio <= TARGETS.panP95Ratio,
  };

  const rows: [string, string, string, string][] = [
    [
      'first graph render, cold',
      ms(firstRender.coldMs),
      `< ${TARGETS.firstRenderMs} ms`,
      pass.firstRender ? 'PASS' : 'MISS',
    ],
    [
      `first graph render, warm median of ${warm.length}`,
      ms(firstRender.warmMedianMs),
      `< ${TARGETS.firstRenderMs} ms`,
      pass.firstRender ? 'PASS' : 'MISS',
    ],
    ...frames.map((f): [string, string, string, string] => [
      `${f.action} frames, ${f.renderer} (${f.frames} frames, ${f.fps.toFixed(0)} fps)`,
      `median ${ms(f.median)}, p95 ${ms(f.p95)}`,
      '',
      '',
    ]),
    ['pan p95, ours ÷ stock', panP95Ratio.toFixed(3), `≤ ${TARGETS.panP95Ratio}`, pass.pan ? 'PASS' : 'MISS'],
    [
      'zoom p95, ours ÷ stock',
      (p95('ours', 'zoom') / p95('stock', 'zoom')).toFixed(3),
      '(informational)',
      '',
    ],
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length), 6));
  console.log(
    `synthetic view: ${SYNTHETIC.nodes} nodes, ${SYNTHETIC.edges} edges; per renderer ${ROUNDS} rounds of ` +
      `${PHASE_MS / 1000} s mouse drag and ${PHASE_MS / 1000} s wheel zoom`,
  );
  for (const row of [['metric', 'value', 'target', 'result'] as const, ...rows]) {
    console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
  }
  return { firstRender, frames, panP95Ratio, pass };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
