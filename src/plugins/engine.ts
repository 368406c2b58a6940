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
  // Eleventy times the functions a config adds and warns of any that takes over 8% of a build ("[11ty] Benchmark
  // … "blog-page" Transform"): here it always would, as the page transform is where the pages are made. Quiet
  // mode was meant to silence these warnings (11ty/eleventy#1484), but their group is made before the mode is
  // read; they go to Eleventy's debug log (DEBUG=Eleventy*) instead, as its other benchmarks do.
  (eleventyConfig as unknown as EleventyBenchmarks).benchmarkManager.get("Configuration").setIsVerbose(false);
}

/** The part of Eleventy's UserConfig (not in its published types) that holds its benchmarks. */
interface EleventyBenchmarks {
  benchmarkManager: { get(group: string): { setIsVerbose(verbose: boolean): void } };
}
