// Each post's body rendered once a build (here or by the helper thread), and made absolute once for feeds.
import type { SharedJob } from "../helper-thread/shared-job.ts";
import type { ImageSet } from "../images/image-set.ts";
import { bodyProblemError } from "../posts/body-errors.ts";
import { sortContentErrors, type ContentError } from "../problems/content-error.ts";
import type { Markdown } from "../posts/markdown.ts";
import type { BodyOutline } from "../posts/outline.ts";
import type { BodyProblem } from "../markdown/problems.ts";
import type { Post } from "../posts/post.ts";
import { readingMinutes, type ReadingSpeed } from "../posts/reading-time.ts";
import { renderBody, type RenderedBody } from "../posts/render-body.ts";
import { noteShown } from "./body-recorder.ts";

/**
 * Rewrites every URL in a piece of HTML to an absolute one (with the site's address and path prefix),
 * resolving relative ones against the page at `pageUrl`. Feeds need it: their readers are not on the site.
 */
export type AbsoluteHtml = (html: string, pageUrl: string) => Promise<string>;

/** An outline a previous build kept for a post whose body has not changed, or undefined. */
export type KnownOutline = (post: Post) => BodyOutline | undefined;

export interface BodyStoreOptions {
  markdown: Markdown;
  /** The resized images: a body's local images become `<picture>`s of them. */
  images: ImageSet;
  /** The posts the helper thread knows, by their index in this list. */
  posts: readonly Post[];
  readingSpeed: ReadingSpeed;
  /** Given by the Eleventy adapter (src/plugins/path-prefix.ts), which knows the rules of the HTML output. */
  absoluteHtml?: AbsoluteHtml | undefined;
  /** The helper thread's share of rendering the bodies of `posts`, by their index (loadBlog's `helper`). */
  helperBodies?: SharedJob<RenderedBody> | undefined;
  /**
   * Outlines a previous build found, by post (the persistent build cache's, src/cache/build-cache.ts): a list
   * page shows each post's reading time, and with this it need not render the bodies of unchanged posts.
   */
  knownOutline?: KnownOutline | undefined;
}

/**
 * A rendered body as the store keeps it, for the rest of the build: its HTML as UTF-8 bytes, not as a string.
 * One character beyond Latin-1 (an em dash, a curly quote) makes V8 keep a whole string at two bytes a
 * character, on the heap the garbage collector goes over again and again: at 4,000 posts, the bodies took
 * 36 MiB of it as strings, and take 18 MiB as bytes. They are read back once or twice a post.
 */
interface StoredBody {
  readonly html: Buffer;
  readonly outline: BodyOutline;
  readonly problems: readonly BodyProblem[];
}

function stored(body: RenderedBody): StoredBody {
  return { html: Buffer.from(body.html), outline: body.outline, problems: body.problems };
}

export class BodyStore {
  /**
   * Each body rendered so far, with its outline. A body is shown on its post's page, and its HTML again
   * in the feeds of its categories and tags, its outline on every list with its reading time: parsed and
   * rendered once, it cost a sixth of a 4,000-post build less.
   */
  private readonly bodies = new Map<Post, StoredBody>();
  /** Each body with its URLs made absolute, for the feeds that carry it, as bytes too. */
  private readonly absoluteBodies = new Map<Post, Promise<Buffer>>();
  /** Where each post is in `posts`: the helper thread knows bodies by that index. */
  private readonly postIndex: ReadonlyMap<Post, number>;

  constructor(private readonly options: BodyStoreOptions) {
    this.postIndex = new Map(options.posts.map((post, index) => [post, index]));
  }

  /** The post's rendered body and outline, from one parse, with its images resized; kept for the build. */
  private rendered(post: Post): StoredBody {
    noteShown([post]);
    let rendered = this.bodies.get(post);
    if (rendered === undefined) {
      const index = this.postIndex.get(post);
      rendered = stored(
        (index === undefined ? undefined : this.options.helperBodies?.take(index)) ??
          renderBody(this.options.markdown, post.body, this.options.images),
      );
      this.bodies.set(post, rendered);
    }
    return rendered;
  }

  /** The post's rendered body: HTML from the author's Markdown, with its images resized. */
  html(post: Post): string {
    return this.rendered(post).html.toString();
  }

  /** The rendered body with every URL absolute, for feeds; made once per post, however many feeds carry it. */
  absoluteHtml(post: Post): Promise<string> {
    noteShown([post]);
    const rewrite = this.options.absoluteHtml;
    if (rewrite === undefined)
      throw new Error("Feeds need loadBlog's absoluteHtml option (src/plugins/content.ts gives it).");
    let body = this.absoluteBodies.get(post);
    if (body === undefined) {
      body = rewrite(this.html(post), post.url).then((html) => Buffer.from(html));
      this.absoluteBodies.set(post, body);
    }
    return body.then((html) => html.toString());
  }

  /** The body's headings (with their anchor ids) and length. */
  outline(post: Post): BodyOutline {
    if (!this.bodies.has(post)) {
      const known = this.options.knownOutline?.(post);
      if (known !== undefined) {
        noteShown([post]);
        return known;
      }
    }
    return this.rendered(post).outline;
  }

  /** The outline of each body rendered so far, for the build cache to keep for the next build. */
  renderedOutlines(): ReadonlyMap<Post, BodyOutline> {
    return new Map([...this.bodies].map(([post, body]) => [post, body.outline]));
  }

  /** "N min read", at the site's reading speed. */
  readingMinutes(post: Post): number {
    return readingMinutes(this.outline(post).length, this.options.readingSpeed);
  }

  /**
   * What the renderer found wrong in the bodies rendered so far (TeX that KaTeX cannot read), with each
   * post's file and line. Bodies render with the pages, so these are known only once the pages are.
   */
  warnings(): ContentError[] {
    const warnings = [...this.bodies].flatMap(([post, body]) =>
      body.problems.map((problem) => bodyProblemError(post, problem)),
    );
    return sortContentErrors(warnings);
  }
}
