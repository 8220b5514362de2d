/**
 * Amounts, rates and durations with their units, e.g. `2조 7천억 달러`, `520억 달러`, `100조 원`,
 * `30.1%`, `5년 내`, `$369 billion`. Offsets are into the searched text.
 */
export interface FigureMatch {
  from: number;
  to: number;
  raw: string;
  value: number;
  unit: string;
  /** Calendar year written in the same sentence before the figure, when there is one. */
  year?: number;
  /** A bound or hedge written before it (`up to`, `more than`, `nearly`); `raw` includes it. */
  qualifier?: string;
  /** A count with the noun it counts (`80 countries` for `80`), as reports also name it. */
  counted?: string;
}

/** `more than $94 million`, `up to $500 million`, `nearly 60%`: the figure as written keeps its bound. */
const QUALIFIER =
  /\b(more than|less than|fewer than|up to|at least|at most|close to|well over|nearly|almost|over|under|about|around|approximately|roughly|some|just)\s+(?:an?\s+)?$/i;

const KO_SCALE: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };
const KO_SUB: Record<string, number> = { 천: 1e3, 백: 1e2, 십: 10 };
const CURRENCY: Record<string, string> = {
  달러: 'USD',
  불: 'USD',
  원: 'KRW',
  유로: 'EUR',
  파운드: 'GBP',
  엔: 'JPY',
  위안: 'CNY',
  USD: 'USD',
  KRW: 'KRW',
  EUR: 'EUR',
  GBP: 'GBP',
  JPY: 'JPY',
  CNY: 'CNY',
  RMB: 'CNY',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₩': 'KRW',
  '¥': 'JPY',
};
const EN_SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  b: 1e9,
  mn: 1e6,
  m: 1e6,
  tn: 1e12,
  k: 1e3,
};

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/**
 * `600 000`, `125 000`: thousands set apart by a space, as agencies and European reports write them; not a postcode
 * glued to a region's code (`UP-201 308`).
 */
const SPACED = String.raw`(?<![\d.,]|[A-Za-z]-)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)`;
/** Energy and mass units: `5,000 megawatts`, `3 GW`, `2 million tonnes`, `5 million barrels of oil per day`. */
const QUANTITY = new RegExp(
  String.raw`(${SPACED}|${NUM})(?:\s*(thousand|million|billion))?\s*(terawatt[- ]hours?|gigawatt[- ]hours?|megawatts?|gigawatts?|MW|GW|GWh|TWh|kWh|metric tons?|tonnes?|tons?|barrels?(?:\s+of\s+oil)?(?:\s+(?:per|a)\s+day)?)\b`,
  'g',
);
const QUANTITY_UNIT: [RegExp, string][] = [
  [/^(?:megawatts?|MW)$/i, 'MW'],
  [/^(?:gigawatts?|GW)$/i, 'GW'],
  [/^(?:gigawatt[- ]hours?|GWh)$/i, 'GWh'],
  [/^(?:terawatt[- ]hours?|TWh)$/i, 'TWh'],
  [/^kWh$/i, 'kWh'],
  [/^(?:metric tons?|tonnes?|tons?)$/i, 't'],
  [/per day|a day/i, 'barrels/day'],
  [/^barrels?/i, 'barrels'],
];
/** `17 million`, `over 11 million electric cars`, `600 000`: a count of things, written with a scale or spaced thousands. */
const COUNT = new RegExp(String.raw`(?:(${NUM})\s+(million|billion)\b|(${SPACED}))`, 'g');
/**
 * `4,000 jobs`, `14 partner countries`, `over 30 projects`, `2,000명`, `15개사`: a count of things a report counts,
 * by the noun after it (up to two words between); a number after `Section`, `Title` or `No.` is a name's.
 */
