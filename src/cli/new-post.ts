// `npm run new`: starts a post, dated now in the site's zone, and never overwrites one.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { POST_LAYOUT_NAMES } from "../posts/layout-names.ts";
import { nowInZone } from "../dates.ts";
import { newPost, NewPostError } from "../posts/new-post.ts";
import { runCommand } from "./command.ts";
import { CommandError, usageError } from "./command-error.ts";
import { CONFIG_OPTION, loadSite } from "./load-site.ts";

await runCommand({
  name: "npm run new",
  description:
    "Writes a new post, posts/YYYY-MM-DD-title.md (today in the site's time zone), with its title, date, categories, " +
    "tags and draft flag in quoted front matter, and prints the URL it will have. It never overwrites a file.",
  argument: { name: '"Title"', description: "The post's title, in quotes if it has spaces." },
  options: {
    category: { type: "string", value: "name", multiple: true, description: "A category of the post." },
    tag: { type: "string", value: "name", multiple: true, description: "A tag of the post." },
    draft: { type: "boolean", description: "Marks the post draft: true (previewed by npm start, never built)." },
    ...CONFIG_OPTION,
  },
  examples: [
    { command: 'npm run new -- "My title"', does: "Writes posts/<today>-my-title.md." },
    {
      command: 'npm run new -- "Chips and power" --category Business --tag AI --tag semiconductors --draft',
      does: "A draft with a category and two tags.",
    },
  ],
  async run({ values, argument }) {
    if (argument === undefined)
      throw usageError('The title is missing: give it in quotes, as in npm run new -- "My title".');
    const site = await loadSite({ config: values.config });
    let post;
    try {
      post = newPost({
        title: argument,
        categories: values.category,
        tags: values.tag,
        draft: values.draft,
        date: nowInZone(site.timeZone),
        site,
        root: process.cwd(),
        layouts: POST_LAYOUT_NAMES,
      });
    } catch (error) {
      if (error instanceof NewPostError) throw new CommandError(error.message);
      throw error;
    }
    const file = path.join(process.cwd(), post.source);
    await mkdir(path.dirname(file), { recursive: true });
    try {
      // "wx": the write fails if the file exists, so no post is ever overwritten, even in a race.
      await writeFile(file, post.text, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      throw new CommandError(
        `${post.source} already exists; nothing was written. Edit that file, or choose another title.`,
      );
    }
    console.log(`Created ${post.source}${values.draft ? " (a draft)" : ""}. It will be published at ${post.url}`);
    return 0;
  },
});
