import { describe, expect, it } from 'vitest';
import {
  adjacency,
  ForceLayout,
  type LayoutInput,
  pivotMds,
  provisionalPositions,
  runLayout,
  tickCount,
} from '../../web/app/graph/force';
import { labelWidth, nodeBox } from '../../web/app/graph/node-box';
import { REVEAL_PADDING, revealViewport } from '../../web/app/graph/reveal';
import { labelFontSize, MIN_LABEL_PX, READABLE_ZOOM } from '../../web/app/graph/style';
import { EMPTY_VIEW } from '../../web/app/state/view';
import { edgeFiltered, filtersOf, nodeFiltered, nodeShown } from '../../web/app/state/visibility';

/** A layout job for `n` nodes of one box size, joined by `pairs`. */
function job(mode: LayoutInput['mode'], n: number, pairs: number[], half = { w: 40, h: 30 }): LayoutInput {
  return {
    mode,
    x: new Float64Array(n).fill(Number.NaN),
    y: new Float64Array(n).fill(Number.NaN),
    fixed: new Uint8Array(n),
    halfWidth: new Float32Array(n).fill(half.w),
    halfHeight: new Float32Array(n).fill(half.h),
    offsetY: new Float32Array(n),
    edges: Uint32Array.from(pairs),
  };
}

/** Pairs of nodes whose boxes overlap. */
function overlaps(input: LayoutInput, x: Float64Array, y: Float64Array): number {
  let count = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.abs(x[i]! - x[j]!);
      const dy = Math.abs(y[i]! + input.offsetY[i]! - y[j]! - input.offsetY[j]!);
      if (dx < input.halfWidth[i]! + input.halfWidth[j]! && dy < input.halfHeight[i]! + input.halfHeight[j]!)
        count++;
    }
  }
  return count;
}

const path = (n: number) => Array.from({ length: n - 1 }, (_, i) => [i, i + 1]).flat();

