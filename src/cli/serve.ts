// `npm start [-- --port 8080] [--all-hosts]`: live preview with drafts and scheduled posts, rebuilt on every change.
import { parseArgs } from "node:util";
import siteConfig from "../../site.config.ts";
import { resolveSite } from "../site.ts";
import { startDevServer } from "./dev-server.ts";

const USAGE = "Usage: npm start [-- --port <number>] [--all-hosts] [--posts <folder>]";

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: "string", default: process.env.PORT ?? "8080" },
      "all-hosts": { type: "boolean", default: false },
      posts: { type: "string" },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port ${values.port} is not a port number (1–65535).\n${USAGE}`);
  process.exit(2);
}

const site = resolveSite({ ...siteConfig, ...(values.posts === undefined ? {} : { postsDir: values.posts }) });
const server = await startDevServer({
  site,
  root: process.cwd(),
  // Under .cache/ (ignored by git), never _site/: the preview holds drafts and future posts.
  output: ".cache/preview",
  port,
  showAllHosts: values["all-hosts"],
});
console.log(
  `Previewing ${site.postsDir}/ at ${server.url}: drafts and scheduled posts included, each with a badge. Ctrl+C stops.`,
);

process.on("SIGINT", () => {
  void server.close().then(() => process.exit(0));
});
