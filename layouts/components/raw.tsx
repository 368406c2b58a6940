// The one door for raw HTML into a page. Everything else a layout shows is escaped by Preact.
// Reviewers: grep for `<Raw` to see every place unescaped HTML enters the site.

/**
 * Inserts HTML that the site itself rendered, unescaped, as the content of an element (a <div> unless
 * `as` says otherwise): a post's Markdown body, or markup Preact rendered once and reuses (SharedMarkup).
 */
export function Raw({
  html,
  as: Tag = "div",
  className,
}: {
  html: string;
  as?: "div" | "article" | "header" | "footer" | "li";
  className?: string;
}) {
  return <Tag class={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * Structured data for search engines (JSON-LD), which must be a <script> element's raw text. Every
 * value is the site's data, not HTML: it is serialised with `<`, `>` and `&` written as \u escapes, so
 * no title can close the script (`</script>`) or open a comment, and the JSON still reads the same.
 */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }} />;
}

const SCRIPT_UNSAFE: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/** JSON that can sit inside an HTML <script>: only escapes that JSON itself defines, so parsers read it unchanged. */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => SCRIPT_UNSAFE[character]!);
}

/**
 * The one inline script: before the page is painted, it marks that scripts run (so the theme toggle shows)
 * and applies the colour theme the reader chose, so a dark page never flashes white. It is the site's own
 * constant text, never data; everything else a page runs comes from /assets/js/site.js.
 */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}

const THEME_SCRIPT =
  '(function(){var d=document.documentElement;d.setAttribute("data-js","");' +
  'try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")d.setAttribute("data-theme",t)}catch(e){}})()';
