// Liquid to what Jekyll would have shown: one case per block, input and expected output, as markdown-it's fixtures read.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { convertLiquid } from "../../src/jekyll-import/convert-liquid.ts";

const URLS: Record<string, string> = { "2016-01-10-first": "/2016/01/10/first/" };

function convert(body: string, siteUrl?: string) {
  return convertLiquid(body, { firstLine: 5, postUrl: (name) => URLS[name], siteUrl });
}

const CASES: Array<[name: string, input: string, expected: string]> = [
  ["highlight becomes a fenced block", "{% highlight ruby %}\nputs 1\n{% endhighlight %}\n", "```ruby\nputs 1\n```\n"],
  ["highlight options are dropped", "{% highlight js linenos %}\nf()\n{% endhighlight %}", "```js\nf()\n```"],
  ["highlight without a language", "{% highlight %}\nx\n{% endhighlight %}", "```\nx\n```"],
  [
    "a fence inside gets a longer fence",
    "{% highlight md %}\n```\ncode\n```\n{% endhighlight %}",
    "````md\n```\ncode\n```\n````",
  ],
  [
    "highlight inside a list keeps its indentation",
    "1. Run:\n\n   {% highlight sh %}\n   npm test\n   {% endhighlight %}",
    "1. Run:\n\n   ```sh\n   npm test\n   ```",
  ],
  [
    "highlight in the middle of a line starts on its own line",
    "Code: {% highlight sh %}ls{% endhighlight %} done",
    "Code: \n```sh\nls\n```\n done",
  ],
  ["whitespace control is read", "{%- highlight sh -%}\nls\n{%- endhighlight -%}", "```sh\nls\n```"],
  [
    "raw is unwrapped and its Liquid kept",
    "{% raw %}{{ page.title }} {% if x %}{% endraw %}",
    "{{ page.title }} {% if x %}",
  ],
  [
    "raw inside highlight",
    "{% highlight liquid %}\n{% raw %}{{ x }}{% endraw %}\n{% endhighlight %}",
    "```liquid\n{{ x }}\n```",
  ],
  ["site.baseurl is removed", "![x]({{ site.baseurl }}/assets/x.png)", "![x](/assets/x.png)"],
  [
    "site.url before a path is removed",
    "[a]({{ site.url }}/about/) [b]({{site.url}}{{site.baseurl}}/b/)",
    "[a](/about/) [b](/b/)",
  ],
  [
    "relative_url and absolute_url give the path",
    `{{ "/assets/a.css" | relative_url }} {{ '/b/' | absolute_url }}`,
    "/assets/a.css /b/",
  ],
  ["post_url becomes the post's URL", "[first]({% post_url 2016-01-10-first %})", "[first](/2016/01/10/first/)"],
  ["comments disappear, their lines stay", "a\n{% comment %}\nhidden\n{% endcomment %}\nb", "a\n\n\n\nb"],
  ["<!--more--> is kept", "Teaser.\n\n<!--more-->\n\nRest.", "Teaser.\n\n<!--more-->\n\nRest."],
  ["an opening without a closing is text", "Braces {% and {{ alone", "Braces {% and {{ alone"],
];

describe("convertLiquid", () => {
  for (const [name, input, expected] of CASES) {
    it(name, () => {
      const result = convert(input);
      assert.equal(result.body, expected);
      assert.deepEqual(result.problems, []);
    });
  }

  it("replaces a lone {{ site.url }} with the site's address when it is set, and reports it when not", () => {
    assert.equal(convert("Visit {{ site.url }}.", "https://example.org").body, "Visit https://example.org.");
    const unset = convert("Visit {{ site.url }}.");
    assert.equal(unset.body, "Visit {{ site.url }}.");
    assert.match(unset.problems[0]!.message, /^\{\{ site\.url \}\} was not converted: the site's address is not set\./);
  });

  it("keeps what it cannot convert, and names its line in the file", () => {
    const result = convert(
      "Intro\n\n{% include video.html id=1 %}\n\n{% tweet 123 %}\n{{ page.title }}\n[x]({% post_url missing %})",
    );
    assert.equal(
      result.body,
      "Intro\n\n{% include video.html id=1 %}\n\n{% tweet 123 %}\n{{ page.title }}\n[x]({% post_url missing %})",
    );
    assert.deepEqual(
      result.problems.map((problem) => `${problem.line}: ${problem.message.split(" was not converted: ")[0]}`),
      ["7: {% include video.html id=1 %}", "9: {% tweet 123 %}", "10: {{ page.title }}", "11: {% post_url missing %}"],
    );
    assert.match(result.problems[0]!.message, /this site has no includes\. Replace it with the HTML it produced/);
  });

  it("reports a highlight block that is never closed", () => {
    const result = convert("{% highlight ruby %}\nputs 1\n");
    assert.equal(result.body, "{% highlight ruby %}\nputs 1\n");
    assert.deepEqual(result.problems, [
      { line: 5, message: "{% highlight ruby %} was not converted: it has no {% endhighlight %}." },
    ]);
  });
});
