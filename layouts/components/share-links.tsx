// "Share": plain links to each network's own share page (no script of theirs), plus copy-link and the
// device's share sheet, which site.js shows only where the browser can do them.
import type { Translate } from "../../src/i18n/interface-strings.ts";
import type { SHARE_NETWORKS } from "../../src/site.ts";
import { Icon } from "./icons.tsx";

type Network = (typeof SHARE_NETWORKS)[number];

const NAMES: Readonly<Record<Exclude<Network, "email">, string>> = {
  mastodon: "Mastodon",
  bluesky: "Bluesky",
  linkedin: "LinkedIn",
  x: "X",
};

/** Each network's share address for a page; Mastodon has no single server, so a chooser service asks for the reader's. */
export function shareUrl(network: Network, url: string, title: string): string {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  switch (network) {
    case "mastodon":
      return `https://mastodonshare.com/?text=${text}&url=${u}`;
    case "bluesky":
      return `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}`;
    case "linkedin":
      return `https://www.linkedin.com/sharing/share-offsite/?url=${u}`;
    case "x":
      return `https://x.com/intent/post?text=${text}&url=${u}`;
    case "email":
      return `mailto:?subject=${text}&body=${u}`;
  }
}

export interface ShareLinksProps {
  /** The post's absolute URL. */
  url: string;
  title: string;
  networks: readonly Network[];
  t: Translate;
}

export function ShareLinks({ url, title, networks, t }: ShareLinksProps) {
  return (
    <section class="share" aria-labelledby="share-title" data-pagefind-ignore="all">
      <h2 class="share__title" id="share-title">
        {t("share")}
      </h2>
      <ul class="share__list">
        {networks.map((network) => (
          <li>
            {network === "email" ? (
              <a class="share__link" href={shareUrl(network, url, title)}>
                <Icon name="mail" size={16} />
                {t("shareByEmail")}
              </a>
            ) : (
              <a
                class="share__link"
                href={shareUrl(network, url, title)}
                rel="noopener"
                target="_blank"
                aria-label={t("shareOn", { network: NAMES[network] })}
              >
                {NAMES[network]}
              </a>
            )}
          </li>
        ))}
        <li hidden data-needs="clipboard">
          <button class="share__link" type="button" data-copy-link={url} data-done={t("linkCopied")}>
            <Icon name="link" size={16} />
            <span>{t("copyLink")}</span>
          </button>
        </li>
        <li hidden data-needs="share">
          <button class="share__link" type="button" data-share-url={url} data-share-title={title}>
            <Icon name="share" size={16} />
            {t("shareNative")}
          </button>
        </li>
      </ul>
    </section>
  );
}