/** `1,500`, `20만`, `3만 2천`: a Korean count, perhaps with scale words. */
const KO_COUNT = String.raw`(?:${NUM})(?:\s*[천백]?\s*[만억](?:\s*\d{1,3}\s*[천백]?)?)?`;
/** `원전 4기`, `SMR 6기`: units of a plant or reactor, counted with 기 right after the plant's word. */
const KO_PLANT_UNITS =
  /(?<=(?:원전|원자로|발전소|발전기|SMR|APR1400|VVER-?\d*|호기|플랜트|위성)\s*(?:[가-힣A-Za-z]+\s*)?)(\d{1,3})\s*기(?=$|[\s(),.·]|이|가|을|를|의|은|는|과|와|에|도|로|규모|수준|건설)/g;
const COUNTED = new RegExp(
  String.raw`(?<!(?:Section|Title|Article|Chapter|Order|No\.|Part|Rule)\s)(?<![\d.,$€£₩¥-])(${NUM})\s+(?:(?:[a-z-]+|[A-Z][a-z]+)\s+){0,2}(?:jobs|workers|employees|projects|companies|firms|countries|nations|economies|states|members|entities|facilities|plants|factories|sites|mines|shipyards|vessels|ships|chargers|units|reactors|patents|agreements|product codes|tariff lines|partners)\b|(${KO_COUNT})(?:여)?\s*(?:명|개사|개\s?기업|척|곳|개국|개소|개|건|종|배)(?=$|[\s(),.·]|이|가|을|를|의|은|는|과|와|에|도|으로|로|규모|수준|씩)`,
  'g',
);
/**
 * `almost half`, `one in four`, `1 in 10`, `more than one-quarter`: a share written in words; `a quarter` only as a part
 * of something (`a quarter of imports`, not `was a quarter coinciding with`), never a half-year (`the first half`).
 */
const SHARE_WORDS =
  /(?<![\w-])(?:((?<!\b(?:first|second|latter|former)\s)half|one[- ]third|two[- ]thirds|one[- ]quarter|three[- ]quarters|a (?:third|quarter)(?=\s+of\b))|(\d+|one|two|three|four|five)\s+in\s+(?!(?:1[89]|20)\d{2}\b)(\d+|two|three|four|five|ten))\b(?![- ](?:life|year|time|way))/gi;
const WORD_NUMBER: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10 };
const FRACTION: Record<string, number> = {
  half: 50,
  'one third': 33.3,
  'two thirds': 66.7,
  'one quarter': 25,
  'three quarters': 75,
  'a third': 33.3,
  'a quarter': 25,
};

