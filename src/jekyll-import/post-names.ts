// How `{% post_url %}` and `{% link %}` name a post, and the URL each name leads to.
import path from "node:path";

/** `{% post_url 2010-07-21-name %}`, `{% post_url sub/2010-07-21-name %}`, `{% link _posts/2010-07-21-name.md %}`. */
export function postKey(name: string): string {
  return name
    .replace(/^["']|["']$/g, "")
    .replace(/^\/+/, "")
    .replace(/^_posts\//, "")
    .replace(/\.(md|markdown|mkdown|mkdn|mkd|mdown|mdwn|html)$/i, "");
}

function addPostName(urls: Map<string, string>, relative: string, url: string): void {
  const key = postKey(relative);
  urls.set(key, url);
  urls.set(path.posix.basename(key), url);
}

/** Looks up a post by the name Liquid gives it; `entries` are [path inside the posts folder, URL], later ones winning. */
export function postUrlLookup(entries: Iterable<readonly [string, string]>): (name: string) => string | undefined {
  const urls = new Map<string, string>();
  for (const [relative, url] of entries) addPostName(urls, relative, url);
  return (name) => {
    const key = postKey(name);
    return urls.get(key) ?? urls.get(path.posix.basename(key));
  };
}
