// Front matter dates: Jekyll's forms, the site's zone for offset-less dates, offsets kept as written.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dateFromFileName, formatDisplayDate, formatIsoDate, parsePostDate } from "../../src/dates.ts";

const iso = (text: string, zone = "UTC") => {
  const date = parsePostDate(text, zone);
  return date === undefined ? undefined : formatIsoDate(date);
};

describe("parsePostDate", () => {
  it("reads a date without an offset in the site's zone", () => {
    assert.equal(iso("2025-10-31T11:24:46"), "2025-10-31T11:24:46.000Z");
    assert.equal(iso("2025-10-31T11:24:46", "Europe/Paris"), "2025-10-31T11:24:46.000+01:00");
    assert.equal(iso("2025-10-31"), "2025-10-31T00:00:00.000Z");
    assert.equal(iso("2025-10-31 11:24"), "2025-10-31T11:24:00.000Z");
  });

  it("reads an explicit offset, in Jekyll's and ISO's spellings, as that instant in the site's zone", () => {
    assert.equal(iso("2025-03-03 08:15:00 +0000"), "2025-03-03T08:15:00.000Z");
    assert.equal(iso("2025-12-31 23:30:00 -0800"), "2026-01-01T07:30:00.000Z");
    assert.equal(iso("2025-12-31T23:30:00-08:00", "Asia/Tokyo"), "2026-01-01T16:30:00.000+09:00");
    assert.equal(iso("2025-12-31T23:30:00.250Z"), "2025-12-31T23:30:00.250Z");
    assert.equal(iso("2025-06-01 12:00 +14:00"), "2025-05-31T22:00:00.000Z");
    assert.equal(iso("2025-06-01 12:00 -18:00"), "2025-06-02T06:00:00.000Z");
  });

  it("reads the looser forms Jekyll (Ruby's Time.parse) takes: day first, three-digit seconds, unpadded", () => {
    assert.equal(iso("11-9-2017"), "2017-09-11T00:00:00.000Z");
    assert.equal(iso("2024-06-01 17:54:012 +0000"), "2024-06-01T17:54:12.000Z");
    assert.equal(iso("2016-1-5"), "2016-01-05T00:00:00.000Z");
    assert.equal(dateFromFileName("2016-1-05-slug.md", "UTC")?.toISODate(), "2016-01-05");
  });

  it("refuses what is not a real date", () => {
    for (const text of [
      "2025-13-45T99:00:00",
      "2025-02-30",
      "yesterday",
      "31/10/2025",
      "2025-10-31T25:00:00",
      "",
      "31-2-2017",
      "2025-10-31 10:00:99",
      "2025-10-31 10:00 -25:00",
      "2025-10-31 10:00 +18:01",
      "2025-10-31 10:00 +0560",
    ]) {
      assert.equal(parsePostDate(text, "UTC"), undefined, text);
    }
  });

  it("shows the calendar day of the site's zone, as Jekyll does", () => {
    const date = parsePostDate("2025-12-31 23:30:00 -0800", "Asia/Tokyo")!;
    assert.equal(formatDisplayDate(date, "en"), "January 1, 2026");
    assert.equal(formatDisplayDate(date, "fr"), "1 janvier 2026");
    assert.equal(
      formatDisplayDate(parsePostDate("2025-12-31 23:30:00 -0800", "America/Los_Angeles")!, "en"),
      "December 31, 2025",
    );
  });
});

describe("dateFromFileName", () => {
  it("reads Jekyll's YYYY-MM-DD- prefix at midnight in the site's zone", () => {
    assert.equal(
      formatIsoDate(dateFromFileName("2025-01-07-title.md", "America/New_York")!),
      "2025-01-07T00:00:00.000-05:00",
    );
    assert.equal(dateFromFileName("title.md", "UTC"), undefined);
    assert.equal(dateFromFileName("2025-02-30-title.md", "UTC"), undefined);
  });
});
