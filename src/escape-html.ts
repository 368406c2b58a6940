// The one escaper for markup written as strings (code blocks, in-body <picture>s, feeds); Preact escapes everything else.

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Text for an element or a double-quoted attribute value: `&`, `<`, `>` and `"` escaped, nothing else. This
 * is exactly markdown-it's `escapeHtml`, so markup this site writes reads the same as markup markdown-it
 * writes; `'` stays as it is because every attribute written here is double-quoted.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ESCAPES[character]!);
}
