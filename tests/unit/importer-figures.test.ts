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
    ['1조 9천 346억', 1.9346e12],
    ['9천346억', 9.346e11],
  ])('reads the Korean amount %s', (text, value) => {
    expect(parseKoreanAmount(text)).toBeCloseTo(value);
  });

  it.each([
    ['총 2조 7천억 달러에 달하는', '2조 7천억 달러', 2.7e12, 'USD'],
    ['3,690억 달러 규모의 세제 혜택', '3,690억 달러', 3.69e11, 'USD'],
    ['100조 원 규모 반도체 클러스터', '100조 원', 1e14, 'KRW'],
    ['3분기 영업 손실만 1조 9천 346억원을 기록', '1조 9천 346억원', 1.9346e12, 'KRW'],
    ['10억 파운드(약 16조 원) 이상', '10억 파운드', 1e9, 'GBP'],
    ['수출이 30.1% 감소', '30.1%', 30.1, '%'],
    ['5년 내 100조 원 이상', '5년', 5, 'years'],
    ['provides $369 billion in credits', '$369 billion', 3.69e11, 'USD'],
    ['a 15 percent tariff', '15 percent', 15, '%'],
    ['영업이익 -2,937,194,934,288원 (2015)', '-2,937,194,934,288원', -2.937194934288e12, 'KRW'],
    ['순이익 △1.2조 원', '△1.2조 원', -1.2e12, 'KRW'],
    ['growth of 10-20% a year', '10-20%', 20, '%'],
    ['a tariff of 15~25%', '15~25%', 25, '%'],
    ['rates of 0–7.5%', '0–7.5%', 7.5, '%'],
    ['tariffs of 15%-25% on drones', '15%-25%', 25, '%'],
    ['to over $20B USD', 'over $20B', 2e10, 'USD'],
    ['a €3.5bn fund', '€3.5bn', 3.5e9, 'EUR'],
    ['will provide 1 trillion won to chipmakers', '1 trillion won', 1e12, 'KRW'],
    ['spend 500 billion yen on Rapidus', '500 billion yen', 5e11, 'JPY'],
    ['grants of $40mn', '$40mn', 4e7, 'USD'],
    ['a $1.2tn market', '$1.2tn', 1.2e12, 'USD'],
    ['$500k for each site', '$500k', 5e5, 'USD'],
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

  it('names an English count also with the noun it counts', () => {
    expect(findFigures('China and 13 Asian countries signed it').map((f) => [f.raw, f.counted])).toEqual([
      ['13', '13 Asian countries'],
    ]);
  });

  it('reads an amount repeated in another currency in parentheses as no figure of its own', () => {
    expect(findFigures('funding of C$7.5 million (US$5.6 million) to Fortune').map((f) => f.raw)).toEqual([
      'C$7.5 million',
    ]);
    expect(findFigures('10억 파운드(약 16조 원) 이상').map((f) => f.raw)).toEqual(['10억 파운드']);
    expect(findFigures('a 25% tariff ($3 billion) on steel').map((f) => f.raw)).toEqual([
      '25%',
      '$3 billion',
    ]);
  });

  it('does not read the unit a rate is given for as a figure', () => {
    expect(findFigures('1kWh당 35불의 세액공제').map((f) => f.raw)).toEqual(['35불']);
    expect(findFigures('$35 per 1 kWh of cells').map((f) => f.raw)).toEqual(['$35']);
    expect(findFigures('1,000명당 5명').map((f) => f.raw)).toEqual(['5명']);
  });

  it('does not read years or plain numbers as amounts, but counts the countries a Korean counter counts', () => {
    expect(findFigures('2050년까지 탄소중립, 70개국 이상과 FTA').map((f) => f.raw)).toEqual(['70개국']);
    expect(findFigures('2050년까지 탄소중립, 2030년 목표 70')).toEqual([]);
  });

  it('reads a span of years as a duration, but not the years that date or age something', () => {
    expect(findFigures('a loan repaid in 10 years').map((f) => f.raw)).toEqual(['10 years']);
    expect(findFigures('Founded 2017; 7 years ago (2017)')).toEqual([]);
    expect(findFigures('a plant 30 years old')).toEqual([]);
  });
});

