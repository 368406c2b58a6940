// Rule: Liquid (`{% … %}`, `{{ … }}`) and kramdown syntax that this site shows as written, outside code.
import { kramdownLeftovers } from "../../jekyll-import/kramdown-attributes.ts";
import { liquidLeftovers } from "../../jekyll-import/liquid-leftovers.ts";
import { warning } from "../diagnostic.ts";
import type { Rule } from "../rule.ts";

const NAME = "leftover-syntax";

export const leftoverSyntax: Rule = {
  name: NAME,
  description: "Liquid tags and kramdown syntax that the site shows as written.",
  check({ posts, sources }) {
    return posts.flatMap(({ post }) => [
      ...liquidLeftovers(sources.markdown, post.body, post.bodyLine).map(({ line, source, value }) =>
        warning(
          NAME,
          post.source,
          line,
          `${source} is a Liquid ${value}, which this site does not evaluate: readers see it as written. Replace it with what it produced on the old site, or put it in a code span if it is meant to be shown.`,
        ),
      ),
      ...kramdownLeftovers(sources.markdown, post.body, post.bodyLine).map(({ line, source, value }) =>
        warning(
          NAME,
          post.source,
          line,
          `${source} is a kramdown ${value}, which this site's Markdown does not read: readers see it as written. Remove it, or write the element as Markdown or HTML.`,
        ),
      ),
    ]);
  },
};
