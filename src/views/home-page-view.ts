// The home page as plain values: the introduction (first page), featured posts, the latest posts, the pager.
import type { Blog } from "../blog.ts";
import type { ListRoute } from "../pages/route.ts";
import { chromeFor, translator, type Chrome } from "./chrome.ts";
import { pagerView, type PagerView } from "./list-view.ts";
import { postSummary, type PostSummary } from "./post-view.ts";

export interface HomePageView {
  readonly chrome: Chrome;
  /** The site's name, description and logo: shown on the first page; later pages only name the site. */
  readonly intro: { readonly title: string; readonly description: string; readonly logo?: string };
  readonly first: boolean;
  /** `featured: true` posts lead the first page, large. */
  readonly featured: readonly PostSummary[];
  /** Every other post of the page, in date order. */
  readonly latest: readonly PostSummary[];
  readonly pager: PagerView;
}

export function homePageView(route: ListRoute, blog: Blog): HomePageView {
  const { page } = route;
  const { site } = blog;
  const t = translator(site);
  const first = page.number === 1;
  const chrome = chromeFor(route, blog, {
    title: first ? undefined : t("pageNumber", { number: page.number }),
    description: site.description,
  });
  const featured = first ? page.items.filter((post) => post.featured) : [];
  const rest = page.items.filter((post) => !featured.includes(post));
  // Looked for only where it is shown, the first page (finding it reads the disk).
  const logo = first ? blog.files.siteFile(site.logo) : undefined;
  return {
    chrome,
    intro: { title: site.title, description: site.description, ...(logo === undefined ? {} : { logo }) },
    first,
    featured: featured.map((post) => postSummary(blog, post)),
    latest: rest.map((post) => postSummary(blog, post)),
    pager: pagerView(page),
  };
}
