// Fenced code coloured at build time with highlight.js: readers download no highlighter, only CSS.
import { createRequire } from "node:module";
import type { HLJSApi, LanguageFn } from "highlight.js";
import { escapeHtml } from "../escape-html.ts";
import { onFirstUse } from "../load-on-first-use.ts";
import { HIGHLIGHT_LANGUAGES } from "./highlight-languages.ts";

const require = createRequire(import.meta.url);

/**
 * highlight.js with its 190 languages took 0.4 s to load, in every process that coloured one fence (the build, its
 * helper thread, a warm build that rendered one post with code). Its core loads in a few milliseconds, and each
 * language the first time a fence names it, with the languages it colours parts of its code with
 * (src/posts/highlight-languages.ts). A language that guesses its parts' language (`http`) needs them all.
 */
const core = onFirstUse<HLJSApi>("highlight.js/lib/core");
const everyLanguage = onFirstUse<HLJSApi>("highlight.js");
let oneByOne: HLJSApi | undefined;

/** Each name a fence may give (a language's own, or an alias), to the language's file. */
const LANGUAGE_FILES = new Map(
  Object.entries(HIGHLIGHT_LANGUAGES).flatMap(([file, { aliases }]) => [
    [file, file] as const,
    ...aliases.map((alias) => [alias, file] as const),
  ]),
);

/** A highlighter that knows the language, or undefined for a name highlight.js does not know. */
function highlighterFor(name: string): HLJSApi | undefined {
  const file = LANGUAGE_FILES.get(name);
  if (file === undefined) return undefined;
  if (HIGHLIGHT_LANGUAGES[file]!.embeds === "*") return everyLanguage();
  // An instance of its own: what the whole library registers (everyLanguage) never changes what this one knows.
  const hljs = (oneByOne ??= core().newInstance());
  const needed = [file];
  for (const language of needed) {
    if (hljs.getLanguage(language) !== undefined) continue;
    // Only names from the table reach this require, never a fence's own text.
    hljs.registerLanguage(language, require(`highlight.js/lib/languages/${language}`) as LanguageFn);
    const { embeds } = HIGHLIGHT_LANGUAGES[language]!;
    if (embeds !== "*") needed.push(...embeds.filter((embedded) => !needed.includes(embedded)));
  }
  return hljs;
}

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
  const hljs = languageName === "" ? undefined : highlighterFor(languageName);
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
