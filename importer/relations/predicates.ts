import { z } from 'zod';
import { GraphError } from '../../graph/errors';
import { EdgeType, NodeKind } from '../../graph/model';
import { fieldPath, readLexiconJson } from '../lexicon/load';
import { DEFAULT_MAX_INPUT_BYTES } from '../read';
import bundled from './predicates.json';

/**
 * A role a frame reads: `subject`, `object`, `genitive`, `modifier`, `complement`, `scene`, `origin` or
 * `oblique:<marker>`.
 */
const RoleSpec = z.string().regex(/^(subject|object|genitive|modifier|complement|scene|origin|oblique:.+)$/);

export const Frame = z.object({
  type: EdgeType,
  source: z.array(RoleSpec).min(1),
  sourceKinds: z.array(NodeKind).min(1),
  target: z.array(RoleSpec).min(1),
  targetKinds: z.array(NodeKind).min(1),
  /** Only for a noun predicate (`export controls on gallium`) or only for a verb (`China controls most of …`). */
  only: z.enum(['noun', 'verb']).optional(),
  /**
   * Only in a clause that modifies no noun (`main`) or only in one that does (`relative`): `현대중공업은 대한민국에
   * 소재하고` says where the company is, `텍사스에 위치한 공장` where a plant of it is.
   */
  clause: z.enum(['main', 'relative']).optional(),
  /**
   * For a MEASURES frame: the roles that name the country the measured quantity is in (`In Brazil, sales
   * doubled to 125 000`, `미국에서 판매가 10% 증가`); the amount measures that country too.
   */
  scene: z.array(RoleSpec).optional(),
  /**
   * The frame states its relation only when the clause also names one of these kinds in one of these roles:
   * `Korea depends on China for graphite` (a supplier), not `Korea depends on the United States for security`.
   */
  with: z.object({ roles: z.array(RoleSpec).min(1), kinds: z.array(NodeKind).min(1) }).optional(),
  /**
   * For a noun predicate under a verb (`strengthens the lithium supply chain`): the verbs under which the frame
   * holds; under any other (`dominates the lithium supply chain`) it does not.
   */
  under: z.array(z.string()).optional(),
  /** The frame does not hold when the clause names one of these kinds in one of these roles. */
  without: z.object({ roles: z.array(RoleSpec).min(1), kinds: z.array(NodeKind).min(1) }).optional(),
  /** The frame states that its relation ended: `North Korea withdrew from the NPT` is no longer a member of it. */
  ends: z.boolean().optional(),
});
export type Frame = z.infer<typeof Frame>;

export const PredicateEntry = z.object({
  id: z.string().min(1),
  en: z.array(z.string()).default([]),
  ko: z.array(z.string()).default([]),
  frames: z.array(Frame).min(1),
});
export type PredicateEntry = z.infer<typeof PredicateEntry>;

export const PredicateLexiconFile = z.object({
  version: z.string(),
  predicates: z.array(PredicateEntry),
  /**
   * Verbs whose object is an event named by a noun (`impose tariffs`, `수출 통제를 도입`): the noun
   * predicate shares the verb's subject. Other verbs' objects do not (`exercise oversight of tariffs`).
   */
  supportVerbs: z.object({ en: z.array(z.string()), ko: z.array(z.string()) }).default({ en: [], ko: [] }),
  /**
   * Verbs whose object does what the infinitive after it says (`directed the USTR to raise tariffs`,
   * `calls on Commerce to impose`): that object, not the verb's subject, is the infinitive's subject.
   */
  controlVerbs: z.object({ en: z.array(z.string()) }).default({ en: [] }),
  /**
   * Verbs whose subject receives the event its object names (`Intel received a grant from Commerce`,
   * `보조금을 받았다`): that subject is the noun predicate's object, and who gives it is the noun's subject.
   */
  receiveVerbs: z.object({ en: z.array(z.string()), ko: z.array(z.string()) }).default({ en: [], ko: [] }),
  /**
   * Nouns of talks and conflicts (`협상`, `분쟁`): a predicate noun right before one names what they are about, not
   * an event that happened (`한-미 관세협상` imposes no tariff).
   */
  topicNouns: z.object({ en: z.array(z.string()), ko: z.array(z.string()) }).default({ en: [], ko: [] }),
  /** Nouns of an event or a content (`쾌거`, `계획`): a relative clause before one keeps the sentence's topic. */
  eventNouns: z.object({ en: z.array(z.string()), ko: z.array(z.string()) }).default({ en: [], ko: [] }),
});
export type PredicateLexiconFile = z.infer<typeof PredicateLexiconFile>;

