// A post's body rendered once: its HTML and its outline (headings, length), both from one markdown-it parse.
import type { ImageSet } from "../images/image-set.ts";
import type { ImageEnvironment } from "../images/markdown-images.ts";
import type { Markdown } from "./markdown.ts";
import { outlineOf, type BodyOutline } from "./outline.ts";

export interface RenderedBody {
  readonly html: string;
  readonly outline: BodyOutline;
}

/** Renders Markdown with the build's images (resized ones become `<picture>`s, missing ones are left out). */
export function renderBody(markdown: Markdown, body: string, images: ImageSet): RenderedBody {
  const env: ImageEnvironment = { images };
  const tokens = markdown.parse(body, env);
  return { outline: outlineOf(tokens), html: markdown.renderer.render(tokens, markdown.options, env) };
}
