// `/categories/` and `/tags/`: every term of a kind as a grid of tiles, with its number of posts.
import type { TermIndexView } from "../src/views/index-page-views.ts";
import { Base } from "./base.tsx";
import { ListHeader } from "./components/list-header.tsx";

export function TermIndexPage({ view }: { view: TermIndexView }) {
  const { chrome, header, terms } = view;
  const { t } = chrome;
  const category = view.termKind === "category";
  return (
    <Base chrome={chrome}>
      <ListHeader title={header.title} count={header.count} trail={header.trail} t={t} />
      {terms.length === 0 ? (
        <p class="empty">{t("noneYet")}</p>
      ) : (
        <ul class={`term-grid term-grid--${view.termKind}`}>
          {terms.map((term) => (
            <li>
              <a class="term-tile" href={term.url}>
                <span class="term-tile__name">{category ? term.name : `#${term.name}`}</span>
                <span class="term-tile__count">{t("termCount", { count: term.count })}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Base>
  );
}
