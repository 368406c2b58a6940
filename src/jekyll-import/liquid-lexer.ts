// Splits a Jekyll post's body into text and Liquid (`{% tag %}`, `{{ output }}`), with the line of each piece.

export type LiquidToken =
  /** Text as written. `literal` marks the inside of `{% raw %}`, which Jekyll never evaluates. */
  | { readonly type: "text"; readonly value: string; readonly line: number; readonly literal?: boolean }
  /** `{% name args %}`; `source` is the tag as written. */
  | {
      readonly type: "tag";
      readonly name: string;
      readonly args: string;
      readonly source: string;
      readonly line: number;
    }
  /** `{{ expression }}`. */
  | { readonly type: "output"; readonly expression: string; readonly source: string; readonly line: number }
  /** `{% comment %}…{% endcomment %}`: Jekyll shows nothing of it. */
  | { readonly type: "comment"; readonly source: string; readonly line: number };

const OPENING = /\{%|\{\{/g;

/** `{%- endraw -%}` and `{% endraw %}` alike. */
function closingTag(name: string): RegExp {
  return new RegExp(`\\{%-?\\s*${name}\\s*-?%\\}`, "g");
}

/** Liquid's whitespace control (`{%-`, `-%}`) changes spacing only; the tag is read the same. */
function tagParts(inner: string): { name: string; args: string } {
  const trimmed = inner.replace(/^-/, "").replace(/-$/, "").trim();
  const [name = "", ...rest] = trimmed.split(/\s+/);
  return { name, args: rest.join(" ") };
}

/** `firstLine` is the body's first line in the file, so every token carries its line in the file. */
export function lexLiquid(body: string, firstLine: number): LiquidToken[] {
  const tokens: LiquidToken[] = [];
  let line = firstLine;
  let position = 0;
  const pushText = (value: string, literal = false) => {
    if (value === "") return;
    tokens.push(literal ? { type: "text", value, line, literal } : { type: "text", value, line });
    line += value.split("\n").length - 1;
  };
  while (position < body.length) {
    OPENING.lastIndex = position;
    const opening = OPENING.exec(body);
    if (!opening) break;
    pushText(body.slice(position, opening.index));
    const isTag = opening[0] === "{%";
    const end = body.indexOf(isTag ? "%}" : "}}", opening.index + 2);
    if (end === -1) {
      // An opening with no closing is text to Liquid too.
      pushText(body.slice(opening.index));
      position = body.length;
      break;
    }
    const source = body.slice(opening.index, end + 2);
    const inner = body.slice(opening.index + 2, end);
    position = end + 2;
    if (!isTag) {
      tokens.push({ type: "output", expression: inner.replace(/^-/, "").replace(/-$/, "").trim(), source, line });
      line += source.split("\n").length - 1;
      continue;
    }
    const { name, args } = tagParts(inner);
    if (name === "raw" || name === "comment") {
      const closing = closingTag(`end${name}`);
      closing.lastIndex = position;
      const close = closing.exec(body);
      const stop = close ? close.index : body.length;
      const content = body.slice(position, stop);
      const after = close ? close.index + close[0].length : body.length;
      if (name === "raw") {
        line += source.split("\n").length - 1;
        pushText(content, true);
        line += (close?.[0] ?? "").split("\n").length - 1;
      } else {
        const whole = body.slice(opening.index, after);
        tokens.push({ type: "comment", source: whole, line });
        line += whole.split("\n").length - 1;
      }
      position = after;
      continue;
    }
    tokens.push({ type: "tag", name, args, source, line });
    line += source.split("\n").length - 1;
  }
  pushText(body.slice(position));
  return tokens;
}
