// The one module that decides which addresses the site may use, and the checks that used to hold their own copy of it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hasScheme, isElsewhere, isHttpUrl, isSitePathOrHttpUrl, runsScript } from "../../src/url-schemes.ts";
import { readImage } from "../../src/posts/image-field.ts";
import { authorEntrySchema } from "../../src/authors/author-schema.ts";
import { siteSettingsSchema } from "../../src/site.ts";
import { isSafe } from "../../src/markdown/attribute-list.ts";
import { locateSiteFile } from "../../src/site-files.ts";

const SCRIPTS = [
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "vbscript:x",
  "data:text/html,<script>",
  "file:///etc/passwd",
];

describe("url schemes", () => {
  it("hasScheme: RFC 3986 schemes only, any case", () => {
    for (const yes of ["https://x", "HTTP://x", "mailto:a@b", "javascript:x", "web+app:x", "a.b-c:x"])
      assert.ok(hasScheme(yes), yes);
    for (const no of ["assets/x.jpg", "/x", "//cdn.example/x", "1http:x", "+a:x", "#top", "x/y:z", ""])
      assert.ok(!hasScheme(no), no);
  });

  it("isElsewhere: a scheme or protocol-relative", () => {
    for (const yes of ["https://x", "data:image/png;base64,AA", "//cdn.example/x.js", "mailto:a@b"])
      assert.ok(isElsewhere(yes), yes);
    for (const no of ["/assets/x.jpg", "assets/x.jpg", "#top", "y/../z"]) assert.ok(!isElsewhere(no), no);
  });

  it("isSitePathOrHttpUrl: site paths and http(s) URLs, no other scheme", () => {
    for (const yes of ["assets/images/x.jpg", "/assets/x.jpg", "//cdn.example/x.jpg", "https://x/a.jpg", "HTTP://x"])
      assert.ok(isSitePathOrHttpUrl(yes), yes);
    for (const no of [...SCRIPTS, "mailto:a@b", "https:x", "ftp://x"]) assert.ok(!isSitePathOrHttpUrl(no), no);
  });

  it("isHttpUrl: http(s) with an address and no spaces", () => {
    for (const yes of ["https://example.org", "HTTP://x.y/z?q#f"]) assert.ok(isHttpUrl(yes), yes);
    for (const no of [...SCRIPTS, "//example.org", "https://", "https://a b", "example.org", "https:example.org"])
      assert.ok(!isHttpUrl(no), no);
  });

  it("runsScript: script and data URLs however cased or broken up, not other links", () => {
    for (const yes of [
      "javascript:x",
      " JaVaScRiPt:x",
      "java\nscript:x",
      "\u0000javascript:x",
      "java\u200Bscript:x",
      "vbscript:x",
      "DATA:text/html,x",
    ])
      assert.ok(runsScript(yes), JSON.stringify(yes));
    for (const no of ["https://x", "mailto:a@b", "/x", "#javascript:x", "x javascript:"])
      assert.ok(!runsScript(no), no);
  });
});

describe("the checks that use them keep their messages", () => {
  it("a post's image", () => {
    for (const bad of SCRIPTS)
      assert.deepEqual(readImage(bad, undefined).issues, [
        { key: "image", message: "image must be a path such as assets/images/photo.jpg or an http(s) URL." },
      ]);
    assert.equal(readImage("//cdn.example/x.jpg", undefined).image?.src, "//cdn.example/x.jpg");
  });

  it("an author's avatar and link", () => {
    const avatar = authorEntrySchema.safeParse({ avatar: "javascript:alert(1)" });
    assert.equal(
      avatar.error?.issues[0]?.message,
      "must be a path such as assets/images/avatar.jpg or an http(s) URL.",
    );
    const url = authorEntrySchema.safeParse({ web: "javascript:alert(1)" });
    assert.equal(url.error?.issues[0]?.message, "must be an http(s) URL, such as https://example.org.");
    assert.equal(authorEntrySchema.parse({ avatar: "//cdn.example/a.jpg", web: "https://x.y" }).url, "https://x.y");
  });

  it("the site's social image", () => {
    const result = siteSettingsSchema.safeParse({ socialImage: "data:image/png;base64,AA" });
    assert.equal(
      result.error?.issues[0]?.message,
      'must be a path such as "assets/images/card.png" or an http(s) URL.',
    );
    assert.equal(
      siteSettingsSchema.parse({ socialImage: "assets/images/card.png" }).socialImage,
      "assets/images/card.png",
    );
  });

  it("kramdown attribute values", () => {
    assert.ok(!isSafe("href", "java\tscript:alert(1)"));
    assert.ok(!isSafe("style", "background: url(x)"));
    assert.ok(isSafe("href", "mailto:a@b"));
    assert.ok(!isSafe("onclick", "x"));
  });

  it("files of another site are not looked for on disk", () => {
    const folder = { root: "/site", assetsDir: "assets" };
    assert.equal(locateSiteFile("//cdn.example/x.jpg", folder).kind, "remote");
    assert.equal(locateSiteFile("data:image/png;base64,AA", folder).kind, "remote");
    assert.equal(locateSiteFile("/assets/x.jpg", folder).kind, "local");
  });
});
