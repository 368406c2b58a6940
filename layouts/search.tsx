// `/search/`: Pagefind's search UI, loaded from the site itself (no CDN), over the index the build wrote.
import type { Blog } from "../src/blog.ts";
import type { SearchRoute } from "../src/pages/route.ts";
import { archiveIndexUrl, termIndexUrl } from "../src/pages/urls.ts";
import { SEARCH_BUNDLE_URL } from "../src/pages/urls.ts";
import { Base } from "./base.tsx";

export function SearchPage({ route, blog }: { route: SearchRoute; blog: Blog }) {
  const bundle = SEARCH_BUNDLE_URL.slice(0, -1);
  return (
    <Base blog={blog} route={route} title="Search" description={`Search every post of ${blog.site.title}.`}>
      <h1 class="list-title" id="search-title">
        Search
      </h1>
      <link rel="stylesheet" href={`${bundle}/pagefind-ui.css`} />
      <div id="search" class="search"></div>
      <noscript>
        <p class="empty">
          Search needs JavaScript. Every post is also listed in the <a href={archiveIndexUrl()}>archives</a> and under
          its <a href={termIndexUrl("category")}>category</a>.
        </p>
      </noscript>
      <script src={`${bundle}/pagefind-ui.js`}></script>
      <script src="/assets/js/search.js"></script>
    </Base>
  );
}
