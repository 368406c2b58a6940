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

/** Renders Markdown with the build's images (resized ones become `<picture>`s, missing ones are left out). */
export function renderBody(markdown: Markdown, body: string, images: BodyImages): RenderedBody {
  const env: ImageEnvironment & ProblemEnvironment = { images };
  const tokens = markdown.parse(body, env);
  const html = markdown.renderer.render(tokens, markdown.options, env);
  const problems = (env.problems ?? []).filter((problem) => problem.severity === "warning");
  return { outline: outlineOf(tokens), html, problems };
}
