// A page of posts: the home page and every category and tag page.
import type { Blog } from "../src/blog.ts";
import type { ListRoute } from "../src/pages/route.ts";
import { Base } from "./base.tsx";
import { Pager } from "./components/pager.tsx";
import { PostList } from "./components/post-list.tsx";

const HEADINGS = { category: "Posts in", tag: "Posts tagged" } as const;

export function ListPage({ route, blog }: { route: ListRoute; blog: Blog }) {
  const { term, page } = route;
  const heading = term === undefined ? undefined : `${HEADINGS[term.kind]} “${term.name}”`;
  const suffix = page.number > 1 ? ` (page ${page.number})` : "";
  const description =
    term === undefined
      ? blog.site.description
      : `${term.posts.length} ${term.posts.length === 1 ? "post" : "posts"} in ${term.kind} “${term.name}”.`;
  return (
    <Base
      blog={blog}
      route={route}
      title={heading === undefined ? (suffix ? `Page ${page.number}` : undefined) : heading + suffix}
      description={description}
    >
      {heading !== undefined && <h1 class="list-title">{heading}</h1>}
      {heading === undefined && <h1 class="visually-hidden">{blog.site.title}</h1>}
      <PostList posts={page.items} blog={blog} />
      <Pager page={page} />
    </Base>
  );
}
