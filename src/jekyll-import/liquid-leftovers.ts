// Liquid a post still holds where readers see it (`{% include %}`, `{{ page.title }}`): this site shows it as written.
import type { Markdown } from "../posts/markdown.ts";
import { lexLiquid } from "./liquid-lexer.ts";
import { findInVisibleText, type Found } from "./visible-text.ts";

export type LiquidKind = "tag" | "output";

/** Tags and outputs outside code spans and code blocks; `{% raw %}` content and comments are not leftovers of this kind. */
export function liquidLeftovers(markdown: Markdown, body: string, firstLine: number): Array<Found<LiquidKind>> {
  return findInVisibleText(markdown, body, firstLine, (text) =>
    lexLiquid(text, 1).flatMap((token) =>
      token.type === "tag" || token.type === "output" ? [{ source: token.source, value: token.type }] : [],
    ),
  );
}
