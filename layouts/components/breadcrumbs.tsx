// Where a page sits in the site: Home › Categories › Business, the last one the page itself.
import type { Translate } from "../../src/i18n/interface-strings.ts";
import { homeUrl } from "../../src/pages/urls.ts";
import type { LinkView } from "../../src/views/post-view.ts";

export function Breadcrumbs({ trail, current, t }: { trail: readonly LinkView[]; current: string; t: Translate }) {
  const links = [{ name: t("home"), url: homeUrl() }, ...trail];
  return (
    <nav class="breadcrumbs" aria-label={t("breadcrumbsLabel")} data-pagefind-ignore="">
      <ol>
        {links.map((link) => (
          <li>
            <a href={link.url}>{link.name}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
