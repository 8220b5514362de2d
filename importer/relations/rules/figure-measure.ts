import type { Argument, Clause } from '../../clauses/types';
import { ACTOR_KINDS } from '../../entities';
import type { ClauseRule, Proposal } from '../types';
import { MONEY } from './amount-phrase';
import { CHANNEL, roleKey } from './predicate-frame';

/** Whether `g` is written in parentheses right after `f`. */
function isGloss(f: Argument, g: Argument, text: string): boolean {
  return (
    f.named.to <= g.named.from &&
    /^\s*\(\s*$/.test(text.slice(f.named.to, g.named.from)) &&
    /^\s*\)/.test(text.slice(g.named.to))
  );
}

/** After a possessor, a trade's market or industry: `'s software market`, `의 반도체 시장`. */
const MARKET_OF =
  /^(?:['’]s?\s+(?:[\w-]+\s+){1,3}(?:markets?|industry|industries|sectors?)\b|의\s+(?:\S+\s+){1,3}(?:시장|산업|업계)(?![가-힣]))/i;

/** After an amount, words that give it to each of several: `each`, `apiece`, `각각`. */
const EACH_AFTER = /^\s*(?:each|apiece|per\s+(?:company|firm|award|project)|씩|각각)(?![\p{L}])/u;

/** Between names and an amount, a word that gives it to each of them: `each`, `각각`, `각자`. */
const EACH_BETWEEN = /(?:^|[\s,])(?:each|각각|각자)(?=[\s,]|$)/u;

/** Whether the amount at `figure` is given to each of the names that end at `namesEnd`, by `each` after it or before it. */
export function givenToEach(text: string, figure: { from: number; to: number }, namesEnd: number): boolean {
  return (
    EACH_AFTER.test(text.slice(figure.to)) ||
    (namesEnd <= figure.from && EACH_BETWEEN.test(text.slice(namesEnd, figure.from)))
  );
}

/** Names joined as a list (`to Albemarle and MP Materials`) share an amount; a compound does not. */
function listed(args: readonly Argument[], text: string): boolean {
  const sorted = [...args].sort((a, b) => a.named.from - b.named.from);
  return sorted.some(
    (a, k) => k > 0 && /[,·]|\b(?:and|or)\b|[와과및]/.test(text.slice(sorted[k - 1]!.named.to, a.named.from)),
  );
}

/**
 * An amount or share read as an argument of its clause, by the predicate lexicon's MEASURES frames: a
 * grant's amount measures its recipient (`The Department of Energy awarded $17.5 million to Niron`,
 * `MP Materials was allocated $60 million`) or, with none named, the programme it goes through; a share
 * measures the subject that holds it (`Qatar accounts for 30% of helium production`). Frames are tried in
 * order; one amount written against two names is shared by them and measures neither.
 */
export const figureMeasure: ClauseRule = {
  id: 'clause:figure-measure',
  emits: ['MEASURES'],
  apply(clause, ctx) {
    // `25% of copper scrap produced in the United States`: the amount belongs to the noun the participle describes.
    if (clause.predicate.negative || clause.participle) return [];
    const frames = ctx.predicates
      .frames(ctx.language, clause.predicate.lemma)
      .map(({ frame }) => frame)
      .filter((f) => f.type === 'MEASURES' && f.sourceKinds.includes('Figure'));
    for (const frame of frames) {
      const pick = (roles: readonly string[], kinds: readonly string[]) => {
        const seen = new Set<string>();
        return clause.args.filter(
          (a) =>
            roles.includes(roleKey(a)) &&
            kinds.includes(a.named.entity.kind) &&
            !seen.has(a.named.entity.nodeId) &&
            seen.add(a.named.entity.nodeId),
        );
      };
      const found = pick(frame.source, frame.sourceKinds);
      // `41%(2.74억명)`: an amount in parentheses right after another gives it again in other terms; it measures what
      // that one does and makes no list with it.
      const glosses = found.filter((g) => found.some((f) => isGloss(f, g, ctx.text)));
      const figures = found.filter((f) => !glosses.includes(f));
      // `jumped by over 60% to almost 600 000`: amounts in different roles (the change, the level) each measure
      // the same name; amounts in one role are a list this rule pairs only with a single name.
      const roles = new Set(figures.map(roleKey));
      if (figures.length === 0) continue;
      // `China's software market grew to $290 billion`: the market of a trade the possessor has is what is measured.
      const candidates = pick(frame.target, frame.targetKinds).filter(
        (a) =>
          a.named.entity.kind !== 'Figure' &&
          !(a.role === 'genitive' && MARKET_OF.test(ctx.text.slice(a.named.to, a.named.to + 48))),
      );
      // `increase imports of U.S. rice by 75%`: a country right before the name of a good only says where it is from.
      const named = candidates.filter(
        (a) =>
          !(
            a.named.entity.kind === 'Country' &&
            a.role === 'object' &&
            candidates.some((b) => b !== a && /^[ \t]+$/.test(ctx.text.slice(a.named.to, b.named.from)))
          ),
      );
      // `accounted for 89% of exports and 40% of imports`: a list of shares or sums all measure the one actor there is,
      // when it holds them; prices paid for what a clause names (`Elpida for $2.5 billion and Inotera for $4
      // billion`) are each its own.
      const alike =
        figures.every((f) => /%$/.test(f.named.entity.name)) ||
        figures.every((f) => MONEY.test(f.named.entity.name));
      if (
        roles.size !== figures.length &&
        !(
          named.length === 1 &&
          ACTOR_KINDS.has(named[0]!.named.entity.kind) &&
          (named[0]!.role === 'subject' || named[0]!.role === 'genitive') &&
          alike
        )
      )
        continue;
      // `한국 배터리 기업들은 … 50%의 점유율을 차지`: of an actor and the sector it works in, the actor holds it.
      const actors = named.filter((a) => ACTOR_KINDS.has(a.named.entity.kind));
      const targets = named.length > 1 && actors.length === 1 && !listed(named, ctx.text) ? actors : named;
      // `contracts to Google and OpenAI for up to $200 million each`: an amount given to each is each one's.
      // `GS에너지와 셰브런이 각각 50%의 지분을`, `Samsung and SK each invested $1 billion`: so is one written after `each`.
      const each =
        figures.length === 1 &&
        givenToEach(ctx.text, figures[0]!.named, Math.max(...targets.map((t) => t.named.to))) &&
        listed(targets, ctx.text);
      if (each) return targets.map((target) => measures(figures[0]!, target));
      if (targets.length > 1) return [];
      if (targets.length === 0) continue;
      const target = targets[0]!;
      // `owned 50% by ChevronTexaco, 25% by ExxonMobil`: an amount written against another agent is that one's.
      const byOther = (f: Argument) => {
        const by = /^\s+by\s+(?=\p{Lu})/u.exec(ctx.text.slice(f.named.to));
        return by !== null && f.named.to + by[0].length !== target.named.from;
      };
      return [...figures, ...glosses].filter((f) => !byOther(f)).map((figure) => measures(figure, target));
    }
    return throughProgramme(clause.args);
  },
};

function measures(figure: Argument, target: Argument): Proposal {
  return {
    type: 'MEASURES',
    source: figure.named.entity,
    target: target.named.entity,
    from: Math.min(figure.named.from, target.named.from),
    to: Math.max(figure.named.to, target.named.to),
    negative: false,
    rule: figureMeasure.id,
  };
}

/**
 * Money a clause moves through one programme, with no one named that it goes to (`announcing $3 billion
 * across 25 projects through the Bipartisan Infrastructure Law`), whatever the verb: the programme's money.
 */
function throughProgramme(args: Clause['args']): Proposal[] {
  const money = args.filter(
    (a) => a.role === 'object' && a.named.entity.kind === 'Figure' && MONEY.test(a.named.entity.name),
  );
  const programmes = [
    ...new Set(
      args
        .filter((a) => CHANNEL.has(roleKey(a)) && a.named.entity.kind === 'Policy')
        .map((a) => a.named.entity),
    ),
  ];
  // A firm in the clause, as the one it goes to or as a party (`Commerce and SK hynix signed terms to provide
  // $450 million under the CHIPS Act`), is what the money is for.
  const recipient = args.some(
    (a) =>
      ((roleKey(a) === 'oblique:to' || roleKey(a) === 'oblique:for') &&
        ACTOR_KINDS.has(a.named.entity.kind)) ||
      (a.role === 'subject' && a.named.entity.kind === 'Company'),
  );
  if (money.length !== 1 || programmes.length !== 1 || recipient) return [];
  const [figure] = money;
  const [programme] = programmes;
  return [measures(figure!, args.find((a) => a.named.entity === programme)!)];
}
