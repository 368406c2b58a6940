// Reads a built page as a reader's tools see it: elements by CSS-like class, their text and attributes.
import { DomUtils, parseDocument } from "htmlparser2";
import type { Element } from "domhandler";

const { findAll, findOne, textContent } = DomUtils;

export interface Dom {
  /** Elements whose class list has `className` (and, if given, whose tag is `tag`), in document order. */
  byClass(className: string, tag?: string): Element[];
  /** Elements with the tag name. */
  byTag(tag: string): Element[];
  /** The first element with the id. */
  byId(id: string): Element | undefined;
}

export function dom(html: string | Element): Dom {
  const children = typeof html === "string" ? parseDocument(html).children : [html];
  const all = () => findAll(() => true, children);
  return {
    byClass: (className, tag) =>
      all().filter(
        (element) =>
          (element.attribs.class ?? "").split(/\s+/).includes(className) && (tag === undefined || element.name === tag),
      ),
    byTag: (tag) => all().filter((element) => element.name === tag),
    byId: (id) => findOne((element) => element.attribs.id === id, children) ?? undefined,
  };
}

/** The element's text, whitespace collapsed, as a screen reader would run it together. */
export function text(element: Element | undefined): string {
  return element === undefined ? "" : textContent(element).replace(/\s+/g, " ").trim();
}
