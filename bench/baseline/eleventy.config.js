// The plain-Eleventy baseline the bench compares against: the same posts as Markdown templates, a post page each, no extras.
// Eleventy's defaults are kept (Liquid pre-processing of Markdown, tag collections): this is what Eleventy alone costs.
export default function (eleventyConfig) {
  // The posts say `layout: post`; a virtual layout keeps the corpus folder free of anything but posts.
  eleventyConfig.addTemplate(
    "_includes/post.liquid",
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1>{{ content }}</main></body>
</html>
`,
  );
  // The corpus lives under bench/.work/, which .gitignore lists; Eleventy would otherwise skip every post.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.setQuietMode(true);
}
