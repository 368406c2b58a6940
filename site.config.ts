// This blog's settings. Every key is optional; see src/site.ts for what each one does.
import { defineSite } from "./src/site.ts";

export default defineSite({
  title: "Field Notes",
  description: "Notes on technology, business and the craft of software.",
  language: "en",
  timeZone: "UTC",
  postsPerPage: 10,
  permalink: "/:year/:month/:day/:title/",
});
