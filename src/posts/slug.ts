// The one way a name becomes a URL segment: for post titles, file names, categories and tags.
import { createHash } from "node:crypto";

/** Longest slug, in characters; longer names are cut at a word boundary where one is near. */
export const MAX_SLUG_LENGTH = 80;

/** Symbols that carry meaning in names (`C++`, `C#`, `R&D`) are spelled out instead of dropped. */
const SPOKEN_SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/\+/g, " plus "],
  [/#/g, " sharp "],
  [/&/g, " and "],
  [/@/g, " at "],
];

/**
 * Characters that show nothing on their own: zero-width spaces and joiners (U+200B–U+200F, U+2060,
 * U+FEFF: every format character, Cf), and the variation selectors that pick an emoji's or a symbol's
 * style (U+FE00–U+FE0F, U+E0100–U+E01EF). Marks count as letters in a slug (they are part of
 * Devanagari or Thai words), but these would make a slug of invisible characters for `★️` or `👨‍💻`.
 */
const INVISIBLE = /\p{Cf}|\p{Variation_Selector}/gu;

/**
 * Lower-cased, Unicode letters and digits kept (한국 and économie stay as they are), everything else a
 * single hyphen. Names with no letter or digit at all (`???`) get `n-` and a hash of the name, so they
 * still have a stable page of their own.
 */
export function slug(name: string): string {
  let text = name.normalize("NFKC").replace(INVISIBLE, "").toLowerCase();
  for (const [symbol, word] of SPOKEN_SYMBOLS) text = text.replace(symbol, word);
  text = text
    .replace(/['’]/g, "") // "Nvidia's" → "nvidias", as English slugs usually read
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, "-")
    // A mark with no letter before it (an emoji's skin tone modifier is a symbol, but a combining
    // enclosing keycap is a mark) shows nothing: it cannot start a word.
    .replace(/(^|-)\p{M}+/gu, "$1")
    .replace(/^-+|-+$/g, "");
  if (text === "") return `n-${shortHash(name)}`;
  return truncate(text);
}

/** A short, stable fingerprint of a name: tells apart names whose slugs would otherwise collide. */
export function shortHash(name: string): string {
  return createHash("sha256").update(name.normalize("NFC")).digest("hex").slice(0, 6);
}

/** Cuts a slug to MAX_SLUG_LENGTH characters without splitting a character, at a hyphen when one is near. */
function truncate(text: string): string {
  const characters = Array.from(text);
  if (characters.length <= MAX_SLUG_LENGTH) return text;
  const cut = characters.slice(0, MAX_SLUG_LENGTH).join("");
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}
