import { describe, expect, it } from 'vitest';
import { EdgeType } from '../../graph/model';
import { EDGE_COLOR } from '../../web/app/graph/palette';

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);
function lab(hex: string): [number, number, number] {
  const [r, g, b] = rgb(hex).map(linear) as [number, number, number];
  const x = (r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047;
  const y = r * 0.2126 + g * 0.7152 + b * 0.0722;
  const z = (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: string, b: string) => {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
};

describe('link colours', () => {
  it.each(EdgeType.options)('%s stands out 3:1 against the white canvas', (type) => {
    expect(contrastOnWhite(EDGE_COLOR[type])).toBeGreaterThanOrEqual(3);
  });

  it('keeps every pair of link types apart (ΔE ≥ 10)', () => {
    const close: string[] = [];
    const types = EdgeType.options;
    for (const [i, a] of types.entries())
      for (const b of types.slice(i + 1))
        if (deltaE(EDGE_COLOR[a], EDGE_COLOR[b]) < 10) close.push(`${a}/${b}`);
    expect(close).toEqual([]);
  });
});
