// The bench's settings for this project: the peers' post URLs (/posts/YYYY-MM-DD-slug/), search on (the default).
import { defineSite } from "../../../src/site.ts";

export default defineSite({
  title: "Bench Blog",
  url: "https://example.org",
  timeZone: "UTC",
  permalink: "/posts/:year-:month-:day-:title/",
  search: true,
});
