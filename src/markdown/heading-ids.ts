// markdown-it core rule: every heading gets the id Jekyll's kramdown gives it, so old `#anchor` links keep working.
import type { MarkdownIt, StateCore, Token } from "markdown-it";

/**
 * Jekyll reads Markdown with kramdown's GFM parser (its default `input: GFM`), whose ids are not
 * kramdown's own `generate_id`: kramdown-parser-gfm's `generate_gfm_header_id` lower-cases the
 * heading's text, drops every character that is not a letter, mark, digit, connector (`_`), hyphen,
 * space or tab (letters of every script stay: `日本語-の見出し`), turns each space or tab into a
 * hyphen (two spaces, two hyphens), and numbers repeats `-1`, `-2`… The text is the one readers see,
 * after typography (`A -- B` reads `A – B`, whose dash is dropped: `a--b`).
 */
export function kramdownHeadingId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- \t]/gu, "")
    .replace(/[ \t]/g, "-");
}

/** kramdown leaves a heading with no such character without an id; a link to it needs one, so it gets kramdown's own fallback. */
const EMPTY_ID = "section";

/** The text a heading's id is made from: its text and code, as kramdown's `raw_text` collects them. */
export function headingText(children: readonly Token[]): string {
  let text = "";
  for (const child of children) {
    if (child.type === "text" || child.type === "code_inline" || child.type === "math_inline") text += child.content;
    else if (child.type === "image") text += headingText(child.children ?? []);
  }
  return text;
}

/** Gives each heading without an id (from `{#id}`) one; ids the author chose are kept, and never reused. */
function headingIds(state: StateCore): void {
  const tokens = state.tokens;
  const used = new Set<string>();
  const counters = new Map<string, number>();
  for (const token of tokens) {
    const id = token.type === "heading_open" ? token.attrGet("id") : null;
    if (id !== null && id !== undefined) used.add(String(id));
  }
  tokens.forEach((token, index) => {
    if (token.type !== "heading_open" || token.attrGet("id") !== null) return;
    const base = kramdownHeadingId(headingText(tokens[index + 1]?.children ?? [])) || EMPTY_ID;
    let count = counters.get(base) ?? 0;
    let id = count === 0 ? base : `${base}-${count}`;
    while (used.has(id)) id = `${base}-${(count += 1)}`;
    counters.set(base, count + 1);
    used.add(id);
    token.attrSet("id", id);
  });
}

export function headingIdsPlugin(markdown: MarkdownIt): void {
  // After typography (smart quotes and dashes change the text ids are made from), before markdown-it-anchor.
  markdown.core.ruler.push("kramdown_heading_ids", headingIds);
}
