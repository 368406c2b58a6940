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
const checked = new WeakMap<Post, { markdown: Markdown; problems: readonly BodyProblem[] }>();

/** What an earlier build found in an unchanged post's body (the build cache's post store), kept by this one. */
export interface BodyProblemsMemo {
  get(post: Post): readonly BodyProblem[] | undefined;
  set(post: Post, problems: readonly BodyProblem[]): void;
}

/**
 * Every unreadable link or image address in the posts' bodies, each naming the post's file and line. `memo`: what
 * a one-off build's cache knows of unchanged posts (parsing every body for this was 0.15 s of a warm build of
 * 4,000 posts).
 */
export function bodyUrlErrors(posts: readonly Post[], markdown: Markdown, memo?: BodyProblemsMemo): ContentError[] {
  return posts.flatMap((post) => {
    let known = checked.get(post);
    if (known?.markdown !== markdown) {
      let problems = memo?.get(post);
      if (problems === undefined) {
        problems = bodyUrlProblems(markdown, post.body);
        memo?.set(post, problems);
      }
      checked.set(post, (known = { markdown, problems }));
    }
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
