// Build-time: bundles the lazy editor (editor.ts with CodeMirror and acorn; sucrase in a chunk of its own, fetched only
// for ts cells) into minified ES modules with esbuild. Framework's own npm bundling cannot load sucrase (a CommonJS
// dependency loses its named exports).
import {buildSync} from "esbuild";
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {basename, dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** Where the bundle goes (gitignored): editor.js and its chunks. boot.ts imports editor.js; Framework copies the rest. */
export const BUNDLE_DIR = join(here, "generated");

/**
 * Writes generated/editor.js and its chunks, each only if its content changed (so a running preview does not reload
 * for nothing, and a concurrent build never reads half a file), and removes chunks of earlier builds. The page's client
 * module stays an import (`observablehq:client`), which Framework resolves to the page's own instance.
 */
export function bundleEditor(): void {
  const result = buildSync({
    entryPoints: [join(here, "editor.ts")],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    external: ["observablehq:client"],
    outdir: BUNDLE_DIR,
    chunkNames: "chunk-[hash]",
    write: false
  });
  mkdirSync(BUNDLE_DIR, {recursive: true});
  const written = new Set<string>();
  for (const file of result.outputFiles) {
    written.add(basename(file.path));
    if (existsSync(file.path) && readFileSync(file.path, "utf8") === file.text) continue;
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.text);
    renameSync(temporary, file.path);
  }
  for (const name of readdirSync(BUNDLE_DIR)) if (/^chunk-\w+\.js$/.test(name) && !written.has(name)) rmSync(join(BUNDLE_DIR, name));
}
