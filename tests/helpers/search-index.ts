// Reads a built Pagefind index back: which pages it holds and their text, to test what search can find.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

export interface IndexedPage {
  url: string;
  title: string;
  /** The indexed text of the page. */
  content: string;
}

/**
 * Pagefind stores each page as a gzipped "fragment": a short signature followed by the page's JSON
 * (url, meta, content). Reading them is how a test sees exactly what a visitor's search can match.
 */
export function readSearchIndex(output: string): IndexedPage[] {
  const bundle = path.join(output, "pagefind");
  // A big blog's index is in shards: the bundle itself, and the folders its shards.json lists.
  const shards = ["", ...(JSON.parse(readFileSync(path.join(bundle, "shards.json"), "utf8")) as string[])];
  return shards
    .flatMap((shard) => {
      const folder = path.join(bundle, shard, "fragment");
      return readdirSync(folder).map((file) => path.join(folder, file));
    })
    .map((file) => {
      const data = gunzipSync(readFileSync(file)).toString("utf8");
      const fragment = JSON.parse(data.slice(data.indexOf("{"))) as {
        url: string;
        meta: { title?: string };
        content: string;
      };
      return { url: fragment.url, title: fragment.meta.title ?? "", content: fragment.content };
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
