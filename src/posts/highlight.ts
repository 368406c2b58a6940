// Fenced code coloured at build time with highlight.js: readers download no highlighter, only CSS.
import type { HLJSApi } from "highlight.js";
import { escapeHtml } from "../escape-html.ts";
import { onFirstUse } from "../load-on-first-use.ts";

/** highlight.js with its 190 languages takes a third of a second to load: only a fence that names a language loads it. */
const highlighter = onFirstUse<HLJSApi>("highlight.js");

/**
 * Languages highlight.js knows under another name. Liquid and Nunjucks share Django's `{% %}`/`{{ }}`
 * syntax, which is what their highlighting needs to show; the label keeps the author's language.
 */
const ALIASES: Readonly<Record<string, { language: string; label: string }>> = {
  liquid: { language: "django", label: "Liquid" },
  njk: { language: "django", label: "Nunjucks" },
  nunjucks: { language: "django", label: "Nunjucks" },
};

/**
 * markdown-it's `highlight` option: a fence's code as a whole `<pre>` block. Only a language the author
 * names is highlighted (guessing one is slow and often wrong). The block can take keyboard focus so
 * a long line can be scrolled without a mouse; the language's name is a data attribute that CSS
 * shows, so copying the code never copies the label.
 */
export function highlightCode(code: string, info: string): string {
  const name = info.trim().toLowerCase();
  const alias = ALIASES[name];
  const languageName = alias?.language ?? name;
  const hljs = languageName === "" ? undefined : highlighter();
  const language = hljs?.getLanguage(languageName);
  const label = alias?.label ?? language?.name ?? name;
  const body =
    hljs === undefined || language === undefined
      ? escapeHtml(code)
      : hljs.highlight(code, { language: languageName, ignoreIllegals: true }).value;
  const codeClass = name === "" ? "" : ` class="${language === undefined ? "" : "hljs "}language-${escapeHtml(name)}"`;
  const labelAttribute = label === "" ? "" : ` data-language="${escapeHtml(label)}"`;
  return `<pre class="code" tabindex="0"${labelAttribute}><code${codeClass}>${body}</code></pre>\n`;
}
