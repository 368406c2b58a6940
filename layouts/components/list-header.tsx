// The header every list page shares: breadcrumbs, what kind of list it is, its title, how many, its feed.
import type { ComponentChildren } from "preact";
import type { Translate } from "../../src/i18n/interface-strings.ts";
import type { LinkView } from "../../src/views/post-view.ts";
import { Breadcrumbs } from "./breadcrumbs.tsx";
import { Icon } from "./icons.tsx";

export interface ListHeaderProps {
  /** "Category", "Tag", "Archive"…: shown small above the title. */
  kind?: string;
  title: string;
  /** "12 posts", or none on a list that is not of posts. */
  count?: string;
  /** The list's own Atom feed. */
  feed?: LinkView;
  trail: readonly LinkView[];
  t: Translate;
  children?: ComponentChildren;
}

export function ListHeader({ kind, title, count, feed, trail, t, children }: ListHeaderProps) {
  return (
    <header class="list-header">
      <Breadcrumbs trail={trail} current={title} t={t} />
      {kind !== undefined && <p class="list-header__kind">{kind}</p>}
      <h1 class="list-header__title">{title}</h1>
      {(count !== undefined || feed !== undefined) && (
        <p class="list-header__meta">
          {count !== undefined && <span class="list-header__count">{count}</span>}
          {feed !== undefined && (
            <a class="feed-link" href={feed.url}>
              <Icon name="feed" size={16} />
              {feed.name}
            </a>
          )}
        </p>
      )}
      {children}
    </header>
  );
}
