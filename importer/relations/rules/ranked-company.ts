import type { PhraseRule, Proposal } from '../types';
import { proposal } from './proposal';

/**
 * Between a sector and a firm: the firm's rank in it, world-wide or not, and an optional word for a firm (` 4위인 `,
 * ` 세계 1위인 `, ` 1위 기업인 `).
 */
const RANK = /^\s*(?:세계\s*)?\d{1,2}\s*위(?:인|의)?\s*(?:(?:기업|업체|회사|제조사)(?:인|의)?\s*)?$/;

/**
 * `세계 철강 4위인 포스코`, `백색가전 세계 1위인 LG`: a firm ranked in a sector works in it.
 */
export const rankedCompany: PhraseRule = {
  id: 'phrase:ranked-company',
  emits: ['OPERATES_IN'],
  apply(names, ctx) {
    if (ctx.language !== 'ko') return [];
    const out: Proposal[] = [];
    for (let k = 0; k + 1 < names.length; k++) {
      const [sector, firm] = [names[k]!, names[k + 1]!];
      if (sector.entity.kind !== 'Industry' || firm.entity.kind !== 'Company') continue;
      if (firm.from < sector.to || !RANK.test(ctx.text.slice(sector.to, firm.from))) continue;
      out.push(proposal('OPERATES_IN', firm, sector, sector.from, firm.to, rankedCompany.id));
    }
    return out;
  },
};
