import { describe, expect, it } from 'vitest';
import { reportsLabel } from '../../web/app/state/documents';

describe('reportsLabel', () => {
  it('names the only loaded report by its title', () => {
    expect(reportsLabel([{ id: 'rpt-1', title: '미래전략산업 초격차 확보 방안' }])).toBe(
      '미래전략산업 초격차 확보 방안',
    );
  });

  it('falls back to the document id when the title is blank', () => {
    expect(reportsLabel([{ id: 'rpt-1', title: '  ' }])).toBe('rpt-1');
  });

  it('counts several reports and says when none is loaded', () => {
    expect(
      reportsLabel([
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ]),
    ).toBe('2 reports');
    expect(reportsLabel([])).toBe('No report loaded');
  });
});
