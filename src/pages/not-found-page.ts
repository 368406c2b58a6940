// The 404 page: one file that static hosts serve for every URL the site does not have.
import type { NotFoundRoute } from "./route.ts";
import { notFoundUrl } from "./urls.ts";

export function notFoundPage(): NotFoundRoute[] {
  return [{ kind: "not-found", url: notFoundUrl() }];
}
