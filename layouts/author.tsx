// An author's page: who they are, then their posts, paginated.
import type { Blog } from "../src/blog.ts";
import type { AuthorRoute } from "../src/pages/route.ts";
import { Base } from "./base.tsx";
import { AuthorCard } from "./components/author-card.tsx";
import { Pager } from "./components/pager.tsx";
import { PostList } from "./components/post-list.tsx";

export function AuthorPage({ route, blog }: { route: AuthorRoute; blog: Blog }) {
  const { author, page } = route;
  const suffix = page.number > 1 ? ` (page ${page.number})` : "";
  const count = author.posts.length === 1 ? "1 post" : `${author.posts.length} posts`;
  return (
    <Base
      blog={blog}
      route={route}
      title={`Posts by ${author.name}${suffix}`}
      description={author.bio ?? `${count} by ${author.name}.`}
    >
      <AuthorCard author={author} avatar={blog.avatar(author)} />
      <PostList posts={page.items} blog={blog} />
      <Pager page={page} />
    </Base>
  );
}
