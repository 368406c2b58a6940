// The one place for time: every date is parsed and formatted here with luxon, in an explicit zone.
import { DateTime, FixedOffsetZone } from "luxon";

/**
 * Date forms accepted in front matter, Jekyll's included:
 * `2025-10-31`, `2025-10-31 11:24`, `2025-10-31T11:24:46`, `2025-10-31 08:15:00 +0000`,
 * `2025-10-31T08:15:00.123-08:00`, `2025-10-31T08:15:00Z`.
 */
const DATE_PATTERN =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2,3})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * `11-9-2017`: day, month, year, which Jekyll (Ruby's Time.parse) reads as 11 September 2017. Seconds
 * written with three digits (`17:54:012`) are read by Ruby too, so DATE_PATTERN takes them.
 */
const DAY_FIRST_PATTERN = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

/** `YYYY-MM-DD-` at the start of a Jekyll post's file name; Jekyll also takes `2016-1-5-`. */
const FILE_NAME_DATE = /^(\d{4}-\d{1,2}-\d{1,2})-/;

export const DATE_FORMS_HINT = "Use YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS or YYYY-MM-DD HH:MM:SS +0000.";

/**
 * Reads a front matter date. Without an offset it is a wall-clock time in `timeZone`; with one, it is
 * that instant, seen in `timeZone` (as Jekyll sees it). Returns undefined for anything that is not a real
 * date, or whose offset is beyond ±18:00.
 */
export function parsePostDate(text: string, timeZone: string): DateTime | undefined {
  const dayFirst = DAY_FIRST_PATTERN.exec(text.trim());
  if (dayFirst) return parsePostDate(`${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}`, timeZone);
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = "0", minute = "0", second = "0", fraction = "0", offset] = match;
  const zone = offset === undefined ? timeZone : parseOffset(offset);
  if (zone === undefined) return undefined;
  const date = DateTime.fromObject(
    {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: Number(hour),
      minute: Number(minute),
      second: Number(second),
      millisecond: Math.floor(Number(`0.${fraction}`) * 1000),
    },
    { zone },
  );
  // Shown, archived and put in URLs in the site's zone, as Jekyll converts every date to its `timezone`:
  // `2025-12-31 23:30 -0800` on a UTC site is a post of January 1st. The instant is unchanged.
  return date.isValid ? date.setZone(timeZone) : undefined;
}

/** The date at the start of a Jekyll file name (`2025-10-31-title.md`, `2016-1-05-x.md`), at midnight in `timeZone`. */
export function dateFromFileName(fileName: string, timeZone: string): DateTime | undefined {
  const match = FILE_NAME_DATE.exec(fileName);
  return match ? parsePostDate(match[1]!, timeZone) : undefined;
}

/** `Z`, `+0000`, `-08:00` as a fixed-offset zone. */
function parseOffset(offset: string): FixedOffsetZone | undefined {
  if (offset.toUpperCase() === "Z") return FixedOffsetZone.utcInstance;
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  // No zone on Earth is more than 14 hours from UTC; ISO 8601 and Ruby allow up to 18, and beyond is a typo.
  if (minutes > 59 || hours * 60 + minutes > MAX_OFFSET_MINUTES) return undefined;
  return FixedOffsetZone.instance(sign * (hours * 60 + minutes));
}

/** ±18:00, the widest offset ISO 8601 (and Ruby's Time) accept. */
const MAX_OFFSET_MINUTES = 18 * 60;

export interface CalendarParts {
  readonly year: string;
  readonly month: string;
  readonly day: string;
}

/** Memoised per DateTime: archive links on every post card ask for them, and luxon's toFormat is slow. */
const calendars = new WeakMap<DateTime, CalendarParts>();

/** Day, month and year in the site's zone, for URLs and archives: `{ year: "2025", month: "10", day: "31" }`. */
export function calendarParts(date: DateTime): CalendarParts {
  let parts = calendars.get(date);
  if (parts === undefined) {
    parts = { year: date.toFormat("yyyy"), month: date.toFormat("MM"), day: date.toFormat("dd") };
    calendars.set(date, parts);
  }
  return parts;
}

/**
 * Formatting is memoised per DateTime: a post's date is shown on its page and on every list it is on
 * (home, categories, tags), and luxon's Intl formatting was a few percent of a build. Keyed weakly by
 * the DateTime object, so a date that is no longer used is forgotten with it.
 */
const displayDates = new WeakMap<DateTime, Map<string, string>>();
const isoDates = new WeakMap<DateTime, string>();
const rfc3339Dates = new WeakMap<DateTime, Map<string, string>>();

/** "31 October 2025" in the site's language: for people. */
export function formatDisplayDate(date: DateTime, language: string): string {
  let byLanguage = displayDates.get(date);
  if (!byLanguage) displayDates.set(date, (byLanguage = new Map()));
  let text = byLanguage.get(language);
  if (text === undefined)
    byLanguage.set(language, (text = date.setLocale(language).toLocaleString(DateTime.DATE_FULL)));
  return text;
}

/** `2025-10-31T11:24:46.000+00:00`: for `<time datetime>`, feeds and sitemaps. */
export function formatIsoDate(date: DateTime): string {
  let text = isoDates.get(date);
  if (text === undefined) isoDates.set(date, (text = date.toISO() ?? ""));
  return text;
}

/**
 * `2025-10-31T20:24:46+09:00`: RFC 3339 for feeds, sitemaps and social cards. The instant is kept and
 * shown in the site's zone, so every date a machine reads has the same offset whatever the author wrote.
 */
export function formatRfc3339(date: DateTime, timeZone: string): string {
  // A post's date is written on its page and in every feed that carries it (the site's, its categories', its tags').
  let byZone = rfc3339Dates.get(date);
  if (!byZone) rfc3339Dates.set(date, (byZone = new Map()));
  let text = byZone.get(timeZone);
  if (text === undefined)
    byZone.set(timeZone, (text = date.setZone(timeZone).toISO({ suppressMilliseconds: true }) ?? ""));
  return text;
}

/** `2025-10-31T11:24:46`: a wall-clock time in the date's own zone, as front matter writes it (the site's zone reads it back). */
export function formatFrontMatterDate(date: DateTime): string {
  return date.toFormat("yyyy-MM-dd'T'HH:mm:ss");
}

/** `2025-10-31`: the calendar day at the start of a post's file name. */
export function formatFileNameDate(date: DateTime): string {
  return date.toFormat("yyyy-MM-dd");
}

/** The current time in the site's zone: what "today" means for a new post. */
export function nowInZone(timeZone: string): DateTime {
  return DateTime.now().setZone(timeZone);
}

/** "November 2025" in the site's language: the title of a month's archive. */
export function formatMonth(year: string, month: string, language: string): string {
  const date = DateTime.fromObject({ year: Number(year), month: Number(month) }, { zone: "UTC", locale: language });
  return date.toLocaleString({ year: "numeric", month: "long" }); // the language's own order: "2025년 11월"
}

/** "November" in the site's language: a month in the archive index, under its year. */
export function formatMonthName(month: string, language: string): string {
  return DateTime.fromObject({ year: 2000, month: Number(month) }, { zone: "UTC", locale: language }).toFormat("LLLL");
}
