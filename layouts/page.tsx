// A standalone page (`pages/about.md` → `/about/`): its title and body, without the post's byline, share or lists.
import type { StandalonePageView } from "../src/views/standalone-page-view.ts";
import { Base } from "./base.tsx";
import { Breadcrumbs } from "./components/breadcrumbs.tsx";
import { FeaturedImage } from "./components/featured-image.tsx";
import { Raw } from "./components/raw.tsx";
import { TableOfContents } from "./components/table-of-contents.tsx";

export function StandalonePageLayout({ view }: { view: StandalonePageView }) {
  const { chrome, updated, figure } = view;
  const { t } = chrome;
  return (
    <Base chrome={chrome}>
      <article class="post post--page" data-pagefind-body="">
        <header class="post__header">
          <Breadcrumbs trail={[]} current={view.title} t={t} />
          <h1 class="post__title">{view.title}</h1>
          {view.lede !== undefined && <p class="post__lede">{view.lede}</p>}
          {updated !== undefined && (
            <p class="post__meta" data-pagefind-ignore="">
              {t("updated")} <time datetime={updated.iso}>{updated.text}</time>
            </p>
          )}
        </header>
        {figure !== undefined && <FeaturedImage image={figure.image} caption={figure.caption} credit={figure.credit} />}
        {view.contents !== undefined && <TableOfContents headings={view.contents} title={t("contents")} />}
        <Raw className="post__body" html={view.body} />
      </article>
    </Base>
  );
}
