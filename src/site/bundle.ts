// Bundles the in-page editor (docs/components/editor/editor.ts with CodeMirror and acorn; sucrase in a chunk of its
// own, fetched only for ts cells) into minified ES modules with esbuild, next to the editor's sources in the served
// docs/ folder (generated/, gitignored). Framework's own npm bundling cannot load sucrase (a CommonJS dependency
// loses its named exports). Runs before `npm run build` and `npm run dev` (`tsx src/site/bundle.ts`), never when
// the config is imported.
import {buildSync} from "esbuild";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync
} from "node:fs";
import {basename, dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** The editor's sources (browser code, served by Framework). */
export const EDITOR_DIR = resolve(here, "../../docs/components/editor");

/** Where the bundle goes: editor.js and its chunks. boot.ts imports editor.js; Framework copies the chunks. */
export const BUNDLE_DIR = join(EDITOR_DIR, "generated");

/**
 * Writes generated/editor.js and its chunks, each only if its content changed (so a running preview does not
 * reload for nothing, and a concurrent build never reads half a file), and removes chunks of earlier builds.
 * The adapter (src/site/framework.ts) loads its Node side only where `globalThis.process` exists, so here that
 * code is dead and left out.
 */
export function bundleEditor(): void {
  const result = buildSync({
    entryPoints: [join(EDITOR_DIR, "editor.ts")],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    // The adapter's Node side (src/site/framework.ts) is dropped: in a browser there is no process.
    define: {"globalThis.process": "undefined"},
    external: ["node:*", "@observablehq/framework/*"], // named by that dead code only
    outdir: BUNDLE_DIR,
    chunkNames: "chunk-[hash]",
    write: false,
    logLevel: "error"
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
  for (const name of readdirSync(BUNDLE_DIR)) {
    if (/^chunk-\w+\.js$/.test(name) && !written.has(name)) rmSync(join(BUNDLE_DIR, name));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) bundleEditor();
