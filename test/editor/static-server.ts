// A static file server for a built site (Framework's clean URLs: /page serves page.html), for the editor's browser test.
import {createServer, type Server} from "node:http";
import {readFile, stat} from "node:fs/promises";
import {extname, join, normalize} from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2"
};

async function fileFor(root: string, pathname: string): Promise<string | null> {
  const base = join(root, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ""));
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return null;
}

/** Serves `root` on a free localhost port; resolves to the server and its origin. */
export function serveStatic(root: string): Promise<{server: Server; origin: string}> {
  const server = createServer((req, res) => {
    void (async () => {
      const file = await fileFor(root, new URL(req.url ?? "/", "http://localhost").pathname);
      if (!file) return void res.writeHead(404).end("not found");
      res.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"}).end(await readFile(file));
    })();
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({server, origin: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`});
    })
  );
}
