// `npm run new -- "Title" [--category C] [--tag T …] [--draft]`: starts a post, dated now in the site's zone.
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import siteConfig from "../../site.config.ts";
import { POST_LAYOUT_NAMES } from "../posts/layout-names.ts";
import { nowInZone } from "../dates.ts";
import { newPost, NewPostError } from "../posts/new-post.ts";
import { resolveSite } from "../site.ts";

const USAGE = 'Usage: npm run new -- "Title" [--category <name>]… [--tag <name>]… [--draft]';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      category: { type: "string", multiple: true, default: [] },
      tag: { type: "string", multiple: true, default: [] },
      draft: { type: "boolean", default: false },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) {
  fail(
    `${positionals.length === 0 ? "The title is missing." : "Give the title as one argument, in quotes."}\n${USAGE}`,
    2,
  );
}

const site = resolveSite(siteConfig);
const root = process.cwd();
let post;
try {
  post = newPost({
    title: positionals[0]!,
    categories: values.category,
    tags: values.tag,
    draft: values.draft,
    date: nowInZone(site.timeZone),
    postsDir: site.postsDir,
    timeZone: site.timeZone,
    permalink: site.permalink,
    layouts: POST_LAYOUT_NAMES,
  });
} catch (error) {
  if (error instanceof NewPostError) fail(error.message);
  throw error;
}

const file = path.join(root, post.source);
await mkdir(path.dirname(file), { recursive: true });
try {
  // "wx": the write fails if the file exists, so no post is ever overwritten, even in a race.
  await writeFile(file, post.text, { flag: "wx" });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  fail(`${post.source} already exists; nothing was written. Edit that file, or choose another title.`);
}
console.log(`Created ${post.source}${values.draft ? " (a draft)" : ""}. It will be published at ${post.url}`);
