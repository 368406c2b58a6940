// How long a post takes to read: words for space-separated scripts, characters for Chinese and Japanese.

/** What a text holds, for a reading time. */
export interface TextLength {
  /** Runs of letters or digits between spaces (English, French, Korean, …). */
  readonly words: number;
  /** Han, Hiragana and Katakana characters: these scripts put no spaces between words. */
  readonly cjkCharacters: number;
}

export interface ReadingSpeed {
  readonly wordsPerMinute: number;
  readonly cjkCharactersPerMinute: number;
}

/**
 * Korean (Hangul) is written with spaces between words, so it is counted in words; Chinese and
 * Japanese are not, so each of their characters counts on its own, read at a characters-per-minute pace.
 */
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

export function measureText(text: string): TextLength {
  const cjkCharacters = text.match(CJK_CHARACTER)?.length ?? 0;
  const words = text.replace(CJK_CHARACTER, " ").match(WORD)?.length ?? 0;
  return { words, cjkCharacters };
}

export function addLengths(a: TextLength, b: TextLength): TextLength {
  return { words: a.words + b.words, cjkCharacters: a.cjkCharacters + b.cjkCharacters };
}

/** Whole minutes, rounded up, and never less than one: "1 min read" for a short note. */
export function readingMinutes(length: TextLength, speed: ReadingSpeed): number {
  const minutes = length.words / speed.wordsPerMinute + length.cjkCharacters / speed.cjkCharactersPerMinute;
  return Math.max(1, Math.ceil(minutes));
}
