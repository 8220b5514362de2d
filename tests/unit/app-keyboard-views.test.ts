import { describe, expect, it } from 'vitest';
import { labelFontSize, MIN_LABEL_PX } from '../../web/app/graph/style';
import { nearestInDirection } from '../../web/app/state/keyboard';
import { deleteView, parseSavedViews, SAVED_VIEWS_MAX, saveView } from '../../web/app/state/saved-views';

describe('arrow keys on the canvas', () => {
  const nodes = [
    { id: 'right-near-off-axis', x: 40, y: 35 },
    { id: 'right-far-on-axis', x: 60, y: 0 },
    { id: 'up', x: 0, y: -50 },
    { id: 'left', x: -30, y: 5 },
  ];
  it('moves to the closest node within 60° of the arrow, straight ahead preferred', () => {
    const at = { x: 0, y: 0 };
    expect(nearestInDirection(at, nodes, 'ArrowRight')).toBe('right-far-on-axis');
    expect(nearestInDirection(at, nodes, 'ArrowUp')).toBe('up');
    expect(nearestInDirection(at, nodes, 'ArrowLeft')).toBe('left');
    expect(nearestInDirection(at, nodes, 'ArrowDown')).toBe('right-near-off-axis');
    expect(nearestInDirection({ x: -30, y: 5 }, [{ id: 'self', x: -30, y: 5 }], 'ArrowLeft')).toBeNull();
  });
});

describe('named views', () => {
  const now = new Date('2026-12-04T20:00:00Z');
  it('saves newest first, replaces a view of the same name, ignores blank names and deletes by name', () => {
    let list = saveView([], 'IRA', '?n=a', now);
    list = saveView(list, 'CBAM', '?n=b', now);
    list = saveView(list, ' IRA ', '?n=c', now);
    expect(list.map((v) => [v.name, v.search])).toEqual([
      ['IRA', '?n=c'],
      ['CBAM', '?n=b'],
    ]);
    expect(saveView(list, '   ', '?n=d', now)).toEqual(list);
    expect(deleteView(list, 'CBAM').map((v) => v.name)).toEqual(['IRA']);
    let many = list;
    for (let i = 0; i < SAVED_VIEWS_MAX + 5; i++) many = saveView(many, `v${i}`, '', now);
    expect(many).toHaveLength(SAVED_VIEWS_MAX);
  });

  it('reads back what it stored and drops anything malformed', () => {
    const list = saveView([], 'IRA', '?n=a', now);
    expect(parseSavedViews(JSON.stringify(list))).toEqual(list);
    expect(parseSavedViews('{not json')).toEqual([]);
    expect(parseSavedViews(JSON.stringify([{ name: 1 }, null, ...list]))).toEqual(list);
    expect(parseSavedViews(null)).toEqual([]);
  });
});

describe('label size', () => {
  it.each([1, 0.6, 0.4, 0.3])('keeps labels at least %s zoom readable on screen', (zoom) => {
    expect(labelFontSize(zoom, 1) * zoom).toBeGreaterThanOrEqual(MIN_LABEL_PX);
  });

  it('never shrinks below the base size, scales with the font control and changes in steps', () => {
    expect(labelFontSize(3, 1)).toBe(17);
    expect(labelFontSize(1, 1.5)).toBe(25.5);
    const sizes = new Set([0.5, 0.51, 0.52, 0.53].map((z) => labelFontSize(z, 1)));
    expect(sizes.size).toBeLessThanOrEqual(2);
  });
});
