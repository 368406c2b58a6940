// A post's date: the calendar day the author wrote, for people, and the exact instant for machines.
import type { DateTime } from "luxon";
import { formatDisplayDate, formatIsoDate } from "../../src/dates.ts";

export function PostDate({ date, language }: { date: DateTime; language: string }) {
  return <time datetime={formatIsoDate(date)}>{formatDisplayDate(date, language)}</time>;
}
