// Rewrites the Liquid this site does not evaluate into what Jekyll would have produced, and lists what it cannot.
import { lexLiquid, type LiquidToken } from "./liquid-lexer.ts";

export interface ConvertOptions {
  /** The body's first line in the file, so problems name lines of the file. */
  firstLine: number;
  /** The site URL of the post `{% post_url name %}` names, or undefined when there is none. */
  postUrl: (name: string) => string | undefined;
  /** The site's absolute URL (`url` in site.config.ts), for a `{{ site.url }}` that is not followed by a path. */
  siteUrl: string | undefined;
}

export interface ConversionProblem {
  readonly line: number;
  readonly message: string;
}

export interface ConvertedBody {
  readonly body: string;
  /** What could not be converted; it is left as written. */
  readonly problems: readonly ConversionProblem[];
  /** What was converted, by kind (`highlight`, `post_url`, `site.baseurl`…), for the report. */
  readonly converted: ReadonlyMap<string, number>;
}

const SHOWN_AS_WRITTEN = "it shows as written until then.";

/** `"/assets/x.png" | relative_url`: the path, since this site's links are already site-relative. */
const URL_FILTER = /^(["'])(.*)\1\s*\|\s*(relative_url|absolute_url)$/;

interface Highlight {
  language: string;
  line: number;
  source: string;
  code: string;
}

export function convertLiquid(body: string, options: ConvertOptions): ConvertedBody {
  const tokens = lexLiquid(body, options.firstLine);
  const problems: ConversionProblem[] = [];
  const converted = new Map<string, number>();
  const count = (kind: string) => converted.set(kind, (converted.get(kind) ?? 0) + 1);
  let out = "";
  let highlight: Highlight | undefined;
  let needsLineBreak = false;
  const emit = (text: string) => {
    if (highlight) {
      highlight.code += text;
      return;
    }
    if (needsLineBreak && text !== "" && !text.startsWith("\n")) out += "\n";
    if (text !== "") needsLineBreak = false;
    out += text;
  };
  const keep = (token: LiquidToken & { source: string }, message: string) => {
    problems.push({ line: token.line, message: `${token.source} was not converted: ${message}` });
    emit(token.source);
  };

  tokens.forEach((token, index) => {
    switch (token.type) {
      case "text":
        if (token.literal) count("raw");
        emit(token.value);
        return;
      case "comment":
        // Nothing of it is shown; its line breaks stay, so later lines keep their numbers.
        count("comment");
        emit("\n".repeat(token.source.split("\n").length - 1));
        return;
      case "output": {
        const value = convertOutput(token.expression, tokens[index + 1], options.siteUrl);
        if (value === undefined && token.expression.replace(/\s+/g, "") === "site.url") {
          keep(
            token,
            `the site's address is not set. Set url in site.config.ts and import again, or write the address; ${SHOWN_AS_WRITTEN}`,
          );
        } else if (value === undefined) {
          keep(token, `this site does not evaluate Liquid. Replace it with its value; ${SHOWN_AS_WRITTEN}`);
        } else {
          count(token.expression.replace(/\s+/g, " ").startsWith("site.") ? token.expression.trim() : "url filter");
          emit(value);
        }
        return;
      }
      case "tag":
        if (token.name === "highlight") {
          if (highlight) return keep(token, "a highlight block cannot hold another one.");
          highlight = { language: token.args.split(/\s+/)[0] ?? "", line: token.line, source: token.source, code: "" };
          return;
        }
        if (token.name === "endhighlight") {
          if (!highlight) return keep(token, "there is no {% highlight %} before it.");
          const block = highlight;
          highlight = undefined;
          out += fencedCode(out, block);
          needsLineBreak = true;
          count("highlight");
          return;
        }
        if (token.name === "post_url" || token.name === "link") {
          const name = token.args.trim();
          const url = options.postUrl(name);
          if (url === undefined) {
            return keep(
              token,
              `no imported or existing post is "${name}". Link to the post's URL instead; ${SHOWN_AS_WRITTEN}`,
            );
          }
          count(token.name);
          emit(url);
          return;
        }
        if (token.name === "include") {
          return keep(token, `this site has no includes. Replace it with the HTML it produced; ${SHOWN_AS_WRITTEN}`);
        }
        return keep(
          token,
          `"${token.name}" is a Liquid or plugin tag this site does not evaluate. Replace it with what it produced; ${SHOWN_AS_WRITTEN}`,
        );
    }
  });

  if (highlight) {
    const open: Highlight = highlight;
    highlight = undefined;
    problems.push({ line: open.line, message: `${open.source} was not converted: it has no {% endhighlight %}.` });
    emit(open.source + open.code);
  }
  return { body: out, problems, converted };
}

/** The value Jekyll would print for `{{ expression }}`, when it does not depend on anything this site lacks. */
function convertOutput(
  expression: string,
  next: LiquidToken | undefined,
  siteUrl: string | undefined,
): string | undefined {
  const normalised = expression.replace(/\s+/g, " ").trim();
  if (normalised === "site.baseurl") return "";
  if (normalised === "site.url") {
    // Followed by a path (`{{ site.url }}/assets/x.png`, `{{ site.url }}{{ site.baseurl }}/…`): a site-relative link.
    const followedByPath =
      (next?.type === "text" && next.value.startsWith("/")) ||
      (next?.type === "output" && next.expression.replace(/\s+/g, "") === "site.baseurl");
    if (followedByPath) return "";
    return siteUrl;
  }
  return URL_FILTER.exec(normalised)?.[2];
}

/** A Markdown fence for a highlight block, at the indentation of the line it started on, longer than any fence inside. */
function fencedCode(before: string, block: Highlight): string {
  const lastLine = before.slice(before.lastIndexOf("\n") + 1);
  const indent = /^[ \t]*$/.test(lastLine) ? lastLine : "";
  const lineBreak = before === "" || before.endsWith("\n") || indent !== "" ? "" : "\n";
  // Jekyll drops the newlines that open and close the block (and the closing tag's own indentation).
  const code = block.code.replace(/^[\r\n]+/, "").replace(/(\r?\n)+[ \t]*$/, "");
  const longestRun = Math.max(0, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  // Lines already indented like the block (inside a list item) are not indented twice.
  const lines =
    code === ""
      ? []
      : code
          .split("\n")
          .map((line) => (line === "" ? "" : indent + (line.startsWith(indent) ? line.slice(indent.length) : line)));
  return `${lineBreak}${fence}${block.language}\n${lines.map((line) => `${line}\n`).join("")}${indent}${fence}`;
}
