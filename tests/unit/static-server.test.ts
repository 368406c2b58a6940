// The browser tests' static server answers as a real static host does: text gzipped for clients that accept it,
// with Vary, and compressed formats (fonts, images) sent as they are.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import { acceptsGzip, serveFolder, type StaticServer } from "../helpers/static-server.ts";

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The raw answer (node:http, unlike fetch, leaves the body compressed, as it came). */
function request(url: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    }).on("error", reject);
  });
}

describe("the tests' static server", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "blog-static-server-"));
  const page = `<!doctype html><title>A page</title>${"<p>Words a reader reads, again and again.</p>\n".repeat(200)}`;
  const font = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 251));
  let server: StaticServer;

  before(async () => {
    mkdirSync(path.join(folder, "posts", "a"), { recursive: true });
    mkdirSync(path.join(folder, "assets"), { recursive: true });
    writeFileSync(path.join(folder, "posts", "a", "index.html"), page);
    writeFileSync(path.join(folder, "assets", "font.woff2"), font);
    server = await serveFolder(folder);
  });
  after(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("gzips a page for a client that accepts gzip, and says it varies with Accept-Encoding", async () => {
    const answer = await request(`${server.origin}/posts/a/`, "gzip, deflate, br");
    assert.equal(answer.status, 200);
    assert.equal(answer.headers["content-encoding"], "gzip");
    assert.equal(answer.headers.vary, "Accept-Encoding");
    assert.equal(answer.headers["content-type"], "text/html; charset=utf-8");
    assert.equal(gunzipSync(answer.body).toString("utf8"), page);
    assert.ok(answer.body.length < page.length / 10, `${answer.body.length} bytes sent for ${page.length}`);
  });

  it("sends the page as it is to a client that does not accept gzip", async () => {
    for (const acceptEncoding of [undefined, "identity", "br", "gzip;q=0, br"]) {
      const answer = await request(`${server.origin}/posts/a/index.html`, acceptEncoding);
      assert.equal(answer.headers["content-encoding"], undefined, `Accept-Encoding: ${acceptEncoding}`);
      assert.equal(answer.headers.vary, "Accept-Encoding");
      assert.equal(answer.body.toString("utf8"), page);
    }
  });

  it("sends a font as it is, with its type, even to a client that accepts gzip", async () => {
    const answer = await request(`${server.origin}/assets/font.woff2`, "gzip");
    assert.equal(answer.headers["content-encoding"], undefined);
    assert.equal(answer.headers["content-type"], "font/woff2");
    assert.ok(answer.body.equals(font));
  });

  it("answers 404 for a missing file and never serves outside its folder", async () => {
    assert.equal((await request(`${server.origin}/nothing/`, "gzip")).status, 404);
    const escape = await request(`${server.origin}/..%2f..%2fetc%2fpasswd`, "gzip");
    assert.notEqual(escape.body.toString("utf8").includes("root:"), true);
  });

  it("reads Accept-Encoding as browsers and curl send it", () => {
    const accepts = (header?: string) =>
      acceptsGzip({ headers: header === undefined ? {} : { "accept-encoding": header } });
    assert.equal(accepts("gzip, deflate, br, zstd"), true);
    assert.equal(accepts("GZIP"), true);
    assert.equal(accepts("deflate, gzip;q=1.0, *;q=0.5"), true);
    assert.equal(accepts("*"), true);
    assert.equal(accepts("br, *;q=0"), false);
    assert.equal(accepts("gzip;q=0"), false);
    assert.equal(accepts(""), false);
    assert.equal(accepts(undefined), false);
  });
});
