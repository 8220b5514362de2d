import { describe, expect, it } from 'vitest';
import { findFigures, parseKoreanAmount } from '../../importer/figures';

describe('figures', () => {
  it.each([
    ['2조 7천억', 2.7e12],
    ['6,300억', 6.3e11],
    ['1조 5천억', 1.5e12],
    ['520억', 5.2e10],
    ['100조', 1e14],
    ['10억', 1e9],
  ])('reads the Korean amount %s', (text, value) => {
    expect(parseKoreanAmount(text)).toBeCloseTo(value);
  });

  it.each([
    ['총 2조 7천억 달러에 달하는', '2조 7천억 달러', 2.7e12, 'USD'],
    ['3,690억 달러 규모의 세제 혜택', '3,690억 달러', 3.69e11, 'USD'],
    ['100조 원 규모 반도체 클러스터', '100조 원', 1e14, 'KRW'],
    ['10억 파운드(약 16조 원) 이상', '10억 파운드', 1e9, 'GBP'],
    ['수출이 30.1% 감소', '30.1%', 30.1, '%'],
    ['5년 내 100조 원 이상', '5년', 5, 'years'],
    ['provides $369 billion in credits', '$369 billion', 3.69e11, 'USD'],
    ['a 15 percent tariff', '15 percent', 15, '%'],
  ])('finds the figure in "%s"', (text, raw, value, unit) => {
    const f = findFigures(text).find((x) => x.raw === raw);
    expect(f).toBeDefined();
    expect(f!.value).toBeCloseTo(value);
    expect(f!.unit).toBe(unit);
    expect(text.slice(f!.from, f!.to)).toBe(raw);
  });

  it('attaches the calendar year written earlier in the sentence', () => {
    const [f] = findFigures('2023년 연간 수출액은 약 6,300억 달러로 감소했다.');
    expect(f?.year).toBe(2023);
  });

  it('does not read the end of a calendar year as a duration', () => {
    expect(findFigures('전고체 전지 상용화(2026년)').map((f) => f.raw)).toEqual([]);
    expect(findFigures('5년 내 상용화').map((f) => f.raw)).toEqual(['5년']);
  });

  it('does not read years or plain numbers as amounts', () => {
    expect(findFigures('2050년까지 탄소중립, 70개국 이상과 FTA')).toEqual([]);
  });
});

describe('figures in news style', () => {
  it.each([
    ['대당 3천750달러의 세액공제', '3천750달러', 3750, 'USD'],
    ['6천억원을 투자한다', '6천억원', 6e11, 'KRW'],
    ['up to $7,500 for each car', 'up to $7,500', 7500, 'USD'],
    ['more than $94 million in awards', 'more than $94 million', 94e6, 'USD'],
    ['GDP of US$136.91 billion', 'US$136.91 billion', 136.91e9, 'USD'],
    ['금리가 5.3%p 올랐다', '5.3%p', 5.3, '%p'],
  ])('finds the figure in "%s"', (text, raw, value, unit) => {
    const f = findFigures(text).find((x) => x.raw === raw);
    expect(f).toMatchObject({ raw, unit });
    expect(f!.value).toBeCloseTo(value);
  });
});
