// kramdown's attribute lists (`{: .class #id key="v" ref}`), read into attributes that are safe to put on a tag.
import type { Token } from "markdown-it";
import { runsScript, squeezed } from "../url-schemes.ts";

/** What an attribute list gives a tag, in the order the author wrote it. */
export type Attributes = Array<[name: string, value: string]>;

/** Attribute list definitions (`{:refname: .class}`) met so far in one document, by name. */
export interface AttributeEnvironment {
  kramdownAld?: Map<string, Attributes>;
}

/**
 * A whole attribute list: `{:` (kramdown) or `{` followed by `.` or `#` (markdown-it-attrs, Pandoc), up
 * to the first `}` outside quotes. The `{.`/`{#` form needs its first character so `{foo}` stays text.
 */
const LIST = /^\{(?::(?!:)|(?=[.#]))((?:[^}"']|"[^"]*"|'[^']*')*)\}/;
/** `{:name: …}`: a definition, which applies to nothing where it stands. */
const DEFINITION = /^\{:([\w-]+):((?:[^}"']|"[^"]*"|'[^']*')*)\}/;
/** One item of a list: `.class`, `#id`, `key="value"`, `key='value'`, `key=value`, or a definition's name. */
const ITEM = /\s*(?:\.([^\s.#"'=}]+)|#([^\s.#"'=}]+)|([^\s"'=}]+)=(?:"([^"]*)"|'([^']*)'|([^\s"'}]*))|([\w-]+))/y;

/** A syntactically valid HTML attribute name that is not an event handler (`onclick`) or `srcdoc`. */
const SAFE_NAME = /^(?!on|srcdoc$)[a-z_:][-a-z0-9_:.]*$/i;

export interface ParsedList {
  /** The attributes, unsafe ones already dropped. */
  readonly attributes: Attributes;
  /** Characters of the source the list took, braces included. */
  readonly length: number;
  /** Set for a definition (`{:name: …}`): the name it defines. */
  readonly defines?: string;
  /** The bare words, such as `toc` in `{:toc}`: names of definitions, or kramdown's own markers. */
  readonly references: readonly string[];
}

/** Reads the attribute list that starts `text`, or undefined when `text` does not start with one. */
export function parseAttributeList(text: string, env: AttributeEnvironment | undefined): ParsedList | undefined {
  const definition = DEFINITION.exec(text);
  const match = definition ?? LIST.exec(text);
  if (match === null) return undefined;
  const body = definition ? definition[2]! : match[1]!;
  const attributes: Attributes = [];
  const references: string[] = [];
  ITEM.lastIndex = 0;
  let position = 0;
  while (position < body.length) {
    ITEM.lastIndex = position;
    const item = ITEM.exec(body);
    if (item === null) {
      if (body.slice(position).trim() === "") break;
      return undefined; // not an attribute list after all (`{: this is prose}` stays text)
    }
    position = ITEM.lastIndex;
    const [, className, id, key, doubleQuoted, singleQuoted, bare, reference] = item;
    if (className !== undefined) attributes.push(["class", className]);
    else if (id !== undefined) attributes.push(["id", id]);
    else if (key !== undefined) attributes.push([key, doubleQuoted ?? singleQuoted ?? bare ?? ""]);
    else if (reference !== undefined) {
      references.push(reference);
      attributes.push(...(env?.kramdownAld?.get(reference) ?? []));
    }
  }
  const safe = attributes.filter(([name, value]) => isSafe(name, value));
  if (definition) {
    const store = (env!.kramdownAld ??= new Map());
    store.set(definition[1]!, safe);
    return { attributes: [], length: match[0].length, defines: definition[1]!, references };
  }
  return { attributes: safe, length: match[0].length, references };
}

/** Whether an attribute from an author's list may reach the page: no handlers, no script or data URLs. */
export function isSafe(name: string, value: string): boolean {
  if (!SAFE_NAME.test(name) || runsScript(value)) return false;
  return !(name.toLowerCase() === "style" && /expression\(|javascript:|url\(/i.test(squeezed(value)));
}

/** Puts attributes on a token: classes are added to its own, any other attribute replaces the one it had. */
export function applyAttributes(token: Token, attributes: Attributes): void {
  for (const [name, value] of attributes) {
    if (name === "class") token.attrJoin("class", value);
    else token.attrSet(name, value);
  }
}
