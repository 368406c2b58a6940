// This blog's settings. Every key is optional; see src/site.ts for what each one does.
import { defineSite } from "./src/site.ts";

export default defineSite({
  title: "Field Notes",
  description: "Notes on technology, business and the craft of software.",
  // Where the blog is deployed; the GitHub Pages workflow passes its own address with --url.
  url: "https://field-notes.example.org",
  language: "en",
  timeZone: "UTC",
  postsPerPage: 10,
  permalink: "/:year/:month/:day/:title/",
  // The header's links (the default would be the three biggest categories, the pages, then the indexes).
  nav: [
    "category:Business",
    "category:Programming",
    "category:Web",
    { title: "About", url: "/about/" },
    "categories",
    "archives",
    "search",
  ],
});
