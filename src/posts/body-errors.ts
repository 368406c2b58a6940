// Content errors found in post bodies before any page is made: addresses no browser can read.
import { bodyUrlProblems } from "../markdown/url-check.ts";
import { ContentError } from "./content-error.ts";
import type { Markdown } from "./markdown.ts";
import type { Post } from "./post.ts";

/** Every unreadable link or image address in the posts' bodies, each naming the post's file and line. */
export function bodyUrlErrors(posts: readonly Post[], markdown: Markdown): ContentError[] {
  return posts.flatMap((post) =>
    bodyUrlProblems(markdown, post.body).map(
      (problem) =>
        new ContentError(
          post.source,
          problem.message,
          undefined,
          problem.line === undefined ? undefined : post.bodyLine + problem.line,
        ),
    ),
  );
}
