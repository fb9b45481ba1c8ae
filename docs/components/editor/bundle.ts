// Build-time: bundles the lazy editor (editor.ts with CodeMirror, sucrase, acorn) into one minified ES module with
// esbuild. Framework's own npm bundling cannot load sucrase (a CommonJS dependency loses its named exports).
import {buildSync} from "esbuild";
import {existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** Where the bundle goes (gitignored); boot.ts imports it, and Framework copies it into the site like any module. */
export const BUNDLE = join(here, "generated", "editor.js");

/**
 * Writes generated/editor.js if its content changed (so a running preview does not reload for nothing). The page's
 * client module stays an import (`observablehq:client`), which Framework resolves to the page's own instance.
 */
export function bundleEditor(): void {
  const result = buildSync({
    entryPoints: [join(here, "editor.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    external: ["observablehq:client"],
    write: false
  });
  const code = result.outputFiles[0].text;
  if (existsSync(BUNDLE) && readFileSync(BUNDLE, "utf8") === code) return;
  mkdirSync(dirname(BUNDLE), {recursive: true});
  const temporary = `${BUNDLE}.${process.pid}.tmp`; // then rename: a concurrent build never reads half a file
  writeFileSync(temporary, code);
  renameSync(temporary, BUNDLE);
}