describe('the force layout', () => {
  it('gives every node a finite place with no two boxes overlapping, the same on every run', () => {
    const input = job('full', 30, [...path(30), 0, 15, 5, 25]);
    const first = runLayout(input);
    expect([...first.x, ...first.y].every(Number.isFinite)).toBe(true);
    expect(overlaps(input, first.x, first.y)).toBe(0);
    const again = runLayout(input);
    expect([...again.x]).toEqual([...first.x]);
    expect(first.ticks).toBe(tickCount(30, 'full'));
  });

  it('keeps fixed nodes where they are in a whole layout', () => {
    const input = job('full', 10, path(10));
    input.fixed[3] = 1;
    input.x[3] = 500;
    input.y[3] = -200;
    const out = runLayout(input);
    expect([out.x[3], out.y[3]]).toEqual([500, -200]);
  });

  it('seeds a path graph in order along one axis (pivot MDS)', () => {
    const n = 12;
    const { x, y } = pivotMds(n, adjacency(n, Uint32Array.from(path(n))));
    const axis = Math.abs(x[n - 1]! - x[0]!) > Math.abs(y[n - 1]! - y[0]!) ? x : y;
    const sign = Math.sign(axis[n - 1]! - axis[0]!);
    for (let i = 1; i < n; i++) expect(Math.sign(axis[i]! - axis[i - 1]!)).toBe(sign);
  });

  it('tiles nodes without links in rows under the linked ones', () => {
    const input = job('full', 8, path(4));
    const out = runLayout(input);
    const bottom = Math.max(...[0, 1, 2, 3].map((i) => out.y[i]!));
    for (const i of [4, 5, 6, 7]) expect(out.y[i]!).toBeGreaterThan(bottom);
    expect(overlaps(input, out.x, out.y)).toBe(0);
  });

  it('moves only the nodes being placed, starting them on a ring around their placed neighbour', () => {
    const n = 20;
    const pairs = [0, 1, 0, 2, ...Array.from({ length: 17 }, (_, k) => [1, k + 3]).flat()];
    const input = job('place', n, pairs);
    const placed = [
      [0, 0],
      [300, 0],
      [-300, 0],
    ];
    placed.forEach(([px, py], i) => {
      input.x[i] = px!;
      input.y[i] = py!;
      input.fixed[i] = 1;
    });
    const fresh = provisionalPositions(input.x, input.y, adjacency(n, input.edges), 1);
    expect(fresh).toEqual(Array.from({ length: 17 }, (_, k) => k + 3));
    for (const i of fresh) {
      expect(Math.hypot(input.x[i]! - 300, input.y[i]!)).toBeCloseTo(130 + 17 * 6, 6);
    }
    const out = runLayout(input);
    for (let i = 0; i < 3; i++) expect([out.x[i], out.y[i]]).toEqual(placed[i]);
    expect(overlaps(input, out.x, out.y)).toBe(0);
    // The new nodes stay around the node they hang on.
    for (const i of fresh) expect(Math.hypot(out.x[i]! - 300, out.y[i]!)).toBeLessThan(800);
  });

  it('gathers new nodes with wide labels round the node they hang on, between placed ones, instead of in a long row', () => {
    // A hub with placed neighbours above, below and to both sides, and twelve new nodes with long labels.
    const placed = [
      [0, 0],
      [-250, -320],
      [250, -320],
      [-250, 320],
      [250, 320],
      [-700, 0],
      [700, 0],
    ];
    const fresh = 12;
    const n = placed.length + fresh;
    const pairs = [
      ...placed.slice(1).flatMap((_, i) => [0, i + 1]),
      ...Array.from({ length: fresh }, (_, k) => [0, placed.length + k]).flat(),
    ];
    const input = job('place', n, pairs, { w: 60, h: 30 });
    placed.forEach(([px, py], i) => {
      input.x[i] = px!;
      input.y[i] = py!;
      input.fixed[i] = 1;
    });
    for (let i = placed.length; i < n; i++) {
      input.halfWidth[i] = 220;
      input.halfHeight[i] = 40;
    }
    provisionalPositions(input.x, input.y, adjacency(n, input.edges), 0);
    const out = runLayout(input);
    for (let i = 0; i < placed.length; i++) expect([out.x[i], out.y[i]]).toEqual(placed[i]);
    expect(overlaps(input, out.x, out.y)).toBe(0);
    let x1 = Number.POSITIVE_INFINITY;
    let x2 = Number.NEGATIVE_INFINITY;
    for (let i = placed.length; i < n; i++) {
      x1 = Math.min(x1, out.x[i]! - 220);
      x2 = Math.max(x2, out.x[i]! + 220);
    }
    // Pushed apart along the line between their centres alone, they spread over about 1900 units.
    expect(x2 - x1).toBeLessThan(1500);
  });

  it('leaves fixed nodes far from every moving one out of a placement, where they were', () => {
    const input = job('place', 3, [0, 1]);
    input.x.set([0, 60, 50_000]);
    input.y.set([0, 0, 50_000]);
    input.fixed.set([1, 0, 1]);
    const out = runLayout(input);
    expect([out.x[2], out.y[2]]).toEqual([50_000, 50_000]);
    expect(overlaps(input, out.x, out.y)).toBe(0);
  });

  it('runs a slice at a time and finishes after its ticks', () => {
    const layout = new ForceLayout(job('full', 50, path(50)));
    let slices = 0;
    let clock = 0;
    while (!layout.step(10, () => (clock += 4))) slices++;
    expect(slices).toBeGreaterThan(10);
    expect(layout.result().ticks).toBe(layout.ticks);
  });
});

