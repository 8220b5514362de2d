import { describe, expect, it } from 'vitest';
import { passageContext } from '../../web/app/graph/passage';

const text =
  '1. 서론\n\n한국은 수출 주도형 경제이다. 미국은 인플레이션 감축법(IRA)을 통해 이차전지 산업을 지원한다. 이에 대응해야 한다.';

function at(quote: string) {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length, quote };
}

describe('passageContext', () => {
  it('marks the quote inside its sentence and stops at the neighbouring sentence ends', () => {
    const p = passageContext(text, at('인플레이션 감축법(IRA)'));
    expect(p).toEqual({
      before: '미국은 ',
      quote: '인플레이션 감축법(IRA)',
      after: '을 통해 이차전지 산업을 지원한다.',
      matches: true,
    });
    expect(p.before + p.quote + p.after).toBe(
      '미국은 인플레이션 감축법(IRA)을 통해 이차전지 산업을 지원한다.',
    );
  });

  it('stops at a blank line before the quote', () => {
    expect(passageContext(text, at('한국은')).before).toBe('');
  });

  it('adds an ellipsis where the window cuts a long sentence', () => {
    const long = `${'가'.repeat(300)}목표${'나'.repeat(300)}`;
    const p = passageContext(long, { start: 300, end: 302, quote: '목표' }, 50);
    expect(p.before).toBe(`…${'가'.repeat(50)}`);
    expect(p.after).toBe(`${'나'.repeat(50)}…`);
  });

  it.each([
    { title: 'a quote that differs from the text', ev: { start: 0, end: 4, quote: '다른 글' } },
    { title: 'offsets past the end', ev: { start: 10, end: 10_000, quote: 'x' } },
    { title: 'an empty range', ev: { start: 5, end: 5, quote: 'x' } },
  ])('reports $title as not matching and shows the stored quote alone', ({ ev }) => {
    expect(passageContext(text, ev)).toEqual({ before: '', quote: ev.quote, after: '', matches: false });
  });
});
