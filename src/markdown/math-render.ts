// TeX rendered to HTML at build time with KaTeX: readers download a stylesheet and fonts, never a script.
import type katexModule from "katex";
import type { MarkdownIt, Token } from "markdown-it";
import { escapeHtml } from "../escape-html.ts";
import { onFirstUse } from "../load-on-first-use.ts";
import { reportProblem, type ProblemEnvironment } from "./problems.ts";

/** KaTeX is loaded by the first post with math: most sites have none. */
const katex = onFirstUse<typeof katexModule>("katex");

/** Where the stylesheet of pages with math is published (assets/katex/ holds it and its fonts). */
export const KATEX_STYLESHEET = "/assets/katex/katex.min.css";

/**
 * TeX as KaTeX's HTML, with MathML beside it for screen readers. TeX that KaTeX cannot read is shown as
 * written in a `<code>` (never a crash, never half a formula) and reported as a warning.
 */
function renderTex(token: Token, displayMode: boolean, env: ProblemEnvironment | undefined): string {
  try {
    return katex().renderToString(token.content, {
      displayMode,
      throwOnError: true,
      output: "htmlAndMathml",
      // Macros an author defines (`\gdef`) stay inside their own formula: nothing leaks between posts.
      globalGroup: false,
      trust: false,
      strict: "ignore",
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^KaTeX parse error: /, "") : String(error);
    reportProblem(env, {
      line: token.map?.[0],
      severity: "warning",
      message: `this math is not TeX that KaTeX can read (${reason}); it is shown as written. Fix the TeX, or escape the dollar signs (\\$) if it is not math.`,
    });
    const code = `<code class="math-error">${escapeHtml(token.markup + token.content + token.info)}</code>`;
    return displayMode ? `<p>${code}</p>\n` : code;
  }
}

export function mathRenderPlugin(markdown: MarkdownIt): void {
  markdown.renderer.rules.math_inline = (tokens, index, _options, env) =>
    // `\[…\]` inside a paragraph is display math, as MathJax shows it.
    renderTex(tokens[index]!, tokens[index]!.meta?.display === true, env as ProblemEnvironment);
  markdown.renderer.rules.math_block = (tokens, index, _options, env) =>
    `${renderTex(tokens[index]!, true, env as ProblemEnvironment)}\n`;
}