describe('bringing an expanded node and its new neighbours into view', () => {
  const canvas = { width: 1000, height: 600, zoom: 0.8, pan: { x: 500, y: 300 } };
  const onScreen = (v: { zoom: number; pan: { x: number; y: number } }, x: number, y: number) => ({
    x: x * v.zoom + v.pan.x,
    y: y * v.zoom + v.pan.y,
  });

  it('leaves the view alone when they are in it', () => {
    expect(revealViewport({ x1: -100, y1: -100, x2: 100, y2: 100 }, { x: 0, y: 0 }, canvas)).toBeNull();
  });

  it('keeps the zoom and pans as little as brings them in when they fit at it', () => {
    const target = revealViewport({ x1: 400, y1: -50, x2: 800, y2: 50 }, { x: 400, y: 0 }, canvas)!;
    expect(target.zoom).toBe(0.8);
    expect(onScreen(target, 800, 0).x).toBeCloseTo(canvas.width - REVEAL_PADDING, 6);
    expect(target.pan.y).toBe(300);
  });

  it('zooms out only as far as they need, not to the whole graph', () => {
    const target = revealViewport({ x1: -1000, y1: -100, x2: 1000, y2: 100 }, { x: 0, y: 0 }, canvas)!;
    expect(target.zoom).toBeCloseTo((canvas.width - 2 * REVEAL_PADDING) / 2000, 6);
    expect(onScreen(target, 0, 0)).toEqual({ x: 500, y: 300 });
  });

  it('never zooms out below the zoom where labels keep their readable size, keeping the expanded node in sight', () => {
    const focus = { x: -3900, y: 0 };
    const target = revealViewport({ x1: -4000, y1: -200, x2: 4000, y2: 200 }, focus, canvas)!;
    expect(target.zoom).toBe(READABLE_ZOOM);
    expect(labelFontSize(target.zoom, 1) * target.zoom).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    const at = onScreen(target, focus.x, focus.y);
    expect(at.x).toBeCloseTo(REVEAL_PADDING, 6);
    expect(at.y).toBeCloseTo(300, 6);
  });

  it('fits them whole below the readable zoom when asked to, as for a whole neighbourhood brought in at once', () => {
    const target = revealViewport({ x1: -4000, y1: -200, x2: 4000, y2: 200 }, { x: 0, y: 0 }, canvas, 0)!;
    expect(target.zoom).toBeCloseTo((canvas.width - 2 * REVEAL_PADDING) / 8000, 6);
    expect(target.zoom).toBeLessThan(READABLE_ZOOM);
  });

  it('never zooms in, and keeps a zoom already below the readable one', () => {
    const far = { ...canvas, zoom: 0.1, pan: { x: 0, y: 0 } };
    const target = revealViewport({ x1: 20_000, y1: 0, x2: 60_000, y2: 100 }, { x: 20_000, y: 0 }, far)!;
    expect(target.zoom).toBe(0.1);
  });
});

describe('node boxes for the layout', () => {
  it('makes Hangul labels wider than Latin ones of as many letters, and hangs the label under the shape', () => {
    expect(labelWidth('반도체')).toBeGreaterThan(labelWidth('abc'));
    expect(labelWidth('반도체', 34)).toBeCloseTo(2 * labelWidth('반도체', 17), 6);
    const box = nodeBox('인플레이션 감축법', 'Policy');
    expect(box.halfWidth * 2).toBeGreaterThan(labelWidth('인플레이션 감축법'));
    expect(box.offsetY).toBeGreaterThan(0);
    expect(nodeBox('', 'Policy')).toEqual({ halfWidth: 28, halfHeight: 28, offsetY: 0 });
    expect(nodeBox('x', 'Policy', 2).halfHeight).toBeGreaterThan(nodeBox('x', 'Policy').halfHeight);
  });
});

describe('what a view shows', () => {
  it('hides hidden nodes, filters kinds, link types and elements only in hidden documents', () => {
    const filters = filtersOf({
      ...EMPTY_VIEW,
      hidden: ['a'],
      hiddenKinds: ['Figure'],
      hiddenTypes: ['CONCERNS'],
      hiddenDocuments: ['d2'],
    });
    expect(nodeShown({ id: 'a', kind: 'Policy' }, filters)).toBe(false);
    expect(nodeShown({ id: 'b', kind: 'Figure' }, filters)).toBe(false);
    expect(nodeFiltered({ id: 'b', kind: 'Policy', documents: ['d2'] }, filters)).toBe(true);
    expect(nodeShown({ id: 'b', kind: 'Policy', documents: ['d1', 'd2'] }, filters)).toBe(true);
    expect(edgeFiltered({ type: 'CONCERNS' }, filters)).toBe(true);
    expect(edgeFiltered({ type: 'TARGETS', documents: ['d2'] }, filters)).toBe(true);
    expect(edgeFiltered({ type: 'TARGETS', documents: [] }, filters)).toBe(false);
  });
});
