// The persistent build cache (.cache/build/): every page a build writes is kept, named after everything it was
// made from, so a new `npm run build` after an edit renders only the pages whose inputs changed.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Blog } from "../blog.ts";
import { codeHash } from "../cli/compiled.mjs";
import type { Route } from "../pages/route.ts";
import type { BodyOutline } from "../posts/outline.ts";
import type { Post } from "../posts/post.ts";
import { linkOrCopy, removeStaleEntries, writeJsonAtomically } from "./cache-files.ts";
import { PostStore } from "./post-store.ts";
import { SearchShardStore } from "./search-shard-store.ts";

/** What a build left for the next one: which posts' bodies each page showed, under one version of everything else. */
interface Manifest {
  /** The model's hash (see `modelHash`): the shown sets hold only under the same one. */
  model: string;
  /** The code's and settings' hash alone, known before the posts are read (see `likelyWarm`). */
  setup?: string;
  /**
   * Per page URL: the sources of the posts whose bodies it shows, and the hash of its part the search indexes
   * (src/search/index-site.ts), when the build had search and the page has one.
   */
  pages: Record<string, { shown: string[]; search?: string }>;
}

/**
 * The outlines (headings, length) of the bodies a build rendered, by the body's hash, for the next build's list
 * pages: a card shows its post's reading time, and without this a warm build rendered the body of every post
 * on every list page it wrote again. They hold under the same code, settings and images (`outlineModel`).
 */
interface Outlines {
  model: string;
  outlines: Record<string, BodyOutline>;
}

/**
 * How many pages `finish` links between two turns of Node's event loop. The build keeps the cache while Pagefind
 * finishes the search index in its own processes; each answer they send waits for such a turn, and a process
 * whose answer is not read stops (at 4,000 posts, finish takes 0.2 to 0.4 s).
 */
const YIELD_EVERY = 256;

/** How a fingerprint that no other build has begins (see `postFingerprint`). */
const UNIQUE = "unique:";
/** A post's data past this many values is not walked: its hash is then unique, and every page is rendered. */
const WALK_LIMIT = 100_000;

/** A page the build does not render: its cached file, to be put in the output. */
export interface ReusedPage {
  readonly route: Route;
  /** Its position in `blog.routes`. */
  readonly position: number;
  /** The file in the output folder (`posts/x/index.html`). */
  readonly file: string;
  readonly cached: string;
  /** The hash of its part the search indexes, when it has one (in a build with search). */
  readonly search: string | undefined;
}

/**
 * One build's use of the cache. `plan` picks the pages to render: a page is reused when the model (settings,
 * code, every post but its body, the routes, the images) is the same and so are the bodies it showed last time.
 * `finish` puts the reused pages in the output and keeps the rendered ones for next time.
 */
export class BuildCache {
  private readonly pagesDir: string;
  private readonly manifestFile: string;
  private model = "";
  private bodyHashes = new Map<string, string>();
  private blog: Blog | undefined;
  private reused: ReusedPage[] = [];

  /**
   * `settings`: everything about the build that is not in the posts or files (the resolved settings, the path
   * prefix, the day); `inputs`: other files pages are made from (the authors file, the assets); `fileOf`: a
   * route's file in the output folder (`posts/x/index.html`), as the pages plugin names it; `postSettings`: the
   * settings posts are read with (the site's), which with the code decide what a post file gives.
   */
  constructor(
    readonly folder: string,
    private readonly settings: unknown,
    private readonly inputs: readonly string[],
    private readonly fileOf: (route: Route) => string,
    postSettings: unknown,
  ) {
    this.pagesDir = path.join(folder, "pages");
    this.manifestFile = path.join(folder, "manifest.json");
    this.outlinesFile = path.join(folder, "outlines.json");
    this.searchShards = new SearchShardStore(path.join(folder, "search"));
    this.posts = new PostStore(path.join(folder, "posts.json"), () =>
      createHash("sha256").update(this.codeHash()).update("\0").update(JSON.stringify(postSettings)).digest("hex"),
    );
  }

