// Rule: a front matter key one typo away from a key the build reads (`draf: true` publishes the draft).
import type { Rule } from "../rule.ts";
import { noticeWarnings } from "./notices.ts";

export const keyTypo: Rule = {
  name: "key-typo",
  description: "Front matter keys one typo away from a key the build reads, with the key meant.",
  check: (context) => noticeWarnings(context, "key-typo"),
};
