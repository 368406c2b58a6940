// When a post last changed (`last_modified_at` or `updated`), shown in the site's zone.
import type { DateTime } from "luxon";
import type { SiteSettings } from "../../src/site.ts";
import { PostDate } from "./post-date.tsx";

export function UpdatedDate({ date, site }: { date: DateTime; site: Pick<SiteSettings, "timeZone" | "language"> }) {
  return (
    <span class="post__updated">
      Updated <PostDate date={date.setZone(site.timeZone)} language={site.language} />
    </span>
  );
}
