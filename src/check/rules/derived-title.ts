// Rule: a post without a title, titled from its file name as Jekyll does ("2016-01-05-the-ios-way.md" is "The Ios Way").
import type { Rule } from "../rule.ts";
import { noticeWarnings } from "./notices.ts";

export const derivedTitle: Rule = {
  name: "derived-title",
  description: "Posts without a title, with the title made from the file name.",
  check: (context) => noticeWarnings(context, "derived-title"),
};
