// Rule: text that was UTF-8, read as Windows-1252 and saved again ("Â£" for "£", "â€™" for "’").
import { warning } from "../diagnostic.ts";
import type { Rule } from "../rule.ts";

/** Windows-1252's characters for the bytes 0x80–0x9F; the other bytes read as the same code point. */
const CP1252_BYTES = new Map<string, number>([
  ["€", 0x80],
  ["‚", 0x82],
  ["ƒ", 0x83],
  ["„", 0x84],
  ["…", 0x85],
  ["†", 0x86],
  ["‡", 0x87],
  ["ˆ", 0x88],
  ["‰", 0x89],
  ["Š", 0x8a],
  ["‹", 0x8b],
  ["Œ", 0x8c],
  ["Ž", 0x8e],
  ["‘", 0x91],
  ["’", 0x92],
  ["“", 0x93],
  ["”", 0x94],
  ["•", 0x95],
  ["–", 0x96],
  ["—", 0x97],
  ["˜", 0x98],
  ["™", 0x99],
  ["š", 0x9a],
  ["›", 0x9b],
  ["œ", 0x9c],
  ["ž", 0x9e],
  ["Ÿ", 0x9f],
]);

/** A character standing for a UTF-8 continuation byte (0x80–0xBF). */
const CONTINUATION = `[\\u0080-\\u00BF${[...CP1252_BYTES.keys()].join("")}]`;

/** A UTF-8 lead byte's character followed by as many continuation characters as it announces. */
const MOJIBAKE = new RegExp(
  `[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3}`,
  "gu",
);

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The text the sequence was before it was double-encoded, or undefined if it is not valid UTF-8 read wrongly. */
export function repairMojibake(sequence: string): string | undefined {
  const bytes = Array.from(sequence, (character) => CP1252_BYTES.get(character) ?? character.codePointAt(0)!);
  if (bytes.some((byte) => byte > 0xff)) return undefined;
  try {
    const repaired = strictUtf8.decode(new Uint8Array(bytes));
    // Encoded twice ("ÃƒÂ£")? Undo every layer.
    MOJIBAKE.lastIndex = 0;
    const again = repaired.match(MOJIBAKE)?.[0];
    if (again === undefined) return repaired;
    const inner = repairMojibake(again);
    return inner === undefined ? repaired : repaired.replace(again, inner);
  } catch {
    return undefined;
  }
}

export const mojibake: Rule = {
  name: "mojibake",
  description: 'Double-encoded characters, such as "Â£" for "£".',
  check({ posts }) {
    return posts.flatMap(({ post, text }) =>
      text.split("\n").flatMap((line, index) => {
        const seen = new Set<string>();
        return [...line.matchAll(MOJIBAKE)].flatMap(([sequence]) => {
          const fix = repairMojibake(sequence);
          if (fix === undefined || seen.has(sequence)) return [];
          seen.add(sequence);
          return [
            warning(
              "mojibake",
              post.source,
              index + 1,
              `"${sequence}" looks like a double-encoded "${fix}" (UTF-8 read as Windows-1252). Replace it with "${fix}".`,
            ),
          ];
        });
      }),
    );
  },
};
