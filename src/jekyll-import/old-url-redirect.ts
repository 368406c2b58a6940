// `--urls new`: the post's URL under the Jekyll site's permalink, added as `redirect_from` so the old URL leads to the new one.
import { parseFrontMatter } from "../posts/front-matter.ts";
import { createPost, type PostContext } from "../posts/post.ts";

export interface OldUrlRedirect {
  /** The Jekyll URL, when it differs from the post's URL here. */
  readonly url?: string;
  /** The whole text with the `redirect_from` line added before the front matter's closing fence. */
  readonly text?: string;
  /** Why no line could be added (the post has its own `redirect_from`); the author adds the URL. */
  readonly problem?: string;
}

/** The fence closing the front matter, as the reader takes it: `---` or `...`, trailing spaces allowed. */
const CLOSING_FENCE = /\n(---|\.\.\.)[ \t]*\n?$/;

/**
 * The post is read by the build's own code twice: with the Jekyll permalink (its old URL) and with this
 * project's. A post with its own `permalink` has the same URL in both, and needs no redirect.
 */
export function oldUrlRedirect(
  source: string,
  frontMatter: string,
  body: string,
  contexts: { jekyll: PostContext; here: PostContext },
): OldUrlRedirect {
  const text = frontMatter + body;
  const old = createPost(source, text, contexts.jekyll);
  const now = createPost(source, text, contexts.here);
  if (Array.isArray(old) || Array.isArray(now) || old.url === now.url) return {};
  if (parseFrontMatter(text).data.redirect_from !== undefined) {
    return {
      problem: `has its own redirect_from, so its Jekyll URL was not added to it. Add "${old.url}" to its redirect_from list.`,
    };
  }
  const match = CLOSING_FENCE.exec(frontMatter);
  if (!frontMatter.startsWith("---") || !match) {
    return {
      problem: `has no front matter, so no redirect from its Jekyll URL ${old.url} was added. Add redirect_from: ["${old.url}"].`,
    };
  }
  const at = match.index + 1;
  const line = `redirect_from: [${JSON.stringify(old.url)}]\n`;
  return { url: old.url, text: frontMatter.slice(0, at) + line + frontMatter.slice(at) + body };
}
