// markdown-it plugin: a Markdown image is shown as the build's images say: a resized <picture>, left out when missing, else as written.
import type { Env, MarkdownIt } from "markdown-it";

/**
 * What the renderer asks of the build's images (src/images/image-set.ts answers). The plugin knows no file or
 * format, so reading and rendering posts never imports the image pipeline, which runs after posts are read.
 */
export interface BodyImages {
  /** Whether `src` is a local image whose file does not exist: the body leaves it out rather than show it broken. */
  isMissing(src: string): boolean;
  /** The markup for the image at `src` in a body (a resized `<picture>`), or undefined to keep the image as written. */
  bodyImageHtml(src: string, text: { readonly alt: string; readonly title?: string }): string | undefined;
}

/** What the renderer needs from the caller: `markdown.render(body, { images })`. */
export interface ImageEnvironment extends Env {
  images?: BodyImages;
}

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
            ? images.isMissing(String(child.attrGet("src") ?? ""))
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
    const src = String(token.attrGet("src") ?? "");
    if (images.isMissing(src)) return "";
    const html = images.bodyImageHtml(src, {
      alt: self.renderInlineAsText(token.children ?? [], options, env ?? {}),
      title: token.attrGet("title")?.toString(),
    });
    return html ?? renderDefault(tokens, index, options, env, self);
  };
}
