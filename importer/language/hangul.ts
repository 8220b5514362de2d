const SYLLABLE_BASE = 0xac00;
const SYLLABLES = 11172;
/** Final consonants (jongseong) by their index in a syllable's code: none, ㄴ, ㄹ. */
export const NO_FINAL = 0;
export const FINAL_NIEUN = 4;
export const FINAL_RIEUL = 8;

/** The final-consonant index of a Hangul syllable (`NO_FINAL` when open), or undefined for any other character. */
export function finalConsonant(syllable: string): number | undefined {
  const code = syllable.charCodeAt(0) - SYLLABLE_BASE;
  return code >= 0 && code < SYLLABLES ? code % 28 : undefined;
}

/** The same syllable with another final consonant: `든` with `FINAL_RIEUL` is `들`. */
export function withFinal(syllable: string, final: number): string {
  const code = syllable.charCodeAt(0) - SYLLABLE_BASE;
  return String.fromCharCode(SYLLABLE_BASE + code - (code % 28) + final);
}
