// A tiny static server for a built site: 127.0.0.1 only, extension-less page URLs, 404 otherwise,
// with a static host's usual caching: content-hashed files are cached for good, pages revalidated.
import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, normalize} from "node:path";
import {createGzip} from "node:zlib";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm"
};

/** Resolve a URL path to a file in `root` the way a static host serves Framework output. */
function resolveFile(root: string, pathname: string): string | null {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  const candidates = path.endsWith("/") ? [join(path, "index.html")] : [path, `${path}.html`];
  for (const candidate of candidates) {
    const file = join(root, candidate);
    if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/**
 * Framework's output folders (every file there has a content hash in its name, or is a versioned
 * package), and any other file named with a hash ("KaTeX_Main-Regular.1a2b3c4d.woff2").
 */
const HASHED = /^\/_(import|npm|node|observablehq|file)\/|\.[0-9a-f]{8}\.\w+$/;

/** A static host's Cache-Control for a path: hashed files for good, the rest revalidated. */
export function cacheControl(pathname: string): string {
  return HASHED.test(pathname) ? "public, max-age=31536000, immutable" : "no-cache";
}

/** One request the server answered: its path, status, and the file sent (none for a 404). */
export interface Served {
  path: string;
  status: number;
  file?: string;
}

/**
 * Serve `root` on 127.0.0.1 at a free port; resolves to the base URL and a close function. With
 * `gzip`, text is sent gzipped to clients that accept it, as static hosts do; `onRequest` hears of
 * every request that reached the server (a browser's cache hits do not).
 */
export async function serve(
  root: string,
  {gzip = false, onRequest}: {gzip?: boolean; onRequest?: (served: Served) => void} = {}
): Promise<{url: string; close: () => Promise<void>}> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const file = resolveFile(root, path);
    onRequest?.({path, status: file ? 200 : 404, ...(file ? {file} : {})});
    if (!file) {
      res.writeHead(404, {"content-type": "text/plain"}).end("not found");
      return;
    }
    const type = types[extname(file)] ?? "application/octet-stream";
    const zip =
      gzip &&
      /^(text|application\/json)/.test(type) &&
      /gzip/.test(`${req.headers["accept-encoding"]}`);
    res.writeHead(200, {
      "content-type": type,
      "cache-control": cacheControl(path),
      ...(zip ? {"content-encoding": "gzip"} : {})
    });
    const body = createReadStream(file);
    (zip ? body.pipe(createGzip()) : body).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())))
  };
}
