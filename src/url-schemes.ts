// Which addresses the site may link to or load: every check on a URL's scheme (front matter, settings, authors, Markdown) asks here.

/** RFC 3986's scheme: a letter, then letters, digits, `+`, `.` or `-`, then a colon (`https:`, `mailto:`, `javascript:`). */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const HTTP = /^https?:\/\//i;

/** Whether the address starts with a scheme: `javascript:alert(1)` and `https://x` do, `assets/x.jpg` and `//x` do not. */
export function hasScheme(address: string): boolean {
  return SCHEME.test(address);
}

/**
 * Somebody else's address, used exactly as written: one with a scheme, or protocol-relative (`//cdn.example/x.js`,
 * which browsers read as another host). Everything else is a path on this site.
 */
export function isElsewhere(address: string): boolean {
  return hasScheme(address) || address.startsWith("//");
}

/**
 * What an `image`, an author's `avatar` or a settings file path may be: a path under the site (`assets/images/x.jpg`,
 * `/assets/x.jpg`, `//cdn.example/x.jpg`) or an http(s) URL; never `javascript:`, `data:` or any other scheme a
 * browser would run or that no reader could follow.
 */
export function isSitePathOrHttpUrl(address: string): boolean {
  return HTTP.test(address) || !hasScheme(address);
}

/** A link readers follow (an author's site): `http://` or `https://`, then an address without spaces; nothing else. */
export function isHttpUrl(address: string): boolean {
  return /^https?:\/\/\S+$/i.test(address);
}

/**
 * Whether an attribute value an author wrote (kramdown's `{: href="…"}`) would run script or load inline data
 * in a browser: `javascript:`, `vbscript:` or `data:`, however it is cased, and with the control characters and
 * spaces browsers ignore inside a scheme (`java\nscript:`) taken out first. Other schemes (`mailto:`) are links.
 */
export function runsScript(value: string): boolean {
  return /^(?:javascript|vbscript|data):/i.test(squeezed(value));
}

/** The value as a browser reads a URL's scheme: without control characters, format characters or spaces. */
export function squeezed(value: string): string {
  return value.replace(/[\p{Cc}\p{Cf}\s]/gu, "");
}
