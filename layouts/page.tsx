// A standalone page (`pages/about.md` → `/about/`): its title and body, without the post's byline, share or lists.
import type { Blog } from "../src/blog.ts";
import type { StandalonePageRoute } from "../src/pages/route.ts";
import { Base } from "./base.tsx";
import { Breadcrumbs } from "./components/breadcrumbs.tsx";
import { FeaturedImage } from "./components/featured-image.tsx";
import { Raw } from "./components/raw.tsx";
import { TableOfContents } from "./components/table-of-contents.tsx";
import { bodyStylesheets, chromeFor, translator } from "./view/chrome.tsx";
import { dateView, imageView } from "./view/post-view.ts";

export function StandalonePageLayout({ route, blog }: { route: StandalonePageRoute; blog: Blog }) {
  const { page } = route;
  const { site } = blog;
  const t = translator(site);
  const body = blog.bodies.html(page);
  const outline = blog.bodies.outline(page);
  const image = imageView(blog, page);
  const updated = page.updated === undefined ? undefined : dateView(page.updated.setZone(site.timeZone), site.language);
  const chrome = chromeFor(route, blog, {
    title: page.title,
    description: page.description ?? page.excerpt,
    stylesheets: bodyStylesheets(body, outline.hasMath),
  });
  return (
    <Base chrome={chrome}>
      <article class="post post--page" data-pagefind-body="">
        <header class="post__header">
          <Breadcrumbs trail={[]} current={page.title} t={t} />
          <h1 class="post__title">{page.title}</h1>
          {page.description !== undefined && <p class="post__lede">{page.description}</p>}
          {updated !== undefined && (
            <p class="post__meta" data-pagefind-ignore="">
              {t("updated")} <time datetime={updated.iso}>{updated.text}</time>
            </p>
          )}
        </header>
        {image !== undefined && (
          <FeaturedImage image={image} caption={page.image?.caption} credit={page.image?.credit} />
        )}
        {page.toc === true && <TableOfContents headings={outline.headings} title={t("contents")} />}
        <Raw className="post__body" html={body} />
      </article>
    </Base>
  );
}
