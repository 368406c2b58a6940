// Stands in front of the dev server's request handler: a request it cannot or must not answer (a malformed
// or traversing path, a file reached through a symlink out of the preview, an odd method) gets a 4xx here,
// and whatever the handler throws becomes a 500, never an exit. Eleventy's server throws on `/%ff` and on
// `/..%2f..%2fetc/passwd` (11ty/eleventy-dev-server#150) and then the whole process stops.
import { lstatSync, realpathSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/** A folder the server answers from, and the URL path it answers for (after the path prefix). */
export interface ServedFolder {
  url: string;
  dir: string;
}

export interface GuardOptions {
  /** Every folder the server may read, most specific URL first; the preview folder is `{ url: "/" }`. */
  folders: readonly ServedFolder[];
  pathPrefix: string;
  /** Told of each request the handler failed on (one line, no stack). */
  onError(message: string): void;
}

/** Longer request targets are refused (414): no page of the site has a path anywhere near this long. */
const MAX_TARGET = 2048;

export function guardRequests(handle: Handler, options: GuardOptions): Handler {
  return (request, response) => {
    let refusal;
    try {
      refusal = refuse(request, options);
    } catch {
      refusal = { status: 400, reason: "This address cannot be read." };
    }
    if (refusal !== undefined) {
      response.statusCode = refusal.status;
      if (refusal.status === 405) response.setHeader("Allow", "GET, HEAD");
      response.setHeader("Content-Type", "text/plain; charset=utf-8");
      response.end(`${refusal.reason}\n`);
      return;
    }
    Promise.resolve()
      .then(() => handle(request, response))
      .catch((error: unknown) => {
        const target = (request.url ?? "").slice(0, 200);
        options.onError(`The preview server could not answer ${request.method} ${target}: ${(error as Error).message}`);
        if (response.headersSent) response.destroy();
        else {
          response.statusCode = 500;
          response.end("The preview server could not answer this request; see the terminal.\n");
        }
      });
  };
}

function refuse(request: IncomingMessage, options: GuardOptions): { status: number; reason: string } | undefined {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return { status: 405, reason: "The preview only answers GET and HEAD." };
  }
  const target = request.url ?? "";
  if (target.length > MAX_TARGET) return { status: 414, reason: "This address is too long." };
  let decoded: string;
  try {
    // The same reading as the server's own (a URL against any base); then every %xx decoded.
    decoded = decodeURIComponent(new URL(target, "http://localhost/").pathname);
  } catch {
    return { status: 400, reason: "This address is not valid percent-encoded UTF-8." };
  }
  if (decoded.includes("\0")) return { status: 400, reason: "This address holds a NUL character." };
  if (decoded.split(/[\\/]/).includes("..")) return { status: 400, reason: "This address leaves the preview (..)." };
  if (!decoded.startsWith(options.pathPrefix)) return undefined; // the server redirects to the prefix, or 404s
  const sitePath = decoded.slice(options.pathPrefix.length - 1);
  for (const folder of options.folders) {
    if (!sitePath.startsWith(folder.url)) continue;
    const base = path.join(folder.dir, sitePath.slice(folder.url.length));
    // Every file the server might answer with: the path itself, its index.html, its .html.
    for (const file of [base, path.join(base, "index.html"), `${base}.html`]) {
      if (!insideFolder(file, folder.dir)) return { status: 404, reason: "Not found." };
    }
  }
  return undefined;
}

/** Whether `file`, symlinks resolved, is inside `dir`; a file that does not exist is (the server 404s). */
function insideFolder(file: string, dir: string): boolean {
  try {
    lstatSync(file);
  } catch {
    return true; // missing, or not reachable as a file (ENOTDIR, ENAMETOOLONG): the server answers 404
  }
  try {
    const real = realpathSync(file);
    const relative = path.relative(realpathSync(dir), real);
    return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
  } catch {
    return false; // a dangling or looping symlink: nothing to serve
  }
}
