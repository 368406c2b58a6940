// Standalone pages: one route each, at the address the pages folder gives it (`pages/about.md` → `/about/`).
import type { RouteContext, StandalonePageRoute } from "./route.ts";

export function standalonePages({ pages }: RouteContext): StandalonePageRoute[] {
  return pages.map((page) => ({ kind: "page", url: page.url, page }));
}
