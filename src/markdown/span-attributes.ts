// markdown-it core rule: kramdown's span attribute lists, `[x](y){: target="_blank"}`, `![a](b){: .center}`, `*x*{: .c}`.
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { applyAttributes, parseAttributeList, type AttributeEnvironment } from "./attribute-list.ts";

/** The closing tokens a list may follow, with the type of the token that opened them. */
const CLOSES: Readonly<Record<string, string>> = {
  link_close: "link_open",
  em_close: "em_open",
  strong_close: "strong_open",
  s_close: "s_open",
};

/** The token a list right after `children[index]` applies to: an image or code itself, else the span's opening token. */
function spanTarget(children: readonly Token[], index: number): Token | undefined {
  const before = children[index]!;
  if (before.type === "image" || before.type === "code_inline") return before;
  const openType = CLOSES[before.type];
  if (openType === undefined) return undefined;
  for (let open = index - 1; open >= 0; open -= 1) {
    if (children[open]!.type === openType && children[open]!.level === before.level) return children[open];
  }
  return undefined;
}

/**
 * Runs after the inline parse and before linkify and typography, which would otherwise turn a list's
 * URL into a link and its quotes into curly ones. A list after anything else is left as text.
 */
function spanAttributes(state: StateCore): void {
  if (!state.src.includes("{")) return;
  const env = state.env as AttributeEnvironment;
  for (const token of state.tokens) {
    const children = token.children;
    if (token.type !== "inline" || children === null || !token.content.includes("{")) continue;
    for (let index = 1; index < children.length; index += 1) {
      const text = children[index]!;
      if (text.type !== "text" || !text.content.startsWith("{")) continue;
      const target = spanTarget(children, index - 1);
      const list = target && parseAttributeList(text.content, env);
      if (target === undefined || list === undefined) continue;
      applyAttributes(target, list.attributes);
      text.content = text.content.slice(list.length);
    }
  }
}

export function spanAttributesPlugin(markdown: MarkdownIt): void {
  markdown.core.ruler.after("inline", "kramdown_span_attributes", spanAttributes);
}
