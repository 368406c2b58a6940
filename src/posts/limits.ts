// Bounds on one post's size, so a single careless or hostile file cannot tie up a build: each limit is a setting.
import { ContentError } from "../problems/content-error.ts";

/** The `limits` setting: what one post may hold. */
export interface PostLimits {
  /** Bytes in a post's file (front matter and body). */
  readonly postBytes: number;
  /** Categories and tags of one post together: every term page lists the post with all its terms. */
  readonly termsPerPost: number;
  /** How deeply HTML written in a body may nest elements. */
  readonly htmlDepth: number;
}

/** Generous for any real post; a setting raises them for a blog that needs more. */
export const DEFAULT_POST_LIMITS: PostLimits = { postBytes: 2_000_000, termsPerPost: 200, htmlDepth: 512 };

/** An opening or closing tag; comments, doctypes and processing instructions do not match. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/** Elements that never hold others, so never deepen the nesting. */
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Elements whose end tag HTML lets an author leave out: the next one of the same kind closes the last. */
const OPTIONAL_END = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "tr",
  "td",
  "th",
  "option",
  "optgroup",
  "rt",
  "rp",
  "tbody",
  "thead",
  "tfoot",
]);

/**
 * The deepest nesting of the HTML elements written in a text, found in one pass. Markdown's own nesting
 * (lists, quotes) is bounded by markdown-it (`maxNesting`); HTML an author writes is passed through as it is,
 * and 50,000 nested `<div>`s overflow the stack of the HTML rewriters the feeds go through. A closing tag
 * closes up to its element (as a browser does); a stray one is ignored. The scan stops past `limit`, so it
 * stays linear in the text whatever the text holds; `index` is where the limit was passed (else -1).
 */
export function htmlDepth(text: string, limit = Infinity): { depth: number; index: number } {
  const open: string[] = [];
  let deepest = 0;
  for (const match of text.matchAll(TAG)) {
    const [, closing, tag, selfClosing] = match;
    const name = tag!.toLowerCase();
    if (VOID.has(name) || selfClosing === "/") continue;
    if (closing === "/") {
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
      continue;
    }
    if (OPTIONAL_END.has(name) && open.at(-1) === name) open.pop();
    open.push(name);
    deepest = Math.max(deepest, open.length);
    if (deepest > limit) return { depth: deepest, index: match.index };
  }
  return { depth: deepest, index: -1 };
}

/** A file over the size limit, checked before anything else reads it. */
export function checkPostSize(source: string, text: string, limits: PostLimits): ContentError | undefined {
  const bytes = Buffer.byteLength(text);
  if (bytes <= limits.postBytes) return undefined;
  return new ContentError(
    source,
    `the file is ${bytes} bytes, over the limit of ${limits.postBytes}. Split the post, or raise limits.postBytes in site.config.ts.`,
  );
}

/** What a read post is over its limits, each as a content error naming the limit and the setting that raises it. */
export function checkPostShape(
  source: string,
  post: { body: string; bodyLine: number; terms: number; termsLine: number | undefined },
  limits: PostLimits,
): ContentError[] {
  const errors: ContentError[] = [];
  if (post.terms > limits.termsPerPost) {
    errors.push(
      new ContentError(
        source,
        `the post has ${post.terms} categories and tags, over the limit of ${limits.termsPerPost}. Keep the ones readers browse by, or raise limits.termsPerPost in site.config.ts.`,
        "tags",
        post.termsLine,
      ),
    );
  }
  const nesting = htmlDepth(post.body, limits.htmlDepth);
  if (nesting.depth > limits.htmlDepth) {
    const line = post.bodyLine + (post.body.slice(0, nesting.index).match(/\n/g)?.length ?? 0);
    errors.push(
      new ContentError(
        source,
        `the body nests HTML elements more than ${limits.htmlDepth} deep, the limit. Close the elements it opens, or raise limits.htmlDepth in site.config.ts.`,
        undefined,
        line,
      ),
    );
  }
  return errors;
}