describe('figures in news style and agency reports', () => {
  it.each([
    ['대당 3천750달러의 세액공제', '3천750달러', 3750, 'USD'],
    ['6천억원을 투자한다', '6천억원', 6e11, 'KRW'],
    ['up to $7,500 for each car', 'up to $7,500', 7500, 'USD'],
    ['more than $94 million in awards', 'more than $94 million', 94e6, 'USD'],
    ['GDP of US$136.91 billion', 'US$136.91 billion', 136.91e9, 'USD'],
    ['금리가 5.3%p 올랐다', '5.3%p', 5.3, '%p'],
    ['sales exceeded 17 million globally', '17 million', 17e6, 'count'],
    ['the over 11 million electric cars sold', 'over 11 million', 11e6, 'count'],
    ['sales jumped to almost 600 000 in 2024', 'almost 600 000', 6e5, 'count'],
    ['almost half of all car sales', 'almost half', 50, '%'],
    ['reaching more than 1 in 10 cars sold', 'more than 1 in 10', 10, '%'],
    ['one in four cars', 'one in four', 25, '%'],
    ['more than one-quarter of cars sold', 'more than one-quarter', 25, '%'],
    ['a quarter of U.S. imports', 'a quarter', 25, '%'],
    ['a sales share of close to 60% by 2030', 'close to 60%', 60, '%'],
    [
      'more than 5 million barrels of oil per day',
      'more than 5 million barrels of oil per day',
      5e6,
      'barrels/day',
    ],
    ['5,000 megawatts of new capacity', '5,000 megawatts', 5000, 'MW'],
    ['2 million tonnes of steel', '2 million tonnes', 2e6, 't'],
    ['more than 200 gigawatt hours of capacity', 'more than 200 gigawatt hours', 200, 'GWh'],
    ['전기차 판매량은 1,700만 대를 돌파했다', '1,700만 대', 1.7e7, 'count'],
    ['철강 40만 톤 수출', '40만 톤', 4e5, 't'],
    ['a $4 billion plant that will create 4,000 jobs', '4,000', 4000, 'count'],
    ['has grown to 14 partner countries', '14', 14, 'count'],
    ['is now working on over 30 projects', 'over 30', 30, 'count'],
    ['종업원 수는 11,540명이다', '11,540명', 11540, 'count'],
    ['외국인투자기업 15개사가 참여했다', '15개사', 15, 'count'],
    ['대미 수출은 527억불로 늘었다', '527억불', 5.27e10, 'USD'],
    ['화장품 수출 44백만불', '44백만불', 4.4e7, 'USD'],
    ['The fund amounted to 20 billion CNY in 2016', '20 billion CNY', 2e10, 'CNY'],
    ['새로운 반도체장비 24종을 통제', '24종', 24, 'count'],
    ['특허 5,070건을 심사했다', '5,070건', 5070, 'count'],
    ['전 세계 70여개국에 진출', '70여개국', 70, 'count'],
    ['고용 3만 2천여명', '3만 2천여명', 32000, 'count'],
    ['시장 규모가 5배 확대', '5배', 5, 'count'],
    ['VVER-1200 4기를 건설', '4기', 4, 'units'],
  ])('finds the figure in "%s"', (text, raw, value, unit) => {
    const f = findFigures(text).find((x) => x.raw === raw);
    expect(f).toMatchObject({ raw, unit });
    expect(f!.value).toBeCloseTo(value);
  });

  it.each([
    'in the second half of 2024',
    'imports were lowest since Q3 of 2020, which was a quarter coinciding with the pandemic',
    'sales fell in the first half, and recovered in the third quarter',
    'the 3대 전략 산업',
    'between 2023 2024 and 2025',
    'Section 232 of the Trade Act',
    'Section 301 tariffs on 2025 projects',
    'Title 17 projects',
    '3명칭',
    '트럼프 2기 행정부가 출범했다',
    'Ecotech-1, Greater Noida, UP-201 308, India',
    '6개월 동안 협의했다',
    "The city was a candidate for Tesla's Gigafactory 1 in 2014.",
  ])('finds no figure in "%s"', (text) => {
    expect(findFigures(text)).toEqual([]);
  });
});