/** A count of 천, 백 or 십 with the digits after it, before 조, 억 or 만: `9천 346억` is 9,346억. */
const KO_SUB_PART = String.raw`(?:[천백십]\s*(?:\d{1,3}\s*)?)?`;
/** `2조 7천억`, `1조 9천 346억`: a number with Korean scale words. */
const KO_SCALED = String.raw`(?:${NUM})\s*${KO_SUB_PART}[조억만](?:\s*(?:${NUM})?\s*${KO_SUB_PART}[조억만])*`;
const KO_AMOUNT = new RegExp(
  String.raw`(${KO_SCALED}|(?:${NUM})\s*천(?:\s*\d{1,3})?|(?:${NUM}))\s*(달러|유로|파운드|위안|엔|원|불)`,
  'g',
);
/** `1,700만 대`, `40만 톤`, `3GW`: Korean counts and quantities; a vehicle count needs a scale (`3대 전략` is no count). */
const KO_QUANTITY = new RegExp(
  String.raw`(${KO_SCALED}|(?:${NUM}))\s*(톤|배럴|대|메가와트|기가와트|MW|GW|GWh|TWh)`,
  'g',
);
const KO_QUANTITY_UNIT: Record<string, string> = {
  톤: 't',
  배럴: 'barrels',
  대: 'count',
  메가와트: 'MW',
  기가와트: 'GW',
};
const KO_AMOUNT_TAIL = /^(?:화|의|에|을|를|이|가|은|는|과|와|로|으로|규모|이상|수준|\s|[(),.·]|$)/;
const EN_AMOUNT = new RegExp(
  String.raw`(?:(?:(?<![A-Za-z])(?:US|U\.S\.|HK|NT|A|C|S))?([$€£₩¥])\s?(${NUM})|(USD|EUR|GBP|KRW|JPY|CNY)\s?(${NUM}))(?:\s*(thousand|million|billion|trillion|bn|mn|tn|m|k)\b|(B)\b)?`,
  'gi',
);
/** An amount with its currency named after it: `1 trillion won`, `500 billion yen`, `10 million euros` (not pounds, a weight too). */
const EN_AMOUNT_WORD = new RegExp(
  String.raw`(?<![\w.,])(${NUM})(?:\s+(thousand|million|billion|trillion))?\s+(won|yen|euros?|dollars|yuan|USD|EUR|GBP|JPY|KRW|CNY|RMB)\b`,
  'gi',
);
const CURRENCY_WORD: Record<string, string> = {
  won: 'KRW',
  yen: 'JPY',
  euro: 'EUR',
  euros: 'EUR',
  dollars: 'USD',
  yuan: 'CNY',
};
/** `15%`, and a range written as one share: `40-50%`, `15~25%`, `0–7.5%`, `15%-25%`. */
const PERCENT = new RegExp(
  String.raw`(?:(?<![\d.,])(?:${NUM})\s*%?\s*[-~–∼]\s*)?(${NUM})\s*(%p|퍼센트포인트|percentage points?|%|퍼센트|percent|per cent)`,
  'gi',
);
/** A span of years (`5년간`, `10 years`); `7 years ago` and `30 years old` date or age something. */
const DURATION =
  /(?<![\d.,])(\d{1,2})(?:\s*[~\-–]\s*(\d{1,2}))?\s*년(?=\s*(?:내|이내|간|이상|동안|\)|$))|(?<![\d.,])(\d{1,2})\s*(?:-|to)?\s*years?\b(?!\s+(?:ago|old)\b)/g;
