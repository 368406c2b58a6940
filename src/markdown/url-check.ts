// markdown-it core rule: a link or image address no browser can read is reported (file and line come from the caller) and left out, never a crash.
import type { Env, MarkdownIt, StateCore, Token } from "markdown-it";
import { reportProblem, type BodyProblem, type ProblemEnvironment } from "./problems.ts";

/** Relative addresses are read against a page of some site, as a browser reads them against the post's page. */
const PAGE = "https://site.invalid/a/b/";
/** Characters nobody sees: a copy-paste leaves them in addresses, where they break the host name or the path. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
const INVISIBLE_ALL = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
/** `href`/`src` values in raw HTML, which reaches the page (and the feeds' URL rewriting) as it is. */
const HTML_URL = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** Why a browser could not follow `href`, or undefined when it can. `shown` is the address as the author wrote it. */
export function urlProblem(href: string, shown: string): string | undefined {
  const invisible = INVISIBLE.exec(shown);
  if (invisible !== null) {
    const code = invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    return `it holds an invisible character (U+${code}). Delete it`;
  }
  if (/%(?![0-9a-f]{2})/i.test(shown))
    return 'it has a "%" not followed by two hex digits. Write %25 for a percent sign';
  try {
    decodeURI(href.replace(/[?#].*$/s, ""));
  } catch {
    return "its percent-escapes do not spell UTF-8 text. Fix or remove them";
  }
  if (!URL.canParse(href, PAGE)) return "it is not a valid URL (look at its host name and port). Fix the address";
  return undefined;
}

/** The address in a message: invisible characters spelled out, so the reader sees where they are. */
function visible(text: string): string {
  return text.replace(INVISIBLE_ALL, (character) => `<U+${character.codePointAt(0)!.toString(16).toUpperCase()}>`);
}

/** The address as the author typed it in `source` (found again by what markdown-it made of it), else decoded. */
function asWritten(md: MarkdownIt, href: string, source: string): string {
  for (const match of source.matchAll(CANDIDATES)) {
    const raw = candidate(match);
    if (raw !== "" && (md.normalizeLink(raw) === href || raw === href)) return raw;
  }
  return md.normalizeLinkText(href);
}

function candidate(match: RegExpMatchArray): string {
  return unescapeDestination(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? "");
}

/** Backslash escapes in a destination (`\(`) are not part of the address. */
function unescapeDestination(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

function check(
  md: MarkdownIt,
  env: ProblemEnvironment,
  href: string,
  line: number | undefined,
  what: string,
  source: string,
): boolean {
  const shown = asWritten(md, href, source);
  const problem = urlProblem(href, shown);
  if (problem === undefined) return true;
  reportProblem(env, {
    line,
    severity: "error",
    message: `${what} "${visible(shown)}" cannot be read as an address: ${problem}.`,
  });
  return false;
}

/** Checks links, images and raw HTML; a bad link keeps its text without the link, a bad image shows its description. */
function urlCheck(state: StateCore): void {
  const env = state.env as ProblemEnvironment;
  const md = state.md;
  for (const token of state.tokens) {
    if ((token.type === "html_block" || token.type === "inline") && token.content.includes("<")) {
      checkHtml(md, env, token.type === "html_block" ? [token] : (token.children ?? []), token.map?.[0]);
    }
    if (token.type !== "inline" || token.children === null) continue;
    let line = token.map?.[0];
    for (const child of token.children) {
      if (child.type === "softbreak" || child.type === "hardbreak") line = line === undefined ? line : line + 1;
      else if (child.type === "link_open") {
        const href = String(child.attrGet("href") ?? "");
        if (href !== "" && !check(md, env, href, line, "link", token.content))
          child.attrs = (child.attrs ?? []).filter(([name]) => name !== "href");
      } else if (child.type === "image") {
        const src = String(child.attrGet("src") ?? "");
        if (src !== "" && !check(md, env, src, line, "image", token.content))
          Object.assign(child, { type: "text", tag: "", attrs: null });
      }
    }
  }
}

/** Raw HTML is the author's to write, but an address in it that cannot be read would stop the feeds. */
function checkHtml(md: MarkdownIt, env: ProblemEnvironment, tokens: readonly Token[], line: number | undefined): void {
  for (const token of tokens) {
    if (token.type !== "html_block" && token.type !== "html_inline") continue;
    for (const match of token.content.matchAll(HTML_URL)) {
      const url = md.utils.unescapeAll(match[1] ?? match[2] ?? "");
      const before = token.content.slice(0, match.index);
      const at =
        line === undefined ? undefined : line + (token.type === "html_block" ? before.split("\n").length - 1 : 0);
      if (url !== "" && urlProblem(url, url) !== undefined) check(md, env, url, at, "address", url);
    }
  }
}

/** A quick look at the Markdown itself: whether any address in it could fail, before paying for a parse. */
const CANDIDATES =
  /\]\(\s*<?([^\s)>]*)|^ {0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?\s*$|<([a-z][a-z0-9+.-]{1,31}:[^<>\s]*)>|\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gim;

/**
 * The errors in a body's addresses, for the build to report before any page is made. Most bodies cost
 * a regular expression: only one with an address that looks wrong is parsed (and the parse decides, so
 * an address inside code is never an error).
 */
export function bodyUrlProblems(md: MarkdownIt, body: string): BodyProblem[] {
  let suspicious = false;
  for (const match of body.matchAll(CANDIDATES)) {
    const raw = candidate(match);
    if (raw !== "" && urlProblem(md.normalizeLink(raw), raw) !== undefined) {
      suspicious = true;
      break;
    }
  }
  if (!suspicious) return [];
  const env: ProblemEnvironment & Env = {};
  md.parse(body, env);
  return (env.problems ?? []).filter((problem) => problem.severity === "error");
}

export function urlCheckPlugin(markdown: MarkdownIt): void {
  // After linkify, so its links are checked too; before anything renders an address.
  markdown.core.ruler.after("linkify", "url_check", urlCheck);
}
