// markdown-it renderer rule: a fenced block's attribute list (`{: .wide}` after it) reaches its <pre>, which the highlighter writes whole.
import type { MarkdownIt } from "markdown-it";
import { escapeHtml } from "../escape-html.ts";

export function codeAttributesPlugin(markdown: MarkdownIt): void {
  const renderFence = markdown.renderer.rules.fence!;
  markdown.renderer.rules.fence = (tokens, index, options, env, self) => {
    const html = renderFence(tokens, index, options, env, self);
    const attributes = tokens[index]!.attrs;
    if (attributes === null || !html.startsWith("<pre")) return html;
    return html.replace(/^<pre([^>]*)>/, (_whole, own: string) => {
      let merged = own;
      for (const [name, value] of attributes) {
        if (name === "class" && / class="/.test(merged)) {
          merged = merged.replace(
            / class="([^"]*)"/,
            (_, classes: string) => ` class="${classes} ${escapeHtml(String(value))}"`,
          );
        } else if (!new RegExp(`\\s${name}=`).test(merged)) {
          merged += ` ${name}="${escapeHtml(String(value))}"`;
        }
      }
      return `<pre${merged}>`;
    });
  };
}
