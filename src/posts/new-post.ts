// A new post's file: its name (`YYYY-MM-DD-slug.md`) and front matter that the build's own reader accepts.
import path from "node:path";
import type { DateTime } from "luxon";
import { formatFileNameDate, formatFrontMatterDate } from "../dates.ts";
import { formatProblem } from "../problems/problem.ts";
import { postContext, type PostSettings } from "./load-posts.ts";
import { createPost } from "./post.ts";
import { createMarkdown } from "./markdown.ts";
import { slug } from "./slug.ts";

export interface NewPostInput {
  title: string;
  categories?: readonly string[];
  tags?: readonly string[];
  draft?: boolean;
  /** The post's date, already in the site's zone. */
  date: DateTime;
  /** The settings that decide how the build reads the post, so the one written is one it accepts. */
  site: PostSettings;
  /** The project root the posts folder is in. */
  root: string;
  layouts: readonly string[];
}

export interface NewPost {
  /** Path from the project root: `posts/2025-11-28-my-title.md`. */
  source: string;
  text: string;
  /** Where the post will be published (without the path prefix). */
  url: string;
}

/** Thrown when the input cannot make a post; the message says what to change. */
export class NewPostError extends Error {
  override name = "NewPostError";
}

/**
 * Every string is written double-quoted with JSON's escapes, which YAML reads the same way: a title such
 * as `yes`, `2024`, `Re: #1` or `"quoted"` stays exactly that text.
 */
function quoted(text: string): string {
  return JSON.stringify(text);
}

function list(names: readonly string[]): string {
  return `[${names.map(quoted).join(", ")}]`;
}

export function newPost(input: NewPostInput): NewPost {
  const title = input.title.trim();
  if (title === "") throw new NewPostError('The title is empty. Give one: npm run new -- "My title".');
  const lines = ["---", "layout: post", `title: ${quoted(title)}`, `date: ${formatFrontMatterDate(input.date)}`];
  if (input.categories?.length) lines.push(`categories: ${list(input.categories)}`);
  if (input.tags?.length) lines.push(`tags: ${list(input.tags)}`);
  if (input.draft) lines.push("draft: true");
  lines.push("---", "", "");
  const text = lines.join("\n");
  const source = path.posix.join(
    input.site.postsDir.split(path.sep).join("/"),
    `${formatFileNameDate(input.date)}-${slug(title)}.md`,
  );

  // Read back with the build's own code: what `new` writes is a post the build accepts, or nothing.
  const post = createPost(
    source,
    text,
    postContext({ site: input.site, root: input.root, layouts: input.layouts, markdown: createMarkdown() }),
  );
  if (Array.isArray(post)) throw new NewPostError(post.map((error) => formatProblem(error)).join("\n"));
  return { source, text, url: post.url };
}
