import { ACTOR_KINDS, ownEach } from '../../entities';
import type { ClauseRule, Proposal } from '../types';
import { proposal } from './proposal';

/** `jointly`, `together`, `co-hosted`, `공동으로`, `공동 개최`: the subjects act as one. */
const JOINT =
  /\b(?:jointly|together)\b|\bco-[a-z]+|공동으로|공동\s?(?:주최|주관|개최|개발|연구|투자|설립|추진|운영|발표|선언)/i;

/** `a joint venture plant`, `합작공장`, `합자회사`: what the subjects set up is one they share. */
const JOINT_VENTURE = /\bjoint[- ]ventures?\b|\bJVs?\b|합작|합자/;

/** What may stand between the subjects and the adverb: a particle, auxiliaries, `양국 장관은`'s head noun. */
const RIGHT_AFTER =
  /^(?:[이가은는도]|[가-힣]{1,3}(?:이|가|은|는|들은|들이))?(?:\s+(?:will|would|shall|can|could|may|might|also|to|have|has|had|are|were|is|was|been|be|plan|plans|agreed|agree))*\s*$/;

/** `상무부와 공동으로`, `KIST와 공동 개발`: a partner joined by 와/과 right before the adverb. */
const JOINTLY_WITH = /^\s*(?:[와과]|등과)\s+공동(?:으로)?(?![가-힣])/;

/**
 * `중기부와 중소기업중앙회가 공동으로 주최한`, `Samsung and LG jointly developed`, `A and B will build a joint venture
 * plant`: two or three coordinated subjects that do one thing jointly, or set up a joint venture, are partners, whatever
 * the verb. (Four or more are the parties of one act, as with signing.)
 */
export const jointAction: ClauseRule = {
  id: 'clause:joint-action',
  emits: ['PARTNERS_WITH'],
  apply(clause, ctx) {
    if (clause.predicate.nominal || clause.predicate.negative) return [];
    const actors = clause.args.filter((a) => ACTOR_KINDS.has(a.named.entity.kind));
    // `산업부는 미국 에너지부, 상무부와 공동으로 개최`: the subject and those it acts jointly with.
    const withWhom = actors.filter((a) => a.role === 'oblique' && a.marker === '와');
    const jointly = withWhom.length > 0 && JOINTLY_WITH.test(ctx.text.slice(withWhom.at(-1)!.named.to));
    const subjects = actors.filter((a) => a.role === 'subject' || (jointly && withWhom.includes(a)));
    const distinct = new Set(subjects.map((a) => a.named.entity.nodeId));
    if (distinct.size < 2 || distinct.size > 3) return [];
    const last = Math.max(...subjects.map((a) => a.named.to));
    const joint = JOINT.exec(ctx.text.slice(last, Math.max(clause.predicate.to, last)));
    // The adverb comes right after the subjects: `ExxonMobil and Occidental deals together` joins the deals' sizes.
    const together = joint !== null && RIGHT_AFTER.test(ctx.text.slice(last, last + joint.index));
    // A joint venture the verb sets up (a support verb such as form or 설립, or a verb of building a site) is theirs; one
    // they visit is not said to be.
    const lemma = clause.predicate.lemma;
    const setUp =
      (ctx.predicates.isSupportVerb(ctx.language, lemma) ||
        ctx.predicates.frames(ctx.language, lemma).some((f) => f.id === 'build')) &&
      JOINT_VENTURE.test(ctx.text.slice(last, Math.max(clause.to, last)));
    if (!together && !setUp && !jointly) return [];
    const out: Proposal[] = [];
    subjects.forEach((a, k) => {
      for (const b of subjects.slice(k + 1)) {
        if (a.named.entity.nodeId === b.named.entity.nodeId || ownEach(a.named.entity, b.named.entity))
          continue;
        out.push(
          proposal('PARTNERS_WITH', a.named, b.named, a.named.from, clause.predicate.to, jointAction.id),
        );
      }
    });
    return out;
  },
};
