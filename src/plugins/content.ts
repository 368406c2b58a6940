// Eleventy adapter for the core: reads the posts into a Blog, once per build, as global data `blog`.
import path from "node:path";
import { DateTime } from "luxon";
import type { UserConfig } from "@11ty/eleventy";
import { Blog, loadBlog } from "../blog.ts";
import { routesToRewrite, type BodiesShown } from "../pages/changed-routes.ts";
import { createMarkdown } from "../posts/markdown.ts";
import { PostCache } from "../posts/post-cache.ts";
import { POST_LAYOUTS } from "../../layouts/render.tsx";
import type { SiteSettings } from "../site.ts";

export interface ContentOptions {
  site: SiteSettings;
  /** Project root: where the posts and assets folders are. */
  root: string;
}

/** The last build that was written in full or in part, and what each of its pages showed. */
interface Written {
  blog: Blog;
  shown: BodiesShown;
}

export function contentPlugin(eleventyConfig: UserConfig, { site, root }: ContentOptions): void {
  const postsDir = path.resolve(root, site.postsDir);
  // Posts are not Eleventy templates: src/posts reads them (YAML only, bodies never run through
  // Liquid or Nunjucks). Eleventy still watches them, so `npm start` rebuilds when one changes.
  eleventyConfig.addWatchTarget(`${postsDir}/`);
  eleventyConfig.addWatchTarget(`${root}/layouts/`);
  // Eleventy has chokidar wait until a changed file's size has been stable for 150 ms (polled every
  // 25 ms) before rebuilding: most of the time from saving a post to its page being written. Editors
  // write a post in one go; if one did not, the next change event rebuilds again.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });
  // One Markdown reader for the posts and for anything Eleventy itself renders as Markdown.
  const markdown = createMarkdown();
  eleventyConfig.setLibrary("md", markdown);

  // Watch mode: posts are kept between builds, and a rebuild after bodies-only edits writes only the
  // pages showing those bodies (src/pages/changed-routes.ts). A one-off build uses neither.
  let watching = false;
  let onlyPostsChanged = false;
  let written: Written | undefined;
  let building: Blog | undefined;
  const cache = new PostCache();
  eleventyConfig.on("eleventy.before", ({ runMode }) => {
    watching = runMode !== "build";
  });
  eleventyConfig.on("eleventy.beforeWatch", ((changed: string[]) => {
    onlyPostsChanged = changed.every((file) => !path.relative(postsDir, path.resolve(root, file)).startsWith(".."));
  }) as never);
  eleventyConfig.on("eleventy.after", () => {
    if (!watching || !building) return;
    // Pages not written this time still show what they showed before.
    const partial = building.routesToWrite !== building.routes && written !== undefined;
    written = {
      blog: building,
      shown: partial ? new Map([...written!.shown, ...building.bodiesShown]) : building.bodiesShown,
    };
    building = undefined;
  });

  eleventyConfig.addGlobalData("blog", async () => {
    const layouts = Object.keys(POST_LAYOUTS);
    const blog = await loadBlog(site, { root, now: DateTime.now(), layouts, markdown, ...(watching ? { cache } : {}) });
    const rewrite =
      watching && onlyPostsChanged && written ? routesToRewrite(written.blog, blog, written.shown) : undefined;
    onlyPostsChanged = false;
    building = rewrite ? blog.writingOnly(rewrite) : blog;
    return building;
  });
}
