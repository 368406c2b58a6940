// The header's search box: a plain form to the search page, which runs the query (it works without JS too).
import { searchUrl } from "../../src/pages/urls.ts";

export function SearchBox() {
  return (
    <form class="search-box" role="search" action={searchUrl()} method="get">
      <label class="visually-hidden" for="search-box-input">
        Search the blog
      </label>
      <input id="search-box-input" class="search-box__input" type="search" name="q" placeholder="Search" />
      <button class="search-box__button" type="submit">
        Search
      </button>
    </form>
  );
}