/** Lemma → the frames of every predicate that lists it, per language. */
export interface PredicateLexicon {
  version: string;
  frames(language: 'ko' | 'en', lemma: string): readonly { id: string; frame: Frame }[];
  isPredicate(language: 'ko' | 'en', lemma: string): boolean;
  isPredicateNoun(language: 'ko' | 'en', lemma: string): boolean;
  isSupportVerb(language: 'ko' | 'en', lemma: string): boolean;
  isControlVerb(language: 'ko' | 'en', lemma: string): boolean;
  isReceiveVerb(language: 'ko' | 'en', lemma: string): boolean;
  isTopicNoun(language: 'ko' | 'en', lemma: string): boolean;
  isEventNoun(language: 'ko' | 'en', lemma: string): boolean;
}

export function predicateLexicon(files: readonly { path: string; data: unknown }[] = []): PredicateLexicon {
  const parsed: PredicateLexiconFile[] = [PredicateLexiconFile.parse(bundled)];
  for (const f of files) {
    const result = PredicateLexiconFile.safeParse(f.data);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = fieldPath(issue.path);
      throw new GraphError('INVALID_LEXICON', `${f.path}: ${field}: ${issue.message}`, {
        file: f.path,
        field,
      });
    }
    parsed.push(result.data);
  }
  const index = {
    ko: new Map<string, { id: string; frame: Frame }[]>(),
    en: new Map<string, { id: string; frame: Frame }[]>(),
  };
  for (const file of parsed) {
    for (const p of file.predicates) {
      for (const language of ['ko', 'en'] as const) {
        for (const lemma of p[language]) {
          const key = lemma.toLowerCase();
          const list = index[language].get(key) ?? [];
          for (const frame of p.frames) list.push({ id: p.id, frame });
          index[language].set(key, list);
          // `달하다`: the analyser gives a noun+하다 verb as its noun (`달` + `했다`), so the entry is found by the
          // noun too, for its verb frames only (the noun alone, `이번 달`, is not that verb).
          const noun = language === 'ko' ? /^(.+)하다$/.exec(lemma)?.[1] : undefined;
          if (!noun) continue;
          const byNoun = index.ko.get(noun) ?? [];
          for (const frame of p.frames)
            if (frame.only !== 'noun') byNoun.push({ id: p.id, frame: { ...frame, only: 'verb' } });
          index.ko.set(noun, byNoun);
        }
      }
    }
  }
  /** A verb list of every file, per language; English lemmas compare without case. */
  const verbs = (key: 'supportVerbs' | 'receiveVerbs' | 'topicNouns' | 'eventNouns') => {
    const sets = {
      ko: new Set(parsed.flatMap((f) => f[key].ko)),
      en: new Set(parsed.flatMap((f) => f[key].en.map((v) => v.toLowerCase()))),
    };
    return (language: 'ko' | 'en', lemma: string) =>
      sets[language].has(language === 'en' ? lemma.toLowerCase() : lemma);
  };
  const control = new Set(parsed.flatMap((f) => f.controlVerbs.en.map((v) => v.toLowerCase())));
  return {
    version: parsed.map((p) => p.version).join('+'),
    isReceiveVerb: verbs('receiveVerbs'),
    isControlVerb: (language, lemma) => language === 'en' && control.has(lemma.toLowerCase()),
    isSupportVerb: verbs('supportVerbs'),
    isTopicNoun: verbs('topicNouns'),
    isEventNoun: verbs('eventNouns'),
    frames: (language, lemma) => index[language].get(lemma.toLowerCase()) ?? [],
    isPredicate: (language, lemma) => index[language].has(lemma.toLowerCase()),
    // A word whose frames are all for verbs (`증가`, `rise`) never heads a noun predicate's phrase.
    isPredicateNoun: (language, lemma) =>
      (index[language].get(lemma.toLowerCase()) ?? []).some(({ frame }) => frame.only !== 'verb'),
  };
}

/** The bundled predicate lexicon extended by the files at `paths` (`kg import --predicates FILE`). */
export function loadPredicateLexicon(
  paths: readonly string[],
  { maxBytes = DEFAULT_MAX_INPUT_BYTES }: { maxBytes?: number } = {},
): PredicateLexicon {
  return predicateLexicon(paths.map((path) => ({ path, data: readLexiconJson(path, maxBytes) })));
}
