import { EnglishAnalyser } from './en';
import { loadKorean } from './ko';
import type { Analyser } from './types';

export type { Analyser, Pos, Token } from './types';

export interface Languages {
  ko: Analyser;
  en: Analyser;
}

let loaded: Languages | undefined;

/** Both analysers, loaded once per process (the Korean dictionary takes about 2 s). */
export async function loadLanguages(): Promise<Languages> {
  loaded ??= { ko: await loadKorean(), en: new EnglishAnalyser() };
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
  return HANGUL.test(sentence) ? languages.ko : languages.en;
}
