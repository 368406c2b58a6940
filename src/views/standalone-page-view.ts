// A standalone page (`pages/about.md`) as plain values: title, lede, last update, figure, contents and body.
import type { Blog } from "../blog.ts";
import type { StandalonePageRoute } from "../pages/route.ts";
import type { Heading } from "../posts/outline.ts";
import { bodyStylesheets, chromeFor, type Chrome } from "./chrome.ts";
import { figureView, type FigureView } from "./post-page-view.ts";
import { dateView, imageView, type DateView } from "./post-view.ts";

export interface StandalonePageView {
  readonly chrome: Chrome;
  readonly title: string;
  readonly lede?: string;
  readonly updated?: DateView;
  readonly figure?: FigureView;
  /** Only when the front matter asks (`toc: true`). */
  readonly contents?: readonly Heading[];
  readonly body: string;
}

export function standalonePageView(route: StandalonePageRoute, blog: Blog): StandalonePageView {
  const { page } = route;
  const { site } = blog;
  const body = blog.bodies.html(page);
  const outline = blog.bodies.outline(page);
  const image = imageView(blog, page);
  const chrome = chromeFor(route, blog, {
    title: page.title,
    description: page.description ?? page.excerpt,
    stylesheets: bodyStylesheets(body, outline.hasMath),
  });
  return {
    chrome,
    title: page.title,
    ...(page.description === undefined ? {} : { lede: page.description }),
    ...(page.updated === undefined ? {} : { updated: dateView(page.updated.setZone(site.timeZone), site.language) }),
    ...(image === undefined ? {} : { figure: figureView(image, page) }),
    ...(page.toc === true ? { contents: outline.headings } : {}),
    body,
  };
}
