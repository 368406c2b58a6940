// `/categories/` and `/tags/`: every term of a kind as a grid of tiles, with its number of posts.
import type { Blog } from "../src/blog.ts";
import type { TermIndexRoute } from "../src/pages/route.ts";
import { termUrl } from "../src/pages/urls.ts";
import { Base } from "./base.tsx";
import { ListHeader } from "./components/list-header.tsx";
import { chromeFor, translator } from "./view/chrome.tsx";

export function TermIndexPage({ route, blog }: { route: TermIndexRoute; blog: Blog }) {
  const t = translator(blog.site);
  const category = route.termKind === "category";
  const title = t(category ? "categories" : "tags");
  const chrome = chromeFor(route, blog, {
    title,
    description: t(category ? "categoriesDescription" : "tagsDescription", { site: blog.site.title }),
  });
  // Biggest first, so the grid reads as a map of what the blog is about; ties keep the taxonomy's order.
  const terms = [...route.terms].sort((a, b) => b.posts.length - a.posts.length);
  return (
    <Base chrome={chrome}>
      <ListHeader
        title={title}
        count={t(category ? "categoryCount" : "tagCount", { count: route.terms.length })}
        trail={[]}
        t={t}
      />
      {terms.length === 0 ? (
        <p class="empty">{t("noneYet")}</p>
      ) : (
        <ul class={`term-grid term-grid--${route.termKind}`}>
          {terms.map((term) => (
            <li>
              <a class="term-tile" href={termUrl(term, blog.site)}>
                <span class="term-tile__name">{category ? term.name : `#${term.name}`}</span>
                <span class="term-tile__count">{t("termCount", { count: term.posts.length })}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Base>
  );
}
