// `/archives/`: every post's title, by year and month, newest first.
import type { Blog } from "../src/blog.ts";
import { formatMonthName } from "../src/dates.ts";
import type { ArchiveIndexRoute } from "../src/pages/route.ts";
import { archiveUrl, feedUrl } from "../src/pages/urls.ts";
import { Base } from "./base.tsx";
import { ListHeader } from "./components/list-header.tsx";
import { chromeFor, translator } from "./view/chrome.tsx";
import { dateView } from "./view/post-view.ts";

export function ArchiveIndexPage({ route, blog }: { route: ArchiveIndexRoute; blog: Blog }) {
  const t = translator(blog.site);
  const { language } = blog.site;
  const title = t("archives");
  const chrome = chromeFor(route, blog, { title, description: t("archivesDescription", { site: blog.site.title }) });
  const total = route.years.reduce((sum, year) => sum + year.posts.length, 0);
  return (
    <Base chrome={chrome}>
      <ListHeader
        title={title}
        count={t("postCount", { count: total })}
        feed={{ name: t("atomFeed"), url: feedUrl() }}
        trail={[]}
        t={t}
      />
      {route.years.length === 0 ? (
        <p class="empty">{t("noPosts")}</p>
      ) : (
        route.years.map((year) => (
          <section class="archive-year" aria-labelledby={`year-${year.year}`}>
            <h2 class="archive-year__title" id={`year-${year.year}`}>
              <a href={archiveUrl(year)}>{year.year}</a>{" "}
              <span class="count">{t("postCount", { count: year.posts.length })}</span>
            </h2>
            {year.months.map((month) => (
              <section class="archive-month">
                <h3 class="archive-month__title">
                  <a href={archiveUrl(month)}>{formatMonthName(month.month, language)}</a>
                </h3>
                <ol class="archive-list">
                  {month.posts.map((post) => {
                    const date = dateView(post.date, language);
                    return (
                      <li>
                        <time datetime={date.iso}>{date.text}</time>
                        <a href={post.url}>{post.title}</a>
                      </li>
                    );
                  })}
                </ol>
              </section>
            ))}
          </section>
        ))
      )}
    </Base>
  );
}
