// `npm start`: live preview with drafts and scheduled posts, rebuilt on every change.
import { runCommand } from "./command.ts";
import { usageError } from "./command-error.ts";
import { CONFIG_OPTION, loadSite, POSTS_OPTION } from "./load-site.ts";

await runCommand({
  name: "npm start",
  description:
    "Builds a preview of the site into .cache/preview/ (never _site/), drafts and scheduled posts included with a " +
    "badge, serves it, and rebuilds it and reloads the browser when a post, authors.yml or an asset changes. " +
    "It listens on this machine only (localhost) unless --host says otherwise. Ctrl+C stops it.",
  options: {
    port: {
      type: "string",
      value: "number",
      default: process.env.PORT ?? "8080",
      description: "The first port to try (the next ones are tried when it is taken). PORT=3000 says the same.",
    },
    host: {
      type: "string",
      value: "address",
      default: "localhost",
      description:
        "The address to listen on. 0.0.0.0 lets other machines on the network open the preview (drafts included); " +
        "use it only on networks you trust.",
    },
    ...POSTS_OPTION,
    ...CONFIG_OPTION,
  },
  examples: [
    { command: "npm start", does: "Serves the preview at http://localhost:8080/." },
    {
      command: "npm start -- --port 3000 --host 0.0.0.0",
      does: "On port 3000, reachable from a phone on the same network.",
    },
  ],
  async run({ values }) {
    // Loaded here, not at the top: `--help` and a mistyped option answer without loading Eleventy.
    const { startDevServer } = await import("./dev-server.ts");
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port < 1 || port > 65535) {
      throw usageError(`--port ${values.port} is not a port number (1–65535).`);
    }
    const site = await loadSite({ config: values.config, posts: values.posts });
    const server = await startDevServer({
      site,
      root: process.cwd(),
      // Under .cache/ (ignored by git), never _site/: the preview holds drafts and future posts.
      output: ".cache/preview",
      port,
      host: values.host,
    });
    console.log(
      `Previewing ${site.postsDir}/ at ${server.url}: drafts and scheduled posts included, each with a badge. Ctrl+C stops.`,
    );
    // Runs until Ctrl+C; the server keeps the process alive. Not awaited: a signal handler cannot wait, and
    // the process exits once the server has closed.
    process.on("SIGINT", () => {
      void server.close().then(() => process.exit(0));
    });
    return 0;
  },
});
