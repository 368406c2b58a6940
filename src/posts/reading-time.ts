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
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_START = /[\p{L}\p{N}]/u;
const WORD_PART = /[\p{L}\p{N}\p{M}]/u;

/**
 * A word starts with a letter or digit and goes on through letters, digits, marks, apostrophes and
 * hyphens ("well-known", "l'économie"). One pass, no arrays: it runs over every post's whole text.
 */
export function measureText(text: string): TextLength {
  let words = 0;
  let cjkCharacters = 0;
  let inWord = false;
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (code < 128) {
      const alphanumeric = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
      if (alphanumeric && !inWord) words += 1;
      inWord = alphanumeric || (inWord && (code === 39 || code === 45)); // ' and - inside a word
    } else if (CJK_CHARACTER.test(character)) {
      cjkCharacters += 1;
      inWord = false;
    } else if (inWord) {
      inWord = WORD_PART.test(character) || character === "’";
    } else if (WORD_START.test(character)) {
      words += 1;
      inWord = true;
    }
  }
  return { words, cjkCharacters };
}

/** Whole minutes, rounded up, and never less than one: "1 min read" for a short note. */
export function readingMinutes(length: TextLength, speed: ReadingSpeed): number {
  const minutes = length.words / speed.wordsPerMinute + length.cjkCharacters / speed.cjkCharactersPerMinute;
  return Math.max(1, Math.ceil(minutes));
}
