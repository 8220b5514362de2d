import type { Argument } from '../../clauses/types';
import { FIRM_KINDS } from '../../entities';
import { blankMentions, sentenceAround } from '../../sentences';
import type { ClauseRule } from '../types';
import { figureMeasure } from './figure-measure';
import { predicateFrame } from './predicate-frame';

/** An English subject that points back to what the article is about. */
const POINTS_BACK =
  /\b(?:it|its|they|their|the\s+(?:company|firm|group|corporation|conglomerate|business|maker|manufacturer|producer|bank|agency|organi[sz]ation|ministry|department|country|mine|plant))\b/i;

/** A gloss in parentheses or a citation mark: `(formerly known as ATIEVA)`, `[1]`. */
const GLOSS_OR_CITATION = /\([^()]*\)|\[\d+\]/g;
/** A line's label that is a name glossed in parentheses, before a colon: `상하이대중(상하이VW) : `. */
const GLOSSED_LABEL = /^\s*(?:[-•·*]\s*)?[^:：\n()]{1,30}\([^()\n]{1,30}\)\s*[:：]\s/;
/** Words of many names, which say nothing of which one a subject is: `Inc`, `Group`, `Company`. */
const GENERIC_NAME_WORD = /^(?:inc|corp|ltd|co|company|corporation|group|holdings|the|and|of)$/;

/** A chronology item's bullet and date: `1996년 02월`, `- 2011년`, `2009.10`. */
const ITEM_DATE = String.raw`^\s*(?:[-•·*▪○◦]\s*)?(?:19|20)\d{2}\s*(?:년(?:\s*\d{1,2}\s*월)?(?:\s*\d{1,2}\s*일)?|\.\s?\d{1,2}\.?|\/\d{1,2})`;
/** A chronology item: a line that opens with its date (`1996년 02월 …`, `2009.10 …`, `- 2011년 …`). */
const DATED_ITEM = new RegExp(ITEM_DATE);
/** All a chronology item holds before its first word: a bullet and its date. */
const DATE_OPENING = new RegExp(String.raw`${ITEM_DATE}\s*$`);
/**
 * A chronology item whose date is followed by one word (a legal form may open it) and a comma: `2014년 (주)두산, …`.
 * Firms and bodies act in a chronology; countries there are where (`예멘, 나이지리아, 캐나다 사무소 개소`).
 */
const DATED_WORD = new RegExp(String.raw`${ITEM_DATE}\s+(?!\d)(?:\(주\)|㈜)?([^\s,()]+),\s`);
/** A chronology item whose date is followed by a word marked by 에서, who acts: `1978년 5월 현대중공업에서 …`. */
const DATED_ACTOR = new RegExp(String.raw`${ITEM_DATE}\s+(?!\d)[^\s,()]+에서\s`);

/**
 * Encyclopedia articles leave their subject to the title (`현대자동차` … `1999년 기아자동차를 인수하였다`):
 * a clause with no subject of its own takes the entity the title names, and the frames apply as if the
 * sentence had named it. Clauses that name the topic, or any subject, are left to the predicate frames.
 */
