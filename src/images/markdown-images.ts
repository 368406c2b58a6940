// markdown-it plugin: a local Markdown image becomes a responsive <picture>, or is left out if missing; remote ones stay as written.
import type { Env, MarkdownIt } from "markdown-it";
import type { ImageSet } from "./image-set.ts";
import { pictureHtml } from "./picture.ts";

/** What the renderer needs from the caller: `markdown.render(body, { images })`. */
export interface ImageEnvironment extends Env {
  images?: ImageSet;
}

/** An in-body image fills the text column at most: 44rem on wide screens, the screen less its margins on phones. */
export const BODY_IMAGE_SIZES = "(min-width: 48rem) 44rem, calc(100vw - 2rem)";

export function markdownImages(markdown: MarkdownIt): void {
  // A paragraph holding nothing but missing images would be left as an empty <p>: hide its tags too.
  markdown.core.ruler.push("missing_image_paragraphs", (state) => {
    const images = (state.env as ImageEnvironment | undefined)?.images;
    if (images === undefined) return;
    state.tokens.forEach((token, index) => {
      const open = state.tokens[index - 1];
      const close = state.tokens[index + 1];
      if (token.type !== "inline" || open?.type !== "paragraph_open" || close?.type !== "paragraph_close") return;
      const children = token.children ?? [];
      const onlyMissing =
        children.some((child) => child.type === "image") &&
        children.every((child) =>
          child.type === "image"
            ? images.lookup(String(child.attrGet("src") ?? "")).kind === "missing"
            : child.type === "softbreak" || (child.type === "text" && child.content.trim() === ""),
        );
      if (onlyMissing) open.hidden = close.hidden = true;
    });
  });
  const renderDefault = markdown.renderer.rules.image!;
  markdown.renderer.rules.image = (tokens, index, options, env: Env | undefined, self) => {
    const token = tokens[index]!;
    const images = (env as ImageEnvironment | undefined)?.images;
    // Without an image set (Markdown rendered outside a build, as unit tests do) images stay as written.
    if (images === undefined) return renderDefault(tokens, index, options, env, self);
    const found = images.lookup(String(token.attrGet("src") ?? ""));
    if (found.kind === "missing") return "";
    if (found.kind === "as-is") return renderDefault(tokens, index, options, env, self);
    return pictureHtml(found.picture, {
      alt: self.renderInlineAsText(token.children ?? [], options, env ?? {}),
      title: token.attrGet("title")?.toString(),
      sizes: BODY_IMAGE_SIZES,
      loading: "lazy",
    });
  };
}
