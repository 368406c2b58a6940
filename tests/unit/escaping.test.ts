// The two writers of text that no escaping by Preact protects: XML for feeds and sitemap, JSON-LD in a <script>.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { escapeXml, element } from "../../layouts/feeds/xml.ts";
import { scriptSafeJson } from "../../layouts/components/raw.tsx";
import { parseXml } from "../helpers/atom.ts";

describe("XML text", () => {
  it("escapes markup, and drops characters XML 1.0 cannot hold so the feed stays readable", () => {
    assert.equal(escapeXml(`a & b < c > d "e" ]]>`), "a &amp; b &lt; c &gt; d &quot;e&quot; ]]&gt;");
    assert.equal(escapeXml("bell\u0007 nul\u0000 ffff\uFFFF tab\t é 한 😀"), "bell nul ffff tab\t é 한 😀");
  });

  it("makes elements a real parser reads back as the original text", () => {
    const title = `</title><x a="1"> & \u0007 'quote'`;
    const xml = element("title", { term: title }, title);
    const parsed = parseXml(xml).title as { text: string; term: string };
    assert.equal(parsed.text, `</title><x a="1"> &  'quote'`);
    assert.equal(parsed.term, parsed.text);
  });
});

describe("JSON in a <script>", () => {
  it("has no character that could end the script or open a comment, and parses to the same value", () => {
    const value = { headline: "</script><!-- & \u2028 -->", list: ["<b>"] };
    const json = scriptSafeJson(value);
    assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(json), value);
  });
});
