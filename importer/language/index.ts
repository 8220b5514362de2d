import { EnglishAnalyser } from './en';
import { loadKorean } from './ko';
import type { Analyser } from './types';

export type { Analyser, Pos, Token } from './types';

export interface Languages {
  /** Loaded only for texts with Hangul: reading its dictionary costs a few hundred milliseconds and about 50 MB. */
  ko: Analyser | undefined;
  en: Analyser;
}

let loaded: Languages | undefined;

/** The analysers, loaded once per process; `korean: false` leaves the Korean dictionary unread. */
export async function loadLanguages(options: { korean?: boolean } = {}): Promise<Languages> {
  loaded ??= { ko: undefined, en: new EnglishAnalyser() };
  if (options.korean !== false) loaded.ko ??= await loadKorean();
  return loaded;
}

/** The analysers `loadLanguages` loaded; the synchronous importer needs them loaded first. */
export function loadedLanguages(): Languages {
  if (!loaded) throw new Error('language analysers are not loaded: await loadLanguages() first');
  return loaded;
}

const HANGUL = /[\uac00-\ud7a3]/;

/** The analyser for one sentence: Korean when it has Hangul, English otherwise. */
export function analyserFor(languages: Languages, sentence: string): Analyser {
  if (!HANGUL.test(sentence)) return languages.en;
  if (!languages.ko) throw new Error('the Korean analyser is not loaded: await loadLanguages() first');
  return languages.ko;
}

/** Whether a text needs the Korean analyser. */
export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}
