import type { Named } from '../../clauses/types';
import type { PhraseRule, Proposal } from '../types';
import { proposal } from './proposal';

/** What a country's industry is named by: a sector or what it makes. */
const SECTOR = new Set(['Industry', 'Material']);
/**
 * From a country to its industry's name: a possessive (`China's steel`, `한국의 반도체`). A country written before it
 * with nothing between (`U.S. steel industry`, `미 첨단산업`) only says where the industry is.
 */
const BEFORE = /^(?:['’]s|의)\s*$/;
/** Between the names of one industry list: `steel and aluminum`, `반도체·배터리`. */
const LIST = /^\s*(?:,\s*(?:and\s+)?|and\s+|및\s*|·|,)\s*$|^(?:와|과)\s+$/;
const INDUSTRY_WORDS = 'industry|industries|sector|sectors|산업|업계';
/** A word for an industry right after its name, when the name does not hold one. */
const INDUSTRY_WORD = new RegExp(`^\\s*(?:${INDUSTRY_WORDS})(?![\\p{L}])`, 'u');
const HOLDS_INDUSTRY_WORD = new RegExp(`(?:${INDUSTRY_WORDS})$`);
/** A policy noun right after the industry's name makes the phrase name a policy. */
const POLICY_AFTER = /^\s*(?:정책|전략|policy|policies|strategy)/;
/** `the semiconductor industry in Japan`: the country after the industry. */
const IN_COUNTRY = /^\s*(?:industry|industries|sector|sectors)?\s+in\s+(?:the\s+)?$/;

const produces = (country: Named, sector: Named, from: number, to: number) =>
  proposal('PRODUCES', country, sector, from, to, countryIndustry.id);

/**
 * A country's industry (`China's steel industry`, `America's steel and aluminum industries`, `한국의 반도체 산업`,
 * `the semiconductor industry in Japan`): the country produces what that industry makes. A region has no industry
 * of its own in this sense, and a sector named without a word for industry is only a product of the country's
 * (left to `phrase:made-in` and the clauses).
 */
export const countryIndustry: PhraseRule = {
  id: 'phrase:country-industry',
  emits: ['PRODUCES'],
  apply(names, ctx) {
    const out: Proposal[] = [];
    const text = ctx.text;
    names.forEach((country, k) => {
      if (country.entity.kind !== 'Country' || country.entity.region) return;
      const sectors: Named[] = [];
      let at = k + 1;
      while (names[at] && SECTOR.has(names[at]!.entity.kind)) {
        const gap = text.slice((sectors.at(-1) ?? country).to, names[at]!.from);
        if (!(sectors.length === 0 ? BEFORE : LIST).test(gap)) break;
        sectors.push(names[at]!);
        at++;
      }
      const last = sectors.at(-1);
      if (!last) return;
      const named = HOLDS_INDUSTRY_WORD.test(text.slice(last.from, last.to));
      const word = INDUSTRY_WORD.exec(text.slice(last.to));
      if (!named && !word) return;
      const to = last.to + (word?.[0].length ?? 0);
      // `유럽연합의 친환경 산업정책`: the country's policy for the industry, not its industry.
      if (POLICY_AFTER.test(text.slice(to))) return;
      for (const sector of sectors) out.push(produces(country, sector, country.from, to));
    });
    // `the semiconductor industry in Japan`
    names.forEach((sector, k) => {
      const country = names[k + 1];
      if (country?.entity.kind !== 'Country' || country.entity.region) return;
      if (!SECTOR.has(sector.entity.kind)) return;
      const gap = text.slice(sector.to, country.from);
      const named = HOLDS_INDUSTRY_WORD.test(text.slice(sector.from, sector.to));
      if (!IN_COUNTRY.test(gap) || (!named && !INDUSTRY_WORD.test(gap))) return;
      out.push(produces(country, sector, sector.from, country.to));
    });
    return out;
  },
};
