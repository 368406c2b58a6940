// A post's date as a link to the archive of its month.
import type { DateTime } from "luxon";
import { monthArchiveUrl } from "../../src/pages/urls.ts";
import { PostDate } from "./post-date.tsx";

export function DateLink({ date, language }: { date: DateTime; language: string }) {
  return (
    <a class="date-link" href={monthArchiveUrl(date)}>
      <PostDate date={date} language={language} />
    </a>
  );
}
