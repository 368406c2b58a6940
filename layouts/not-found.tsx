// The 404 page: says the page is missing and offers the way back, home and to the categories.
import type { Blog } from "../src/blog.ts";
import type { NotFoundRoute } from "../src/pages/route.ts";
import { homeUrl, termIndexUrl, termUrl } from "../src/pages/urls.ts";
import { Base } from "./base.tsx";

export function NotFoundPage({ route, blog }: { route: NotFoundRoute; blog: Blog }) {
  const { categories } = blog.taxonomy;
  return (
    <Base blog={blog} route={route} title="Page not found" description="">
      <h1 class="list-title">Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link that brought you here may be mistyped.</p>
      <p>
        <a href={homeUrl()}>Go to the home page</a> for the newest posts
        {categories.length > 0 ? ", or browse a category:" : "."}
      </p>
      {categories.length > 0 && (
        <ul class="term-index">
          {categories.map((term) => (
            <li>
              <a href={termUrl(term, blog.site)}>{term.name}</a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={termIndexUrl("category")}>All categories</a> · <a href={termIndexUrl("tag")}>All tags</a>
      </p>
    </Base>
  );
}
