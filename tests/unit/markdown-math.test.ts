// Math in posts: the TeX survives Markdown whole and is typeset by KaTeX at build time; bad TeX is shown and reported.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { BodyProblem } from "../../src/markdown/problems.ts";
import { createMarkdown } from "../../src/posts/markdown.ts";

const markdown = createMarkdown();

/** The TeX of each formula, as KaTeX keeps it in its MathML annotation, and whether it is displayed. */
function formulas(html: string): Array<{ tex: string; display: boolean }> {
  return [
    ...html.matchAll(
      /<math[^>]*?( display="block")?>.*?<annotation encoding="application\/x-tex">(.*?)<\/annotation>/gs,
    ),
  ].map((match) => ({
    tex: match[2]!
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, "&"),
    display: match[1] !== undefined,
  }));
}

function render(source: string): { html: string; problems: BodyProblem[] } {
  const env: { problems?: BodyProblem[] } = {};
  return { html: markdown.render(source, env), problems: env.problems ?? [] };
}

describe("math", () => {
  it("keeps a $$ block whole: no emphasis, TeX's \\\\ and underscores kept", () => {
    const { html } = render("$$\na_1 * b_2 \\\\ c_3 * d_4\n$$\n");
    assert.deepEqual(formulas(html), [{ tex: "a_1 * b_2 \\\\ c_3 * d_4", display: true }]);
    assert.doesNotMatch(html, /<em>|<p>\$\$/);
  });

  it("reads kramdown's inline $$…$$, and $…$, \\(…\\), \\\\(…\\\\) and \\\\[…\\\\] as MathJax blogs write them", () => {
    const { html } = render("A $$x_1$$, $y_2 * z_3$, \\(a\\), \\\\(b\\\\) and \\\\[c\\\\].\n");
    assert.deepEqual(formulas(html), [
      { tex: "x_1", display: false },
      { tex: "y_2 * z_3", display: false },
      { tex: "a", display: false },
      { tex: "b", display: false },
      { tex: "c", display: true },
    ]);
  });

  it("leaves prices and shell prompts alone", () => {
    assert.equal(render("It costs $5 and $10; run $ ls.\n").html, "<p>It costs $5 and $10; run $ ls.</p>\n");
    assert.equal(render("From $5 to $10.\n").html, "<p>From $5 to $10.</p>\n");
  });

  it("never puts smart quotes or dashes into TeX", () => {
    assert.deepEqual(formulas(render('$f\'(x) -- "y"$\n').html), [{ tex: 'f\'(x) -- "y"', display: false }]);
  });

  it("shows TeX that KaTeX cannot read as written, and reports it with its line", () => {
    const { html, problems } = render("First.\n\nBad $\\frac{1}{$ here.\n");
    assert.equal(html, '<p>First.</p>\n<p>Bad <code class="math-error">$\\frac{1}{$</code> here.</p>\n');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 2);
    assert.equal(problems[0]!.severity, "warning");
    assert.match(problems[0]!.message, /^this math is not TeX that KaTeX can read \(.+\); it is shown as written\./);
  });
});
