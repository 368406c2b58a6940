// A year's or a month's posts (`/2025/`, `/2025/11/`), with links to the year's months.
import type { Blog } from "../src/blog.ts";
import { formatMonth, formatMonthName } from "../src/dates.ts";
import type { ArchiveRoute } from "../src/pages/route.ts";
import { archiveIndexUrl, archiveUrl } from "../src/pages/urls.ts";
import { Base } from "./base.tsx";
import { Pager } from "./components/pager.tsx";
import { PostList } from "./components/post-list.tsx";

export function ArchivePage({ route, blog }: { route: ArchiveRoute; blog: Blog }) {
  const { period, page } = route;
  const { language } = blog.site;
  const name = period.kind === "year" ? period.year : formatMonth(period.year, period.month, language);
  const heading = `Posts from ${name}`;
  const count = period.posts.length === 1 ? "1 post" : `${period.posts.length} posts`;
  return (
    <Base
      blog={blog}
      route={route}
      title={page.number > 1 ? `${heading} (page ${page.number})` : heading}
      description={`${count} from ${name} on ${blog.site.title}.`}
    >
      <p class="breadcrumbs">
        <a href={archiveIndexUrl()}>Archives</a>
        {period.kind === "month" && (
          <>
            {" / "}
            <a href={archiveUrl({ year: period.year })}>{period.year}</a>
          </>
        )}
      </p>
      <h1 class="list-title">{heading}</h1>
      <p class="list-count">{count}</p>
      {period.kind === "year" && (
        <nav class="archive-months" aria-label={`Months of ${period.year}`}>
          <ul>
            {period.months.map((month) => (
              <li>
                <a href={archiveUrl(month)}>{formatMonthName(month.month, language)}</a>{" "}
                <span class="count">({month.posts.length})</span>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <PostList posts={page.items} blog={blog} />
      <Pager page={page} />
    </Base>
  );
}
