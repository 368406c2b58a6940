// The `sanitize` setting: for blogs that publish posts from people they do not trust, the rendered body is cleaned
// of scripts, event handlers and script URLs by sanitize-html (a well-kept sanitizer built on htmlparser2).
import type { MarkdownIt } from "markdown-it";
import type sanitizeHtmlModule from "sanitize-html";
import { onFirstUse } from "../load-on-first-use.ts";

/** Loaded only by sites that turn `sanitize` on. */
const sanitizer = onFirstUse<typeof sanitizeHtmlModule>("sanitize-html");

/** MathML, which KaTeX writes beside its HTML so screen readers can read the formula. */
const MATHML = [
  "math",
  "semantics",
  "annotation",
  "mrow",
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "mspace",
  "msup",
  "msub",
  "msubsup",
  "mfrac",
  "msqrt",
  "mroot",
  "mover",
  "munder",
  "munderover",
  "mtable",
  "mtr",
  "mtd",
  "mstyle",
  "mpadded",
  "mphantom",
  "menclose",
];

/**
 * What a post may keep: everything Markdown, the build's own markup (pictures, heading links, footnotes,
 * highlighted code, KaTeX) and ordinary HTML an author writes (figures, details, tables). Not kept: script,
 * style, iframe, object, embed, form controls, any `on*` attribute, inline styles (but KaTeX's sizes), and
 * URLs other than http(s), mailto and site paths.
 */
const options = (sanitizeHtml: typeof sanitizeHtmlModule): sanitizeHtmlModule.IOptions => ({
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    "img",
    "picture",
    "source",
    "figure",
    "figcaption",
    "details",
    "summary",
    "del",
    "ins",
    "sup",
    "sub",
    "kbd",
    "mark",
    "small",
    "abbr",
    "dl",
    "dt",
    "dd",
    "hr",
    "br",
    "section",
    "span",
    "div",
    "svg",
    "path",
    "line",
    "rect",
    "circle",
    "g",
    "use",
    ...MATHML,
  ],
  allowedAttributes: {
    "*": ["id", "class", "title", "lang", "dir", "role", "aria-*", "data-*"],
    span: ["style"],
    // Code blocks scroll sideways: the build makes them focusable so keyboards can scroll them.
    pre: ["tabindex"],
    a: ["href", "rel", "target", "name"],
    img: ["src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding"],
    source: ["srcset", "sizes", "type", "media", "width", "height"],
    td: ["colspan", "rowspan", "align"],
    th: ["colspan", "rowspan", "align", "scope"],
    ol: ["start", "reversed", "type"],
    abbr: ["title"],
    svg: ["viewBox", "width", "height", "xmlns", "aria-hidden", "focusable", "preserveAspectRatio"],
    path: ["d"],
    use: ["href"],
    math: ["xmlns", "display"],
    annotation: ["encoding"],
    mo: ["stretchy", "fence", "separator", "lspace", "rspace", "form", "minsize", "maxsize"],
    mstyle: ["scriptlevel", "displaystyle", "mathcolor"],
    mspace: ["width"],
    mpadded: ["width", "height", "depth", "voffset"],
    mtable: ["rowspacing", "columnspacing", "columnalign"],
    menclose: ["notation"],
  },
  // KaTeX sizes and places its boxes with inline styles; nothing else may style (or cover) the page.
  allowedStyles: {
    span: Object.fromEntries(
      [
        "height",
        "vertical-align",
        "top",
        "margin-left",
        "margin-right",
        "width",
        "min-width",
        "border-bottom-width",
      ].map((property) => [property, [/^-?[\d.]+(?:em|ex|px|%)?$/]]),
    ),
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href", "src", "srcset", "cite"],
  allowProtocolRelative: true,
  // A dropped element's text stays (a <button>'s label, say), except where it is code or styling.
  disallowedTagsMode: "discard",
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "template"],
});

/** Cleans every rendered body, after every other rule has run (so the build's own markup is cleaned too). */
export function sanitizePlugin(markdown: MarkdownIt): void {
  const sanitizeHtml = sanitizer();
  const cleaning = options(sanitizeHtml);
  const render = markdown.renderer.render.bind(markdown.renderer);
  markdown.renderer.render = (tokens, renderOptions, env) => sanitizeHtml(render(tokens, renderOptions, env), cleaning);
}
