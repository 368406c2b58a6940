// Reading time: words for space-separated scripts, characters for Chinese and Japanese.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { measureText, readingMinutes } from "../../src/posts/reading-time.ts";

const SPEED = { wordsPerMinute: 200, cjkCharactersPerMinute: 500 };

describe("reading time", () => {
  it("counts words in English and French, apostrophes and hyphens inside a word", () => {
    assert.deepEqual(measureText("It's a well-known fact: l'économie, 2025."), { words: 6, cjkCharacters: 0 });
  });

  it("counts Korean by words, since Hangul is written with spaces", () => {
    assert.deepEqual(measureText("한국 반도체 산업의 미래"), { words: 4, cjkCharacters: 0 });
  });

  it("counts Chinese and Japanese by characters, punctuation left out", () => {
    assert.deepEqual(measureText("日本語の文章。中文"), { words: 0, cjkCharacters: 8 });
    assert.deepEqual(measureText("Eleventy で作る"), { words: 1, cjkCharacters: 3 });
  });

  it("rounds up to whole minutes, and a short text still takes a minute", () => {
    assert.equal(readingMinutes({ words: 0, cjkCharacters: 0 }, SPEED), 1);
    assert.equal(readingMinutes({ words: 200, cjkCharacters: 0 }, SPEED), 1);
    assert.equal(readingMinutes({ words: 201, cjkCharacters: 0 }, SPEED), 2);
    assert.equal(readingMinutes({ words: 100, cjkCharacters: 800 }, SPEED), 3); // 0.5 + 1.6 minutes
  });
});
