// A static file server on a free localhost port, for browser tests of a built site (as any static host serves it,
// text gzipped for clients that accept it, so Lighthouse weighs the bytes a reader would receive).
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pipeline } from "node:stream";
import { createGzip } from "node:zlib";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpeg": "image/jpeg",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

/**
 * What GitHub Pages, Netlify and Cloudflare compress: text. Images and WOFF2 are compressed already, and
 * gzipping them again costs time for nothing.
 */
function compressible(type: string): boolean {
  return /^(text\/|application\/(json|xml|wasm)|image\/svg\+xml)/.test(type);
}

/** Whether the request's Accept-Encoding takes gzip (`gzip;q=0` refuses it; `*` takes anything). */
export function acceptsGzip(request: Pick<IncomingMessage, "headers">): boolean {
  const header = request.headers["accept-encoding"] ?? "";
  const offers = header.split(",").map((part) => {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    return { name: name.trim(), q: q === undefined ? 1 : Number(q.slice(2)) };
  });
  const gzip = offers.find((offer) => offer.name === "gzip") ?? offers.find((offer) => offer.name === "*");
  return gzip !== undefined && gzip.q > 0;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `folder`: `/x/` is `/x/index.html`, a missing file is a 404, nothing outside the folder is reachable. */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const root = path.resolve(folder);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) file = root; // never outside the folder
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    const type = TYPES[path.extname(file)] ?? "application/octet-stream";
    if (!compressible(type)) {
      response.writeHead(200, { "content-type": type, "content-length": statSync(file).size });
      createReadStream(file).pipe(response);
      return;
    }
    // Vary: a cache between here and the reader must not give the gzipped copy to a client that did not ask.
    const headers = { "content-type": type, vary: "Accept-Encoding" };
    if (!acceptsGzip(request)) {
      response.writeHead(200, headers);
      createReadStream(file).pipe(response);
      return;
    }
    response.writeHead(200, { ...headers, "content-encoding": "gzip" });
    pipeline(createReadStream(file), createGzip(), response, () => {}); // a reader who leaves mid-file is no error
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