export const topicSubject: ClauseRule = {
  id: 'clause:topic-subject',
  emits: 'any',
  apply(clause, ctx) {
    const topic = ctx.topic;
    // A noun predicate's subject is in its phrase (`미국 포드사의 공장`), never the title's entity, unless
    // the phrase names only a partner (`포드사와의 합작 회사`): then the title's entity is the other party.
    const partnerOnly =
      clause.predicate.nominal &&
      clause.args.some((a) => a.role === 'oblique' && a.marker === '와') &&
      !clause.args.some((a) => a.role === 'genitive');
    // `1996년 02월 영국 현지법인 KCCL 설립`: a chronology item's noun predicate is the topic's own event.
    const dated = clause.predicate.nominal && DATED_ITEM.test(ctx.text);
    if (
      !topic ||
      clause.relative ||
      clause.participle ||
      (clause.predicate.nominal && !partnerOnly && !dated)
    )
      return [];
    // `안지물류(安吉物流) : 물류회사`: a line that opens with a name glossed in parentheses and a colon describes that
    // name, not the title's entity.
    const lineStart = ctx.text.lastIndexOf('\n', clause.predicate.from) + 1;
    if (GLOSSED_LABEL.test(ctx.text.slice(lineStart, clause.predicate.from))) return [];
    // A noun predicate's genitive is its subject (`A의 생산`); a verb's or copula's is not (`대한민국의 … 회사이다`).
    const owner = (a: Argument) =>
      a.role === 'subject' || (a.role === 'genitive' && clause.predicate.nominal);
    // `동아자동차공업을 쌍용정유에서 인수`: 에서 after a company or body marks who acts, as 이/가 would.
    const actingBody = (a: Argument) =>
      a.role === 'oblique' &&
      a.marker === '에서' &&
      (a.named.entity.kind === 'Company' || a.named.entity.kind === 'Organization');
    // `Competitors in PC chipsets include AMD`: an English verb of what something includes always has a subject of
    // its own; only one that points back (`Its members`, `the company`) stands for the title's entity.
    // `Optoelectronic devices were used in …` has a subject of its own too; `Lucid has agreed …`, `Natural graphite is
    // used …` write the title's entity in a form of its own.
    const [sentenceStart] = sentenceAround(ctx.text, clause.predicate.from, clause.predicate.to);
    // (A gloss in parentheses and a citation mark say nothing of the subject: `(formerly known as ATIEVA)[1] is`.)
    const before = ctx.text.slice(sentenceStart, clause.predicate.from).replace(GLOSS_OR_CITATION, '');
    // (`Motorola Mobility was sold` under `Motorola`: a name of something else holds no word of the title's entity.)
    const others = [...new Map(clause.args.map((a) => [a.named.from, a.named])).values()]
      .filter((n) => n.entity !== topic && n.from >= sentenceStart && n.to <= clause.predicate.from)
      .sort((x, y) => x.from - y.from);
    const topicWords = [...topic.forms, topic.name, topic.nameEn ?? '']
      .flatMap((f) => f.toLowerCase().split(/[^\p{L}\p{N}]+/u))
      .filter((w) => w.length >= 3 && !GENERIC_NAME_WORD.test(w));
    const beforeWords = blankMentions(ctx.text, others, sentenceStart, clause.predicate.from)
      .replace(GLOSS_OR_CITATION, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u);
    const ownSubject =
      ctx.language === 'en' &&
      !clause.predicate.nominal &&
      /\p{L}/u.test(before) &&
      !POINTS_BACK.test(before) &&
      (ctx.predicates.frames('en', clause.predicate.lemma).some((f) => f.id === 'comprise') ||
        !topicWords.some((w) => beforeWords.includes(w)));
    // `1999년 6월 기아자동차, 아시아자동차공업 …와 … 흡수 통합`: an item that opens with an actor's name and a comma
    // names its own actor, or a list of them; the title's entity is neither.
    const first = [...clause.args].sort((a, b) => a.named.from - b.named.from)[0];
    // `1986년 10월 현대전자산업 이천공장 준공`: so does one whose firm is followed by more of the item's nouns before its
    // predicate (the firm's plant, its computers); right before the predicate (`기아 인수`) the firm is what is done to.
    const openedByActor =
      first !== undefined &&
      FIRM_KINDS.has(first.named.entity.kind) &&
      DATE_OPENING.test(ctx.text.slice(0, first.named.from)) &&
      (/^\s*,/.test(ctx.text.slice(first.named.to)) ||
        /^\s+[가-힣A-Za-z]/.test(ctx.text.slice(first.named.to, clause.predicate.from)));
    // (`2017년 두산인프라코어, 중국 농기계 1위 업체 로볼과 …`: so does one whose first word alone, a name the clause may not
    // hold, comes before the comma.)
    const word = DATED_WORD.exec(ctx.text);
    const wordAt = word ? word.index + word[0].lastIndexOf(word[1]!) : -1;
    const openedByWord =
      word !== null &&
      !clause.args.some((a) => a.named.from === wordAt && !FIRM_KINDS.has(a.named.entity.kind));
    // `1978년 5월 현대중공업에서 인천제철 인수`: a body marked by 에서 right after the date acts, whatever the clause holds.
    const actedBy = DATED_ACTOR.test(ctx.text);
    if (
      ownSubject ||
      openedByActor ||
      openedByWord ||
      actedBy ||
      clause.args.some((a) => owner(a) || actingBody(a) || a.named.entity === topic)
    )
      return [];
    const implicit: Argument = {
      named: { entity: topic, from: clause.predicate.from, to: clause.predicate.to },
      role: 'subject',
      marker: '',
    };
    const withTopic = { ...clause, args: [...clause.args, implicit] };
    // `2012년 매출 29조 원을 기록했다`: a Korean clause that drops its subject leaves the amount it reads to the
    // title's entity too (an English one has a subject, if no name: `The industry in Japan … reaching 50%`).
    const amounts = ctx.language === 'ko' ? figureMeasure.apply(withTopic, ctx) : [];
    return [...predicateFrame.apply(withTopic, ctx), ...amounts]
      .filter((p) => p.source === topic || p.target === topic)
      .map((p) => ({ ...p, rule: topicSubject.id }));
  },
};