  /** The posts the last build read, by their files' text: unchanged ones are not parsed again. */
  readonly posts: PostStore;

  /** The search index's shards the last builds wrote, by what they hold: unchanged ones are not indexed again. */
  readonly searchShards: SearchShardStore;

  private readonly outlinesFile: string;
  private outlineModel = "";
  private knownOutlines = new Map<string, BodyOutline>();

  /** The outline a previous build rendered for this post's body, when it holds for this build (see Outlines). */
  readonly knownOutline = (post: Post): BodyOutline | undefined => {
    const bodyHash = this.bodyHashes.get(post.source);
    return bodyHash === undefined ? undefined : this.knownOutlines.get(bodyHash);
  };

  /** The routes to render; the others are reused from the cache (`reusedPages`). */
  plan(blog: Blog): readonly Route[] {
    this.bodyHashes = new Map(blog.posts.map((post) => [post.source, hash(post.body)]));
    this.model = this.modelHash(blog);
    this.outlineModel = this.outlineModelHash(blog);
    this.knownOutlines = this.readOutlines();
    const manifest = this.readManifest();
    this.reused = [];
    if (manifest?.model !== this.model) return blog.routes;
    const toRender: Route[] = [];
    blog.routes.forEach((route, position) => {
      const known = manifest.pages[route.url];
      const cached = known && path.join(this.pagesDir, this.pageKey(route.url, known.shown));
      if (known && cached && existsSync(cached)) {
        this.reused.push({ route, position, file: this.fileOf(route), cached, search: known.search });
      } else {
        toRender.push(route);
      }
    });
    return toRender;
  }

  /** The blog the build renders (the planned one, writing only the routes `plan` gave): its pages note their bodies. */
  use(blog: Blog): void {
    this.blog = blog;
  }

  get reusedPages(): readonly ReusedPage[] {
    return this.reused;
  }

