export const TONE_REAL_WORDS: readonly string[] = [];
