// Comments under a post, when the site sets `comments`: giscus or utterances, whose script site.js adds only
// when the reader scrolls near or presses the button (never before: no request to them until then), or a
// "reply by email" link.
import type { Translate } from "../../src/i18n/interface-strings.ts";
import type { SiteSettings } from "../../src/site.ts";

type CommentSettings = NonNullable<SiteSettings["comments"]>;

const PROVIDERS = { giscus: "giscus", utterances: "utterances" } as const;

/** The attributes of the provider's <script>, as its documentation gives them. */
export function commentScript(settings: Exclude<CommentSettings, { provider: "email" }>, language: string) {
  if (settings.provider === "giscus") {
    return {
      src: "https://giscus.app/client.js",
      "data-repo": settings.repo,
      "data-repo-id": settings.repoId,
      "data-category": settings.category,
      "data-category-id": settings.categoryId,
      "data-mapping": settings.mapping,
      "data-reactions-enabled": "1",
      "data-input-position": "top",
      "data-lang": language.split("-")[0] ?? "en",
      "data-loading": "lazy",
      crossorigin: "anonymous",
    };
  }
  return {
    src: "https://utteranc.es/client.js",
    repo: settings.repo,
    "issue-term": settings.issueTerm,
    crossorigin: "anonymous",
  };
}

export interface CommentsProps {
  settings: CommentSettings;
  title: string;
  language: string;
  t: Translate;
}

export function Comments({ settings, title, language, t }: CommentsProps) {
  if (settings.provider === "email") {
    const href = `mailto:${settings.address}?subject=${encodeURIComponent(`Re: ${title}`)}`;
    return (
      <section class="comments comments--email" id="comments" data-pagefind-ignore="all">
        <p>
          <a class="button" href={href}>
            {t("replyByEmail")}
          </a>
        </p>
      </section>
    );
  }
  const provider = PROVIDERS[settings.provider];
  return (
    <section
      class="comments"
      id="comments"
      aria-labelledby="comments-title"
      data-pagefind-ignore="all"
      data-comments={JSON.stringify(commentScript(settings, language))}
    >
      <h2 class="comments__title" id="comments-title">
        {t("comments")}
      </h2>
      <p class="comments__notice">{t("commentsNotice", { provider })}</p>
      <button class="button comments__load" type="button">
        {t("showComments", { provider })}
      </button>
      <div class="comments__thread"></div>
    </section>
  );
}
