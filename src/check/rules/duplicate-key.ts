// Rule: a front matter key written twice; the last one wins, as in Jekyll, which may not be the one meant.
import type { Rule } from "../rule.ts";
import { noticeWarnings } from "./notices.ts";

export const duplicateKey: Rule = {
  name: "duplicate-key",
  description: "Front matter keys written more than once, naming every line.",
  check: (context) => noticeWarnings(context, "duplicate-key"),
};
