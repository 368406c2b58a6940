// Text files as every reader here takes them (posts, pages, the authors file, a Jekyll site's files), so line numbers agree.

/**
 * The text without a leading byte order mark (Windows editors write one) and with every line ending a
 * `\n` (Windows' `\r\n` and old Macs' `\r`): YAML and Markdown then see the same lines the author sees,
 * and a line number counted here is the one `npm run check`, the build and the importer all report.
 */
export function normaliseText(source: string): string {
  return source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
