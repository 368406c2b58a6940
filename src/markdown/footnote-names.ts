// markdown-it-footnote's anchors named as kramdown names them (`#fn:1`, `#fnref:1`), so links to old footnotes keep working.
import type { MarkdownIt, Token } from "markdown-it";

export function footnoteNamesPlugin(markdown: MarkdownIt): void {
  // The plugin writes `fn` + name and `fnref` + name; kramdown's ids are `fn:1` and `fnref:1`.
  markdown.renderer.rules.footnote_anchor_name = (tokens: Token[], index: number) =>
    `:${Number((tokens[index]!.meta as { id: number }).id) + 1}`;
  // kramdown shows the number alone, the same for each reference to a note: `1`, not `[1]` and `[1:1]`.
  markdown.renderer.rules.footnote_caption = (tokens: Token[], index: number) =>
    `${Number((tokens[index]!.meta as { id: number }).id) + 1}`;
}
