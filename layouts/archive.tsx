// A year's or a month's posts (`/2025/`, `/2025/11/`), with links to the year's months.
import type { ArchivePageView } from "../src/views/archive-page-view.ts";
import { Base } from "./base.tsx";
import { ListHeader } from "./components/list-header.tsx";
import { Pager } from "./components/pager.tsx";
import { PostList } from "./components/post-list.tsx";

export function ArchivePage({ view }: { view: ArchivePageView }) {
  const { chrome, header, months } = view;
  const { t, language } = chrome;
  return (
    <Base chrome={chrome}>
      <ListHeader kind={header.kind} title={header.title} count={header.count} trail={header.trail} t={t}>
        {months.length > 0 && (
          <nav class="archive-months" aria-label={header.title}>
            <ul>
              {months.map((month) => (
                <li>
                  <a class="chip" href={month.url}>
                    {month.name} <span class="count">{month.count}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </ListHeader>
      <PostList posts={view.posts} t={t} language={language} empty={t("noPosts")} />
      <Pager page={view.pager} t={t} />
    </Base>
  );
}
