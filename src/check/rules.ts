// The check's warning rules, in the order they run. A new rule is a new file in rules/ and one line here.
import type { Rule } from "./rule.ts";
import { brokenLink } from "./rules/broken-link.ts";
import { duplicateTerms } from "./rules/duplicate-terms.ts";
import { leftoverSyntax } from "./rules/leftover-syntax.ts";
import { missingFile } from "./rules/missing-file.ts";
import { mojibake } from "./rules/mojibake.ts";
import { unknownAuthor } from "./rules/unknown-author.ts";

export const RULES: readonly Rule[] = [
  mojibake, // "Â£" where "£" was meant
  missingFile, // image, avatar or linked file that does not exist
  brokenLink, // links to posts and pages that do not resolve
  duplicateTerms, // AI, ai, A.I.
  unknownAuthor, // author missing from authors.yml
  leftoverSyntax, // {% include %}, {{ page.title }}, {::nomarkdown} shown as written
];
