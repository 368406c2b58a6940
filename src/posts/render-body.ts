// A post's body rendered once: its HTML and its outline (headings, length), both from one markdown-it parse.
import type { BodyImages, ImageEnvironment } from "../markdown/images.ts";
import type { BodyProblem, ProblemEnvironment } from "../markdown/problems.ts";
import type { Markdown } from "./markdown.ts";
import { outlineOf, type BodyOutline } from "./outline.ts";

export interface RenderedBody {
  readonly html: string;
  readonly outline: BodyOutline;
  /**
   * Warnings found while rendering (TeX that KaTeX cannot read), lines counted in the body. Errors
   * (addresses no browser can read) are found before rendering, by `bodyUrlProblems`.
   */
  readonly problems: readonly BodyProblem[];
}

/**
 * A rendered body with its HTML as UTF-8 bytes: how the build keeps a body for the rest of its run, and how the
 * helper thread sends one (the bytes are moved, not copied). One character beyond Latin-1 (an em dash, a curly
 * quote) makes V8 keep a whole string at two bytes a character, on the heap the garbage collector goes over
 * again and again: at 4,000 posts, the bodies took 36 MiB of it as strings, and take 18 MiB as bytes.
 */
export interface RenderedBodyBytes {
  readonly html: Uint8Array;
  readonly outline: BodyOutline;
  readonly problems: readonly BodyProblem[];
}

/** `body` with its HTML as UTF-8, in memory of its own (never Node's shared pool), which can be moved to another thread. */
export function inBytes(body: RenderedBody): RenderedBodyBytes {
  const html = Buffer.allocUnsafeSlow(Buffer.byteLength(body.html));
  html.write(body.html);
  return { html, outline: body.outline, problems: body.problems };
}

/** The HTML of a body kept as bytes. */
export function htmlOf(body: RenderedBodyBytes): string {
  return Buffer.from(body.html.buffer, body.html.byteOffset, body.html.byteLength).toString();
}

/** Renders Markdown with the build's images (resized ones become `<picture>`s, missing ones are left out). */
export function renderBody(markdown: Markdown, body: string, images: BodyImages): RenderedBody {
  const env: ImageEnvironment & ProblemEnvironment = { images };
  const tokens = markdown.parse(body, env);
  const html = markdown.renderer.render(tokens, markdown.options, env);
  const problems = (env.problems ?? []).filter((problem) => problem.severity === "warning");
  return { outline: outlineOf(tokens), html, problems };
}
