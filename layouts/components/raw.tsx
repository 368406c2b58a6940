// The one door for raw HTML into a page. Everything else a layout shows is escaped by Preact.
// Reviewers: grep for `<Raw` to see every place unescaped HTML enters the site.

/** Inserts HTML that the site itself rendered (a post's Markdown body), unescaped. */
export function Raw({ html, className }: { html: string; className?: string }) {
  return <div class={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