const YEAR = /(?:(?<!\d)((?:19|20)\d{2})\s*년|[‘'’](\d{2})\s*년|\b((?:19|20)\d{2})\b)/g;

/** `6,300`, `600 000`: thousands separators (commas or spaces) are dropped. */
function parseNumber(s: string): number {
  return Number(s.replace(/[,\s]/g, ''));
}

/** `2조 7천억` → 2.7e12; `1조 9천 346억` → 1.9346e12; `6,300억` → 6.3e11; `10억` → 1e9. */
export function parseKoreanAmount(s: string): number {
  let total = 0;
  const re = new RegExp(String.raw`(${NUM})?\s*(?:([천백십])\s*(\d{1,3})?)?\s*([조억만])`, 'g');
  let consumed = 0;
  for (const m of s.matchAll(re)) {
    const base = m[1] ? parseNumber(m[1]) : 1;
    const sub = m[2] ? KO_SUB[m[2]]! : 1;
    const rest = m[3] ? Number(m[3]) : 0;
    total += (base * sub + rest) * KO_SCALE[m[4]!]!;
    consumed = m.index! + m[0].length;
  }
  // `1천5백`, and what follows the last scale word: `3만 2천` is 32,000.
  const rest = s.slice(consumed).trim();
  const small = /^(\d+)\s*천\s*(?:(\d)\s*백)?\s*(\d{1,3})?$/.exec(rest);
  if (small) return total + Number(small[1]) * 1000 + Number(small[2] ?? 0) * 100 + Number(small[3] ?? 0);
  return consumed === 0 ? parseNumber(rest) : total;
}

function yearBefore(text: string, at: number): number | undefined {
  const start = Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('\n', at - 1), 0);
  let year: number | undefined;
  for (const m of text.slice(start, at).matchAll(YEAR)) {
    year = m[1] ? Number(m[1]) : m[2] ? 2000 + Number(m[2]) : Number(m[3]);
  }
  return year;
}

export function findFigures(text: string): FigureMatch[] {
  const out: FigureMatch[] = [];
  const push = (at: number, to: number, magnitude: number, unit: string, counted?: string) => {
    if (!Number.isFinite(magnitude)) return;
    if (out.some((f) => at < f.to && to > f.from)) return;
    // `영업이익 -2,937억 원`, `△1.2%`: a minus sign (or Korean accounting's △) attached to the number is its sign.
    const signed = at > 0 && /[-−△]/.test(text[at - 1]!) && !/[\p{L}\p{N}]/u.test(text[at - 2] ?? ' ');
    const from = signed ? at - 1 : at;
    const value = signed ? -magnitude : magnitude;
    const bound = QUALIFIER.exec(text.slice(Math.max(0, from - 24), from));
    const start = bound ? from - bound[0].length : from;
    const raw = text.slice(start, to);
    const year = yearBefore(text, start);
    out.push({
      from: start,
      to,
      raw,
      value,
      unit,
      ...(year === undefined ? {} : { year }),
      ...(bound ? { qualifier: bound[1]!.toLowerCase() } : {}),
      ...(counted ? { counted } : {}),
    });
  };
  // Every pattern but SHARE_WORDS needs a digit.
  const digits = /\d/.test(text);
  for (const m of digits ? text.matchAll(KO_AMOUNT) : []) {
    const to = m.index! + m[0].length;
    if (!KO_AMOUNT_TAIL.test(text.slice(to, to + 3))) continue;
    if (!/[조억만]/.test(m[1]!) && m[2] === '원' && parseNumber(m[1]!) < 1000) continue;
    push(m.index!, to, parseKoreanAmount(m[1]!), CURRENCY[m[2]!]!);
  }
  for (const m of digits ? text.matchAll(KO_QUANTITY) : []) {
    const to = m.index! + m[0].length;
    if (!KO_AMOUNT_TAIL.test(text.slice(to, to + 3))) continue;
    const scaled = /[조억만]/.test(m[1]!);
    const value = parseKoreanAmount(m[1]!);
    if (m[2] === '대' && !scaled && value < 1000) continue;
    push(m.index!, to, value, KO_QUANTITY_UNIT[m[2]!] ?? m[2]!);
  }
  for (const m of digits ? text.matchAll(EN_AMOUNT) : []) {
    const symbol = m[1] ?? m[3]!;
    const scale = m[5] ?? m[6];
    const value = parseNumber(m[2] ?? m[4]!) * (scale ? EN_SCALE[scale.toLowerCase()]! : 1);
    push(m.index!, m.index! + m[0].length, value, CURRENCY[symbol.toUpperCase()] ?? CURRENCY[symbol]!);
  }
  for (const m of digits ? text.matchAll(EN_AMOUNT_WORD) : []) {
    const value = parseNumber(m[1]!) * (m[2] ? EN_SCALE[m[2].toLowerCase()]! : 1);
    // `10 million euros`, and a currency's code after the amount (`20 billion CNY`).
    const unit = CURRENCY_WORD[m[3]!.toLowerCase()] ?? CURRENCY[m[3]!.toUpperCase()]!;
    push(m.index!, m.index! + m[0].length, value, unit);
  }
  for (const m of digits ? text.matchAll(PERCENT) : []) {
    const unit = /^(?:%p|퍼센트포인트|percentage points?)$/i.test(m[2]!) ? '%p' : '%';
    push(m.index!, m.index! + m[0].length, parseNumber(m[1]!), unit);
  }
  for (const m of digits ? text.matchAll(QUANTITY) : []) {
    const value = parseNumber(m[1]!) * (m[2] ? EN_SCALE[m[2].toLowerCase()]! : 1);
    const unit = QUANTITY_UNIT.find(([re]) => re.test(m[3]!))?.[1] ?? m[3]!;
    push(m.index!, m.index! + m[0].length, value, unit);
  }
  for (const m of digits ? text.matchAll(COUNT) : []) {
    // A year range or a code is no count: `2023 2024` never matches, and a count needs a scale or 4+ digits.
    const value = m[1] ? parseNumber(m[1]) * EN_SCALE[m[2]!.toLowerCase()]! : parseNumber(m[3]!);
    push(m.index!, m.index! + m[0].length, value, 'count');
  }
  for (const m of digits ? text.matchAll(COUNTED) : []) {
    const digitsOnly = m[1] ?? m[2]!;
    // `2025 projects`: a bare year is no count.
    if (/^(?:19|20)\d\d$/.test(digitsOnly)) continue;
    // A Korean counter is part of the figure's word (`2,000명`); an English noun is not (`4,000 jobs`), but names it.
    const value = m[2] ? parseKoreanAmount(digitsOnly) : parseNumber(digitsOnly);
    push(
      m.index!,
      m.index! + (m[2] ? m[0].length : digitsOnly.length),
      value,
      'count',
      m[2] ? undefined : m[0],
    );
  }
  for (const m of digits ? text.matchAll(KO_PLANT_UNITS) : []) {
    push(m.index!, m.index! + m[0].length, Number(m[1]), 'units');
  }
  for (const m of text.matchAll(SHARE_WORDS)) {
    const fraction = m[1]?.toLowerCase().replace('-', ' ');
    const value = fraction
      ? FRACTION[fraction]!
      : (100 * (WORD_NUMBER[m[2]!.toLowerCase()] ?? Number(m[2]))) /
        (WORD_NUMBER[m[3]!.toLowerCase()] ?? Number(m[3]));
    // `half` alone only with a bound or before `of`: `almost half of all car sales`, not `the second half of 2024`.
    if (m[1] && /^half$/i.test(m[1])) {
      const before = text.slice(Math.max(0, m.index! - 24), m.index!);
      const bounded = QUALIFIER.test(before);
      const ofWhole =
        /^\s+of\b/i.test(text.slice(m.index! + m[0].length)) &&
        !/\b(?:first|second|latter|other|the|a)\s+$/i.test(before);
      if (!bounded && !ofWhole) continue;
    }
    push(m.index!, m.index! + m[0].length, value, '%');
  }
  for (const m of digits ? text.matchAll(DURATION) : []) {
    const years = Number(m[2] ?? m[1] ?? m[3]);
    push(m.index!, m.index! + m[0].length, years, 'years');
  }
  return withoutGlosses(
    text,
    out.filter((f) => !isDenominator(text, f)).sort((a, b) => a.from - b.from),
  );
}

/** `1kWh당 35불`, `$35 per 1 kWh`: the unit a rate is given for is no quantity of anything. */
function isDenominator(text: string, f: FigureMatch): boolean {
  return text[f.to] === '당' || /\bper\s+$/i.test(text.slice(Math.max(0, f.from - 6), f.from));
}

/** Currency units, the ones an amount may be written in twice. */
const CURRENCIES = new Set(Object.values(CURRENCY));

/**
 * `C$7.5 million (US$5.6 million)`, `10억 파운드(약 16조 원)`: an amount repeated in another currency in
 * parentheses right after an amount is that amount again, not a figure of its own.
 */
function withoutGlosses(text: string, figures: FigureMatch[]): FigureMatch[] {
  return figures.filter((f, k) => {
    const before = figures[k - 1];
    return !(
      before &&
      CURRENCIES.has(f.unit) &&
      CURRENCIES.has(before.unit) &&
      /^\s*\(\s*(?:약|about|approximately|around|roughly)?\s*$/.test(text.slice(before.to, f.from)) &&
      /^\s*\)/.test(text.slice(f.to))
    );
  });
}
