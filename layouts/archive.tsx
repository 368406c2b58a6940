// A year's or a month's posts (`/2025/`, `/2025/11/`), with links to the year's months.
import type { Blog } from "../src/blog.ts";
import { formatMonth, formatMonthName } from "../src/dates.ts";
import type { ArchiveRoute } from "../src/pages/route.ts";
import { archiveIndexUrl, archiveUrl } from "../src/pages/urls.ts";
import { Base } from "./base.tsx";
import { ListHeader } from "./components/list-header.tsx";
import { Pager } from "./components/pager.tsx";
import { PostList } from "./components/post-list.tsx";
import { cardHtml } from "./view/cards.tsx";
import { chromeFor, translator } from "./view/chrome.tsx";

export function ArchivePage({ route, blog }: { route: ArchiveRoute; blog: Blog }) {
  const { period, page } = route;
  const t = translator(blog.site);
  const { language } = blog.site;
  const name = period.kind === "year" ? period.year : formatMonth(period.year, period.month, language);
  const heading = t("postsFrom", { period: name });
  const count = t("postCount", { count: period.posts.length });
  const chrome = chromeFor(route, blog, {
    title: page.number > 1 ? `${heading} (${t("pageNumber", { number: page.number })})` : heading,
    description: `${count} · ${heading} · ${blog.site.title}.`,
  });
  const trail = [{ name: t("archives"), url: archiveIndexUrl() }];
  if (period.kind === "month") trail.push({ name: period.year, url: archiveUrl({ year: period.year }) });
  return (
    <Base chrome={chrome}>
      <ListHeader kind={t("archive")} title={name} count={count} trail={trail} t={t}>
        {period.kind === "year" && (
          <nav class="archive-months" aria-label={name}>
            <ul>
              {period.months.map((month) => (
                <li>
                  <a class="chip" href={archiveUrl(month)}>
                    {formatMonthName(month.month, language)} <span class="count">{month.posts.length}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </ListHeader>
      <PostList cards={page.items.map((post) => cardHtml(blog, post))} empty={t("noPosts")} />
      <Pager page={page} t={t} />
    </Base>
  );
}