  /**
   * After a successful build into `output`: the reused pages linked in, the rendered ones linked into the cache
   * (the build writes a new folder each time and never changes a file in place, so a link is as good as a copy),
   * and the manifest written for the next build. `searchParts`: the hash of the searchable part of each rendered
   * page that has one, by URL.
   */
  async finish(output: string, searchParts: ReadonlyMap<string, string>): Promise<void> {
    const blog = this.blog;
    if (blog === undefined) return;
    // Thousands of links: every few hundred, Node reads what Pagefind's processes sent (see YIELD_EVERY).
    let linked = 0;
    const link = async (from: string, to: string) => {
      linkOrCopy(from, to);
      if ((linked += 1) % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    };
    mkdirSync(this.pagesDir, { recursive: true });
    const keep = new Set<string>();
    /** Each reused page's URL, with the hash of its part the search indexes (if it has one). */
    const reused = new Map<string, string | undefined>();
    /** What each page rendered in this build showed: the bodies' posts, by source, in order. */
    const shown = new Map<string, string[]>();
    for (const page of this.reused) {
      const target = path.join(output, page.file);
      mkdirSync(path.dirname(target), { recursive: true });
      await link(page.cached, target);
      keep.add(path.basename(page.cached));
      reused.set(page.route.url, page.search);
    }
    for (const route of blog.routes) {
      // A page rendered without its bodies recorded is never reused.
      if (reused.has(route.url) || !blog.recorder.bodiesShown.has(route.url)) continue;
      const sources = [...blog.recorder.bodiesShown.get(route.url)!].sort();
      shown.set(route.url, sources);
      const key = this.pageKey(route.url, sources);
      const cached = path.join(this.pagesDir, key);
      if (!existsSync(cached)) await link(path.join(output, this.fileOf(route)), cached);
      keep.add(key);
    }
    writeJsonAtomically(
      this.manifestFile,
      { model: this.model, setup: this.setupHash() } satisfies Omit<Manifest, "pages">,
      "pages" satisfies keyof Manifest,
      this.manifestPages(blog.routes, shown, reused, searchParts),
    );
    this.writeOutlines(blog);
    this.posts.save();
    removeStaleEntries(this.pagesDir, keep);
  }

  /**
   * The manifest's pages, one at a time (see writeJsonAtomically): a page rendered now with the bodies it showed
   * (`shownNow`), a reused one with those it showed last time, each with the hash of its part the search indexes
   * (`reused` holds a reused page's, `searchParts` a rendered one's).
   */
  private *manifestPages(
    routes: readonly Route[],
    shownNow: ReadonlyMap<string, string[]>,
    reused: ReadonlyMap<string, string | undefined>,
    searchParts: ReadonlyMap<string, string>,
  ): Generator<[string, Manifest["pages"][string]]> {
    for (const { url } of routes) {
      const rendered = shownNow.get(url);
      if (rendered === undefined && !reused.has(url)) continue;
      const shown = rendered ?? this.readShown(url);
      const search = rendered === undefined ? reused.get(url) : searchParts.get(url);
      yield [url, { shown, ...(search === undefined ? {} : { search }) }];
    }
  }

  private readOutlines(): Map<string, BodyOutline> {
    try {
      const known = JSON.parse(readFileSync(this.outlinesFile, "utf8")) as Outlines;
      if (known.model === this.outlineModel) return new Map(Object.entries(known.outlines));
    } catch {
      // None yet, or unreadable: bodies are rendered, as without this file.
    }
    return new Map();
  }

  /** The outlines of this build's posts: rendered this time, or still known from before. */
  private writeOutlines(blog: Blog): void {
    const rendered = blog.bodies.renderedOutlines();
    const known = this.knownOutlines;
    const bodyHashes = this.bodyHashes;
    function* outlines(): Generator<[string, BodyOutline]> {
      const written = new Set<string>();
      for (const post of blog.posts) {
        const bodyHash = bodyHashes.get(post.source)!;
        const outline = rendered.get(post) ?? known.get(bodyHash);
        // Two posts with the same body have the same outline: written once.
        if (outline === undefined || written.has(bodyHash)) continue;
        written.add(bodyHash);
        yield [bodyHash, outline];
      }
    }
    writeJsonAtomically(
      this.outlinesFile,
      { model: this.outlineModel } satisfies Omit<Outlines, "outlines">,
      "outlines" satisfies keyof Outlines,
      outlines(),
    );
  }

  private previous: Manifest | undefined;

  private readManifest(): Manifest | undefined {
    try {
      this.previous = JSON.parse(readFileSync(this.manifestFile, "utf8")) as Manifest;
    } catch {
      this.previous = undefined;
    }
    return this.previous;
  }

  private readShown(url: string): string[] {
    return this.previous?.pages[url]?.shown ?? [];
  }

  /** A page's cache name: the model, its URL and the bodies it shows. */
  private pageKey(url: string, shown: readonly string[]): string {
    const key = createHash("sha256").update(this.model).update("\0").update(url);
    for (const source of shown)
      key
        .update("\0")
        .update(source)
        .update("\0")
        .update(this.bodyHashes.get(source) ?? "gone");
    return key.digest("hex").slice(0, 32);
  }

  /**
   * Whether the last build that used this cache ran the same code with the same settings: most of this build's
   * pages are then likely to be reused. Known before any post is read, it decides whether a helper thread
   * (src/helper-thread/) is worth starting: in a warm build it rendered every body for nothing, on the core
   * Pagefind needs.
   */
  likelyWarm(): boolean {
    try {
      const manifest = JSON.parse(readFileSync(this.manifestFile, "utf8")) as Manifest;
      return manifest.setup === this.setupHash();
    } catch {
      return false;
    }
  }

  private setupHash(): string {
    return createHash("sha256")
      .update(this.codeHash())
      .update("\0")
      .update(JSON.stringify(this.settings))
      .digest("hex");
  }

  private code: string | undefined;

  /** The code's hash (src/cli/compiled.mjs reads every source file for it): once per build. */
  private codeHash(): string {
    return (this.code ??= codeHash());
  }

  /** What an outline is made from besides its body: the code, the settings (Markdown's among them), the images. */
  private outlineModelHash(blog: Blog): string {
    return createHash("sha256")
      .update(this.codeHash())
      .update("\0")
      .update(JSON.stringify(this.settings))
      .update("\0")
      .update(JSON.stringify([...blog.images.toData().local]))
      .digest("hex");
  }

  /** Everything a page may show except the posts' bodies. */
  private modelHash(blog: Blog): string {
    const model = createHash("sha256");
    model.update(this.codeHash()).update("\0").update(JSON.stringify(this.settings));
    for (const input of this.inputs) hashInput(model, input);
    for (const route of blog.routes) model.update("\0").update(route.url);
    for (const post of blog.posts) {
      let fingerprint = this.posts.fingerprints.get(post);
      if (fingerprint === undefined) {
        fingerprint = postFingerprint(post);
        // A post too big to walk gets a hash no other build has: it is not kept, so that the rule stays.
        if (!fingerprint.startsWith(UNIQUE)) this.posts.fingerprints.set(post, fingerprint);
      }
      model.update("\0").update(post.source).update("\0").update(fingerprint);
    }
    model.update("\0").update(JSON.stringify([...blog.images.toData().local]));
    return model.digest("hex");
  }
}

/**
 * A file by its bytes; a folder by its files' names and sizes: pages link to published files by name and
 * never show what is in them, and times would change with every checkout (a CI run would never be warm).
 */
function hashInput(model: ReturnType<typeof createHash>, input: string): void {
  model.update("\0").update(input).update("\0");
  const stat = statSync(input, { throwIfNoEntry: false });
  if (stat?.isFile()) model.update(readFileSync(input));
  if (!stat?.isDirectory()) return;
  for (const entry of readdirSync(input, { recursive: true, withFileTypes: true }).sort((a, b) =>
    `${a.parentPath}/${a.name}` < `${b.parentPath}/${b.name}` ? -1 : 1,
  )) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    model.update(`${path.relative(input, file)}\0${statSync(file).size}\0`);
  }
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

/**
 * A post's data except its body, as a hash: the same walk as watch mode's comparison (src/pages/changed-routes.ts),
 * DateTime by its JSON form. Past WALK_LIMIT values (YAML aliases can make a small file huge) it gives up with
 * a hash no other build has, so every page is rendered: slower, never wrong.
 */
function postFingerprint(post: Post): string {
  const out = createHash("sha256");
  let left = WALK_LIMIT;
  const walk = (value: unknown, depth: number): void => {
    if ((left -= 1) < 0 || depth > 100) throw new Error("too big");
    if (value === null || typeof value !== "object") {
      out.update(`${typeof value}:${String(value)}\0`);
      return;
    }
    if ("toJSON" in value && typeof value.toJSON === "function") return walk(value.toJSON(), depth + 1);
    if (value instanceof Map) return walk([...value], depth + 1);
    if (Array.isArray(value)) {
      out.update(`[${value.length}\0`);
      value.forEach((item) => walk(item, depth + 1));
      return;
    }
    const keys = Object.keys(value);
    out.update(`{${keys.length}\0`);
    for (const key of keys) {
      out.update(`${key}\0`);
      walk((value as Record<string, unknown>)[key], depth + 1);
    }
  };
  try {
    walk({ ...post, body: undefined, bodyLine: undefined }, 0);
  } catch {
    return `${UNIQUE}${process.pid}:${performance.now()}:${Math.random()}`;
  }
  return out.digest("hex");
}
