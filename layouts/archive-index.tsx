// `/archives/`: every year and month that has posts, with their numbers of posts.
import type { Blog } from "../src/blog.ts";
import { formatMonthName } from "../src/dates.ts";
import type { ArchiveIndexRoute } from "../src/pages/route.ts";
import { archiveUrl } from "../src/pages/urls.ts";
import { Base } from "./base.tsx";

export function ArchiveIndexPage({ route, blog }: { route: ArchiveIndexRoute; blog: Blog }) {
  return (
    <Base
      blog={blog}
      route={route}
      title="Archives"
      description={`Every post of ${blog.site.title}, by year and month.`}
    >
      <h1 class="list-title">Archives</h1>
      {route.years.length === 0 ? (
        <p class="empty">No posts yet.</p>
      ) : (
        <ul class="archive-index">
          {route.years.map((year) => (
            <li>
              <h2 class="archive-index__year">
                <a href={archiveUrl(year)}>{year.year}</a> <span class="count">({year.posts.length})</span>
              </h2>
              <ul class="archive-index__months">
                {year.months.map((month) => (
                  <li>
                    <a href={archiveUrl(month)}>{formatMonthName(month.month, blog.site.language)}</a>{" "}
                    <span class="count">({month.posts.length})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Base>
  );
}
