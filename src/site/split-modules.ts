// After `observable build`: the library's modules (dist/_import/src/, one file per source file,
// not minified: about 60 requests and 70 KB gzipped on a chapter) bundled by esbuild into the
// modules that pages and components import, with the code they share split into common chunks and
// minified. Each imported module keeps its URL and its exports (page cells, components and the
// editor's `import` of a page's modules are unchanged); the modules only the library imports are
// gone, and each page's modulepreload links list the new files its imports reach.
// The background worker (src/site/offload-worker.ts) is one more entry of the same run: its file
// in the built site (the prebuild's whole bundle) is replaced by a module that imports the shared
// chunks, so a page that starts it fetches only the chunks the page itself did not load.
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync} from "node:fs";
import {writeFileSync} from "node:fs";
import {dirname, join, relative, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";
import {buildSync, transformSync, type Metafile} from "esbuild";

/** A module worker bundled with the library's modules: its source entry and its built file. */
export interface WorkerEntry {
  /** The library's sources (Framework writes their modules to _import/src, hashed). */
  library: string;
  /** The worker's TypeScript entry, under `library`. */
  source: string;
  /** The folder of the site (relative to its root) and the name before the hash of its file. */
  built: {dir: string; name: string};
}

const here = dirname(fileURLToPath(import.meta.url));

/** The offload worker: docs/components/offload.ts starts the file Framework ships for it. */
export const OFFLOAD_WORKER: WorkerEntry = {
  library: resolve(here, ".."),
  source: join(here, "offload-worker.ts"),
  built: {dir: "_import/components/generated", name: "offload-worker"}
};

/** A built path without Framework's content hash: "linalg/index.04da9a7f.js" → "linalg/index". */
function unhashed(path: string): string {
  return path.replace(/\.[0-9a-f]{8}\.js$/, "");
}

/** Every file under `dir` whose name passes `keep`. */
function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, keep) : keep(name) ? [path] : [];
  });
}

/** The `.js` paths quoted in `text`, resolved against `from` (a folder) or the site's root. */
function quotedModules(text: string, from: string, dist: string): string[] {
  return [...text.matchAll(/["']([^"'\s]+\.js)["']/g)].map(([, url]) =>
    url!.startsWith("/") ? join(dist, url!) : resolve(from, url!)
  );
}

const PRELOAD = /<link rel="modulepreload" href="([^"]+)">\n?/g;

/** A page without its modulepreload links: its scripts (and their `src`), its cells' imports. */
function withoutPreloads(html: string): string {
  return html.replace(PRELOAD, "");
}

