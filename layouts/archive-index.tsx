// `/archives/`: every post's title, by year and month, newest first.
import type { ArchiveIndexView } from "../src/views/index-page-views.ts";
import { Base } from "./base.tsx";
import { ListHeader } from "./components/list-header.tsx";

export function ArchiveIndexPage({ view }: { view: ArchiveIndexView }) {
  const { chrome, header } = view;
  const { t } = chrome;
  return (
    <Base chrome={chrome}>
      <ListHeader title={header.title} count={header.count} feed={header.feed} trail={header.trail} t={t} />
      {view.years.length === 0 ? (
        <p class="empty">{t("noPosts")}</p>
      ) : (
        view.years.map((year) => (
          <section class="archive-year" aria-labelledby={`year-${year.year}`}>
            <h2 class="archive-year__title" id={`year-${year.year}`}>
              <a href={year.url}>{year.name}</a> <span class="count">{t("postCount", { count: year.count })}</span>
            </h2>
            {year.months.map((month) => (
              <section class="archive-month">
                <h3 class="archive-month__title">
                  <a href={month.url}>{month.name}</a>
                </h3>
                <ol class="archive-list">
                  {month.posts.map((post) => (
                    <li>
                      <time datetime={post.date.iso}>{post.date.text}</time>
                      <a href={post.url}>{post.title}</a>
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </section>
        ))
      )}
    </Base>
  );
}
