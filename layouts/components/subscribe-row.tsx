// "Subscribe" under a post: the site's feeds, the post's category feed, and the newsletter when there is one.
import type { Translate } from "../../src/i18n/interface-strings.ts";
import type { LinkView } from "../../src/views/post-view.ts";
import { Icon } from "./icons.tsx";

export interface SubscribeRowProps {
  atom: string;
  json: string;
  /** The feeds of the post's categories. */
  categoryFeeds: readonly LinkView[];
  newsletter?: string;
  t: Translate;
}

export function SubscribeRow({ atom, json, categoryFeeds, newsletter, t }: SubscribeRowProps) {
  return (
    <section class="subscribe" aria-labelledby="subscribe-title" data-pagefind-ignore="all">
      <h2 class="subscribe__title" id="subscribe-title">
        {t("subscribe")}
      </h2>
      <p class="subscribe__text">{t("subscribeText")}</p>
      <ul class="subscribe__list">
        <li>
          <a class="feed-link" href={atom}>
            <Icon name="feed" size={16} />
            {t("atomFeed")}
          </a>
        </li>
        <li>
          <a class="feed-link" href={json}>
            {t("jsonFeed")}
          </a>
        </li>
        {categoryFeeds.map((feed) => (
          <li>
            <a class="feed-link" href={feed.url}>
              {t("listFeed", { name: feed.name })}
            </a>
          </li>
        ))}
        {newsletter !== undefined && (
          <li>
            <a class="feed-link feed-link--newsletter" href={newsletter}>
              <Icon name="mail" size={16} />
              {t("newsletter")}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