const SPECIFIER = /(\bfrom\s*|\bimport\s*\(?\s*)(["'])(\.\.?\/[^"']+)\2/g;

/**
 * The library's source module `source` (under `library`) as JavaScript in `src`, beside the built
 * modules, with its relative imports pointing at the built modules of the same sources (so that
 * esbuild sees one module where the pages and a worker share one), and at modules written the
 * same way for sources no page imports. Returns the path of the file written; adds every file
 * written to `written`.
 */
function placeSource(
  source: string,
  library: string,
  src: string,
  built: Map<string, string>,
  written: Map<string, string>
): string {
  const name = relative(library, source).replace(/\.[jt]s$/, "");
  const existing = built.get(name.split(sep).join("/")) ?? written.get(source);
  if (existing) return existing;
  const file = join(src, `${name}.js`);
  written.set(source, file);
  const {code} = transformSync(readFileSync(source, "utf8"), {loader: "ts", format: "esm"});
  const linked = code.replace(SPECIFIER, (all, lead: string, quote: string, path: string) => {
    let target = resolve(dirname(source), path);
    if (!existsSync(target)) target = target.replace(/\.js$/, ".ts");
    const placed = placeSource(target, library, src, built, written);
    const url = relative(dirname(file), placed).split(sep).join("/");
    return `${lead}${quote}${url.startsWith(".") ? url : `./${url}`}${quote}`;
  });
  mkdirSync(dirname(file), {recursive: true});
  writeFileSync(file, linked);
  return file;
}

/**
 * Bundle dist/_import/src into its entry modules (those imported from outside it) and shared
 * chunks, and rewrite the pages' modulepreload links; returns the number of files before and after.
 */
export function splitModules(
  site: string,
  workers: readonly WorkerEntry[] = [OFFLOAD_WORKER]
): {before: number; after: number} {
  const dist = resolve(site);
  const src = join(dist, "_import", "src");
  let before: string[];
  try {
    before = files(src, (name) => name.endsWith(".js"));
  } catch {
    return {before: 0, after: 0}; // a site whose pages import nothing from the library
  }
  const inSrc = (path: string): boolean => path.startsWith(src + sep) && before.includes(path);
  const pages = files(dist, (name) => name.endsWith(".html"));
  const outside = files(join(dist, "_import"), (name) => name.endsWith(".js")).filter(
    (path) => !path.startsWith(src + sep)
  );
  const entries = new Set<string>();
  for (const page of pages) {
    const html = readFileSync(page, "utf8");
    for (const path of quotedModules(withoutPreloads(html), dirname(page), dist))
      if (inSrc(path)) entries.add(path);
  }
  for (const file of outside) {
    for (const path of quotedModules(readFileSync(file, "utf8"), dirname(file), dist))
      if (inSrc(path)) entries.add(path);
  }
  if (entries.size === 0) return {before: before.length, after: before.length};
  const built = new Map(
    before.map((path) => [unhashed(relative(src, path)).split(sep).join("/"), path])
  );
  const placed = new Map<string, string>();
  const workerFiles = workers.flatMap((worker) => {
    const dir = join(dist, worker.built.dir);
    const named = (name: string): boolean => unhashed(name) === worker.built.name;
    let found: string[] = [];
    try {
      found = readdirSync(dir).filter(named);
    } catch {
      // no page starts this worker
    }
    // Written at the same URL (offload.ts names it); `out` is relative to outdir, without ".js".
    if (!found.length) return [];
    const entry = placeSource(worker.source, worker.library, src, built, placed);
    return found.map((name) => ({
      in: entry,
      out: relative(join(dist, "_import"), join(dir, name.slice(0, -3)))
    }));
  });

  const result = buildSync({
    entryPoints: [...[...entries].sort(), ...workerFiles],
    absWorkingDir: dist,
    outdir: join(dist, "_import"), // the workers are written outside src
    outbase: join(dist, "_import"),
    entryNames: "[dir]/[name]", // the entry's own hashed name: "src/linalg/index.04da9a7f"
    chunkNames: "src/chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    keepNames: true, // errors name themselves with `new.target.name`
    legalComments: "none",
    metafile: true,
    write: false,
    logLevel: "error"
  });
  for (const file of placed.values()) rmSync(file);
  const written = new Set(result.outputFiles.map((f) => f.path));
  for (const path of before) if (!written.has(path)) rmSync(path);
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), {recursive: true});
    writeFileSync(file.path, file.contents);
  }
  const reach = staticClosure(result.metafile, dist);
  for (const page of pages) {
    const html = readFileSync(page, "utf8");
    writeFileSync(page, relinkPreloads(html, dirname(page), dist, src, reach));
  }
  return {before: before.length, after: written.size};
}

/** Per output file (absolute path): the output files its static imports reach, itself first. */
function staticClosure(metafile: Metafile, dist: string): Map<string, string[]> {
  const direct = new Map<string, string[]>();
  for (const [out, meta] of Object.entries(metafile.outputs)) {
    const imports = meta.imports.filter((i) => i.kind === "import-statement" && !i.external);
    direct.set(
      resolve(dist, out),
      imports.map((i) => resolve(dist, i.path))
    );
  }
  const closure = new Map<string, string[]>();
  for (const start of direct.keys()) {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      stack.push(...(direct.get(file) ?? []));
    }
    closure.set(start, [...seen]);
  }
  return closure;
}

/**
 * A page's modulepreload links with those into `src` replaced: the entries it preloaded, then the
 * chunks they import, each once, where the first such link was.
 */
export function relinkPreloads(
  html: string,
  from: string,
  dist: string,
  src: string,
  reach: Map<string, string[]>
): string {
  const wanted: string[] = [];
  let first = -1;
  for (const m of html.matchAll(PRELOAD)) {
    const path = m[1]!.startsWith("/") ? join(dist, m[1]!) : resolve(from, m[1]!);
    if (!path.startsWith(src + sep)) continue;
    if (first < 0) first = m.index!;
    for (const file of reach.get(path) ?? []) if (!wanted.includes(file)) wanted.push(file);
  }
  if (first < 0) return html;
  const links = wanted
    .map(
      (file) => `<link rel="modulepreload" href="${relative(from, file).split(sep).join("/")}">\n`
    )
    .join("");
  let out = "";
  let last = 0;
  let placed = false;
  for (const m of html.matchAll(PRELOAD)) {
    const path = m[1]!.startsWith("/") ? join(dist, m[1]!) : resolve(from, m[1]!);
    if (!path.startsWith(src + sep)) continue;
    out += html.slice(last, m.index!) + (placed ? "" : links);
    placed = true;
    last = m.index! + m[0].length;
  }
  return out + html.slice(last);
}
