// `/categories/` and `/tags/`: every term of a kind with its number of posts.
import type { Blog } from "../src/blog.ts";
import type { TermIndexRoute } from "../src/pages/route.ts";
import { termUrl } from "../src/pages/urls.ts";
import { Base } from "./base.tsx";

const TITLES = { category: "Categories", tag: "Tags" } as const;

export function TermIndexPage({ route, blog }: { route: TermIndexRoute; blog: Blog }) {
  const title = TITLES[route.termKind];
  return (
    <Base blog={blog} route={route} title={title} description={`All ${title.toLowerCase()} of ${blog.site.title}.`}>
      <h1 class="list-title">{title}</h1>
      {route.terms.length === 0 ? (
        <p class="empty">None yet.</p>
      ) : (
        <ul class="term-index">
          {route.terms.map((term) => (
            <li>
              <a href={termUrl(term, blog.site)}>{term.name}</a>{" "}
              <span class="term-index__count">({term.posts.length})</span>
            </li>
          ))}
        </ul>
      )}
    </Base>
  );
}
