// Eleventy made safe for content it should never run: executable front matter off, .gitignore not trusted.
import type { UserConfig } from "@11ty/eleventy";

function refuse(): never {
  throw new Error("Executable front matter (---js) is turned off in this site: front matter is data.");
}

export function enginePlugin(eleventyConfig: UserConfig): void {
  // Eleventy 3.1 runs `---js` front matter by default. Posts never reach Eleventy's reader (src/posts
  // reads them), but any file that ever does must not run code either.
  eleventyConfig.setFrontMatterParsingOptions({ engines: { javascript: refuse, js: refuse } });
  // The virtual page template is the only input; what the input folder's .gitignore says is irrelevant.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.setQuietMode(true);
}
