// Posts are content, not templates: Liquid and Nunjucks syntax in a post is shown as written.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../helpers/fixture-site.ts";

describe("template syntax in a post", () => {
  it("renders literally and never breaks the build", async () => {
    const site = await buildFixture("template-syntax");
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
    const html = site.page("/2025/05/01/templates/");
    assert.ok(html.includes("<title>Templates {{ title }} {% raw %} · Fixture Blog</title>"));
    assert.ok(
      html.includes(
        "Curly braces: {{ site.title | upcase }} and {% if true %}yes{% endif %} and {% include missing.html %}.",
      ),
    );
    assert.ok(html.includes("{%- comment -%} not a comment {%- endcomment -%}"));
    // The code block is highlighted (spans around tokens), but its text is exactly what the author wrote.
    const code = /<code class="hljs language-njk">([\s\S]*?)<\/code>/.exec(html)?.[1] ?? "";
    assert.equal(code.replace(/<[^>]+>/g, ""), "{% for post in collections.all %}{{ post.url }}{% endfor %}\n");
  });
});
