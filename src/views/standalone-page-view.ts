// A standalone page (`pages/about.md`) as plain values: title, lede, last update, figure, contents and body.
import type { Blog } from "../blog.ts";
import type { StandalonePageRoute } from "../pages/route.ts";
import type { Heading } from "../posts/outline.ts";
import type { Chrome } from "./chrome.ts";
import { articleParts, figureView, type FigureView } from "./post-page-view.ts";
import { imageView, type DateView } from "./post-view.ts";

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
  const { chrome, body, outline, head } = articleParts(route, blog, page);
  const image = imageView(blog, page);
  return {
    chrome,
    title: page.title,
    ...head,
    ...(image === undefined ? {} : { figure: figureView(image, page) }),
    ...(page.toc === true ? { contents: outline.headings } : {}),
    body,
  };
}
