export type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const DIRECTION: Record<Arrow, { x: number; y: number }> = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
};

export const isArrow = (key: string): key is Arrow => key in DIRECTION;

/**
 * The node an arrow key moves the keyboard focus to: the closest one within 60° of the arrow's
 * direction, distance weighted so nodes straight ahead win over nearer ones off to the side.
 */
export function nearestInDirection(
  from: { x: number; y: number },
  candidates: readonly { id: string; x: number; y: number }[],
  arrow: Arrow,
): string | null {
  const dir = DIRECTION[arrow];
  let best: { id: string; cost: number } | null = null;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const cos = (dx * dir.x + dy * dir.y) / distance;
    if (cos < 0.5) continue;
    const cost = distance * (2 - cos);
    if (!best || cost < best.cost) best = { id: c.id, cost };
  }
  return best?.id ?? null;
}
