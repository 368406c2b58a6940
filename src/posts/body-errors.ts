// Problems in post bodies as content errors, with the post's file and line: addresses no browser can read (found
// before any page is made), and what the renderer reports as it renders (TeX that KaTeX cannot read).
import type { BodyProblem } from "../markdown/problems.ts";
import { bodyUrlProblems } from "../markdown/url-check.ts";
import { ContentError } from "../problems/content-error.ts";
import type { Markdown } from "./markdown.ts";
import type { Post } from "./post.ts";

/**
 * What each post's body was found to hold, by post: watch mode keeps an unchanged post's very object between
 * rebuilds (src/posts/post-cache.ts), and checking every body's addresses again was a tenth of a rebuild at
 * 4,000 posts. A changed post is a new object; an old one is forgotten with it.
 */
const checked = new WeakMap<Post, { markdown: Markdown; problems: BodyProblem[] }>();

/** Every unreadable link or image address in the posts' bodies, each naming the post's file and line. */
export function bodyUrlErrors(posts: readonly Post[], markdown: Markdown): ContentError[] {
  return posts.flatMap((post) => {
    let known = checked.get(post);
    if (known?.markdown !== markdown) checked.set(post, (known = { markdown, problems: bodyUrlProblems(markdown, post.body) }));
    return known.problems.map((problem) => bodyProblemError(post, problem));
  });
}

/** A problem the renderer found at a line of a body, as a content error at that line of the post's file. */
export function bodyProblemError(post: Post, problem: BodyProblem): ContentError {
  return new ContentError(
    post.source,
    problem.message,
    undefined,
    problem.line === undefined ? undefined : post.bodyLine + problem.line,
    problem.severity,
  );
}
