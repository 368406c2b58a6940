// Finds the settings object of `site.config.ts` in its text, so keys can be added or replaced without touching the rest.

export interface PropertySpan {
  readonly key: string;
  /** Offsets in the text: where the value starts, and where it ends (before the comma, if any). */
  readonly valueStart: number;
  readonly valueEnd: number;
}

export interface ObjectLiteral {
  /** Offset of `{` and of its `}`. */
  readonly open: number;
  readonly close: number;
  /** The top-level properties written as `key: value`, in order. */
  readonly properties: readonly PropertySpan[];
  /** Whether the last property is followed by a comma. */
  readonly trailingComma: boolean;
}

/**
 * The object literal after `defineSite(` (else after `export default`). A small scanner that skips strings,
 * template literals and comments; anything it cannot read (a spread, a shorthand, a computed key) makes it
 * return undefined, and the caller then writes nothing and prints the settings instead.
 */
export function findSettingsObject(text: string): ObjectLiteral | undefined {
  const call = /\bdefineSite\s*\(\s*\{/.exec(text) ?? /\bexport\s+default\s+\{/.exec(text);
  if (!call) return undefined;
  const open = call.index + call[0].length - 1;
  const properties: PropertySpan[] = [];
  let depth = 0;
  let segmentStart = open + 1;
  let lastCode = -1;
  const finish = (end: number): boolean => {
    const segment = text.slice(segmentStart, end);
    if (stripComments(segment).trim() === "") return true;
    const match =
      /^(\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/|\s)*)([A-Za-z_$][\w$]*|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*:/.exec(
        segment,
      );
    if (!match) return false;
    const rawKey = match[2]!;
    const key = /^["']/.test(rawKey) ? (JSON.parse(`"${rawKey.slice(1, -1).replace(/"/g, '\\"')}"`) as string) : rawKey;
    let valueEnd = end;
    while (valueEnd > segmentStart && /\s/.test(text[valueEnd - 1]!)) valueEnd -= 1;
    properties.push({
      key,
      valueStart: segmentStart + match[0].length,
      valueEnd: trimTrailingComments(text, segmentStart + match[0].length, valueEnd),
    });
    return true;
  };
  for (let index = open; index < text.length; index += 1) {
    const char = text[index]!;
    const skipped = skipLiteral(text, index);
    if (skipped !== index) {
      if (!text.startsWith("//", index) && !text.startsWith("/*", index)) lastCode = skipped - 1;
      index = skipped - 1;
      continue;
    }
    if (/\s/.test(char)) continue;
    if (char === "{" || char === "[" || char === "(") depth += 1;
    else if (char === "}" || char === "]" || char === ")") {
      depth -= 1;
      if (depth === 0) {
        if (!finish(index)) return undefined;
        const trailingComma = lastCode >= 0 && text[lastCode] === ",";
        return { open, close: index, properties, trailingComma };
      }
    } else if (char === "," && depth === 1) {
      if (!finish(index)) return undefined;
      segmentStart = index + 1;
    }
    lastCode = index;
  }
  return undefined;
}

/** The index after a string, template literal or comment starting at `index`, else `index`. */
function skipLiteral(text: string, index: number): number {
  const char = text[index];
  if (text.startsWith("//", index)) {
    const end = text.indexOf("\n", index);
    return end === -1 ? text.length : end;
  }
  if (text.startsWith("/*", index)) {
    const end = text.indexOf("*/", index + 2);
    return end === -1 ? text.length : end + 2;
  }
  if (char === '"' || char === "'" || char === "`") {
    for (let at = index + 1; at < text.length; at += 1) {
      if (text[at] === "\\") at += 1;
      else if (text[at] === char) return at + 1;
    }
    return text.length;
  }
  return index;
}

function stripComments(segment: string): string {
  return segment.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, "");
}

/** A value followed by a comment on its line (`url: "x", // why`) ends before the comment. */
function trimTrailingComments(text: string, start: number, end: number): number {
  let at = start;
  let last = start;
  while (at < end) {
    const skipped = skipLiteral(text, at);
    if (skipped !== at) {
      if (text.startsWith("//", at) || text.startsWith("/*", at)) {
        at = skipped;
        continue;
      }
      at = skipped;
      last = at;
      continue;
    }
    if (!/\s/.test(text[at]!)) last = at + 1;
    at += 1;
  }
  return last;
}
