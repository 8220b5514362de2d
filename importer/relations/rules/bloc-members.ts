import type { Named } from '../../clauses/types';
import type { PhraseRule, Proposal } from '../types';
import { proposal } from './proposal';

const BODIES = new Set(['Country', 'Organization', 'Policy']);
/**
 * What leads from a bloc's name to the list of its members: `is composed of 14 countries and the EU:`, `members (`,
 * `5개국 (`, `경제선진국(`. A word for members or countries, or a verb of composition, then a colon or a parenthesis.
 */
const LEAD =
  /^\s*(?:\)\s*)?(?:(?:['’]s\s+)?(?:[\w-]+\s+){0,3}(?:members|member states|member countries|countries|nations|economies)|(?:is|are|was|were)\s+(?:composed|made\s+up)\s+of[^:;.()\n]{0,40}|consists?\s+of[^:;.()\n]{0,40}|comprises?[^:;.()\n]{0,40}|[0-9]+\s*개국|[가-힣]{0,6}(?:회원국|참여국|가입국|선진국|개국))\s*[:(（]\s*$/;
const BARE_PARENTHESIS = /^\s?[(（]\s*$/;
const JOIN = /^\s*(?:,|、|·|및|and|,\s*and|와|과)\s*(?:the\s+)?$/;

/**
 * `The MSP is composed of 14 countries and the EU: Australia, Canada, …`, `BRICS 5개국 (브라질, 러시아, 인도, …)`,
 * `G5 경제선진국(프랑스, 서독, 일본, 미국, 영국)`: the countries listed after a bloc's word for its members are its members.
 */
export const blocMembers: PhraseRule = {
  id: 'phrase:bloc-members',
  emits: ['MEMBER_OF'],
  apply(names, ctx) {
    const out: Proposal[] = [];
    for (let k = 0; k < names.length; k++) {
      const bloc = names[k]!;
      if (!BODIES.has(bloc.entity.kind) || bloc.entity.region) continue;
      // `BRICS 5개국 (…)`: the count of members read as a figure leads to the list too.
      const first = names.slice(k + 1).find((n) => n.from >= bloc.to && n.entity.kind !== 'Figure');
      if (!first) continue;
      // `BRICS(브라질, 러시아, 인도, 중국, 남아공)`, `G7 (US, Japan, …)`: a parenthesis right after a bloc's or a body's
      // name that lists only countries, three or more, to its end, names its members too (after a state, `the United
      // States (Argentina, …)`, it names others).
      const bare =
        (bloc.entity.kind !== 'Country' || bloc.entity.bloc === true) &&
        BARE_PARENTHESIS.test(ctx.text.slice(bloc.to, first.from));
      if (!bare && !LEAD.test(ctx.text.slice(bloc.to, first.from))) continue;
      const members: Named[] = [];
      for (const n of names.slice(names.indexOf(first))) {
        const previous = members.at(-1);
        if (n.from < (previous?.to ?? first.from)) continue;
        if (previous && !JOIN.test(ctx.text.slice(previous.to, n.from))) break;
        if (n.entity.kind !== 'Country' || n.entity.region) break;
        members.push(n);
      }
      if (members.length < (bare ? 3 : 2)) continue;
      if (bare && !/^\s*[)）]/.test(ctx.text.slice(members.at(-1)!.to))) continue;
      for (const m of members)
        if (m.entity.nodeId !== bloc.entity.nodeId)
          out.push(proposal('MEMBER_OF', m, bloc, bloc.from, members.at(-1)!.to, blocMembers.id));
    }
    return out;
  },
};
