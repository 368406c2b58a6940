// An author's avatar, name, bio and links: under each post, and at the top of the author's page.
import type { Translate } from "../../src/i18n/interface-strings.ts";
import type { AuthorView } from "../../src/views/author-view.ts";

export interface AuthorBoxProps {
  author: AuthorView;
  t: Translate;
  /** 3 under a post (its name is a heading there); 0 on the author's own page, whose title names them. */
  headingLevel: 0 | 3;
}

/** The initial shown when an author has no avatar: a circle of the accent colour with their first letter. */
function initial(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? "?";
}

export function AuthorBox({ author, t, headingLevel }: AuthorBoxProps) {
  return (
    <div class="author-box">
      {author.avatar !== undefined ? (
        <img class="author-box__avatar" src={author.avatar} alt="" width={64} height={64} loading="lazy" />
      ) : (
        <span class="author-box__avatar author-box__avatar--initial" aria-hidden="true">
          {initial(author.name)}
        </span>
      )}
      <div class="author-box__text">
        {headingLevel === 3 && (
          <h3 class="author-box__name">
            <a href={author.url} rel="author">
              {author.name}
            </a>
          </h3>
        )}
        {author.bio !== undefined && <p class="author-box__bio">{author.bio}</p>}
        <p class="author-box__links">
          {headingLevel === 3 && <a href={author.url}>{t("authorPosts", { name: author.name })}</a>}
          {author.website !== undefined && (
            <a href={author.website} rel="me">
              {t("authorWebsite")}
            </a>
          )}
        </p>
      </div>
    </div>
  );
}
