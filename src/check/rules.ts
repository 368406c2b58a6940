// The check's warning rules, in the order they run. A new rule is a new file in rules/ and one line here.
import type { Rule } from "./rule.ts";
import { brokenLink } from "./rules/broken-link.ts";
import { derivedTitle } from "./rules/derived-title.ts";
import { duplicateKey } from "./rules/duplicate-key.ts";
import { duplicateTerms } from "./rules/duplicate-terms.ts";
import { keyTypo } from "./rules/key-typo.ts";
import { leftoverSyntax } from "./rules/leftover-syntax.ts";
import { missingFile } from "./rules/missing-file.ts";
import { mojibake } from "./rules/mojibake.ts";
import { unknownAuthor } from "./rules/unknown-author.ts";
import { unknownLayout } from "./rules/unknown-layout.ts";

export const RULES: readonly Rule[] = [
  keyTypo, // `draf: true`: did you mean `draft`?
  duplicateKey, // a key written twice (the last wins)
  derivedTitle, // no title: made from the file name
  unknownLayout, // a layout name the `layouts` setting does not map
  mojibake, // "Â£" where "£" was meant
  missingFile, // image, avatar or linked file that does not exist
  brokenLink, // links to posts and pages that do not resolve
  duplicateTerms, // AI, ai, A.I.
  unknownAuthor, // author missing from authors.yml
  leftoverSyntax, // {% include %}, {{ page.title }}, {::nomarkdown} shown as written
];
