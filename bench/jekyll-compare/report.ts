// The comparison as a person reads it: a table per blog, a total, then every post that did not match, by cause.
import { groupCauses, type BlogComparison } from "./compare.ts";

export interface Totals {
  jekyll: number;
  built: number;
  urlMatches: number;
  titleMatches: number;
  dateMatches: number;
}

export function totals(comparisons: readonly BlogComparison[]): Totals {
  const sum = (pick: (comparison: BlogComparison) => number) =>
    comparisons.reduce((total, comparison) => total + pick(comparison), 0);
  return {
    jekyll: sum((c) => c.jekyll),
    built: sum((c) => c.built),
    urlMatches: sum((c) => c.urlMatches),
    titleMatches: sum((c) => c.titleMatches),
    dateMatches: sum((c) => c.dateMatches),
  };
}

/** Posts whose URL, title and date all match, as a share of the posts Jekyll builds. */
export function matchingShare(comparison: Pick<BlogComparison, "jekyll"> & { fullMatches: number }): string {
  if (comparison.jekyll === 0) return "–";
  return `${((100 * comparison.fullMatches) / comparison.jekyll).toFixed(1)}%`;
}

/** Posts whose URL, title and date all match Jekyll's. */
export function fullMatches(comparison: BlogComparison): number {
  const differing = new Set(comparison.differences.map((difference) => difference.path));
  return comparison.urlMatches - differing.size;
}

const HEADERS = ["blog", "jekyll", "pages here", "URL =", "title =", "date =", "all ="];

export function formatTable(comparisons: readonly BlogComparison[]): string {
  const rows = comparisons.map((c) => [
    c.note === undefined ? c.blog : `${c.blog} (${c.note})`,
    String(c.jekyll),
    String(c.built),
    String(c.urlMatches),
    String(c.titleMatches),
    String(c.dateMatches),
    matchingShare({ jekyll: c.jekyll, fullMatches: fullMatches(c) }),
  ]);
  const all = totals(comparisons);
  const full = comparisons.reduce((total, c) => total + fullMatches(c), 0);
  rows.push([
    "total",
    String(all.jekyll),
    String(all.built),
    String(all.urlMatches),
    String(all.titleMatches),
    String(all.dateMatches),
    matchingShare({ jekyll: all.jekyll, fullMatches: full }),
  ]);
  const widths = HEADERS.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join("  ");
  return [
    line(HEADERS),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...rows.slice(0, -1).map(line),
    widths.map((width) => "-".repeat(width)).join("  "),
    line(rows.at(-1)!),
  ].join("\n");
}

/** Every post without a page at Jekyll's URL, grouped by cause; then every matched post whose title or date differs. */
export function formatUnmatched(comparisons: readonly BlogComparison[]): string {
  const lines: string[] = [];
  const groups = groupCauses(comparisons);
  if (groups.length > 0) lines.push("Posts Jekyll builds that have no page at the same URL here, by cause:");
  for (const group of groups) {
    lines.push("", `${group.posts.length} × ${group.cause}`);
    for (const post of group.posts)
      lines.push(`    ${post.blog}/${post.path}${post.detail === undefined ? "" : `: ${post.detail}`}`);
  }
  const differences = comparisons.flatMap((c) => c.differences.map((difference) => ({ blog: c.blog, ...difference })));
  for (const field of ["title", "date"] as const) {
    const list = differences.filter((difference) => difference.field === field);
    if (list.length === 0) continue;
    lines.push("", `${list.length} × same URL, different ${field}:`);
    for (const item of list)
      lines.push(
        `    ${item.blog}/${item.path}: jekyll ${JSON.stringify(item.jekyll)} vs here ${JSON.stringify(item.here)}`,
      );
  }
  return lines.join("\n");
}
