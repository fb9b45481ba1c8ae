// Third-party styles the site serves, kept out of the one bundled stylesheet where they cost a
// first visit:
// - katex.css (written by `tsx src/site/vendor.ts` before `npm run dev` and `npm run build`, never
//   when the config is imported, into the gitignored docs/.observablehq/cache/vendor/): KaTeX's
//   layout rules without its @font-face rules; docs/style.css imports it (about 6 KB gzipped);
// - fonts/*.woff2 beside it, and katexFontFaces(): the @font-face rules (woff2 only, `font-display:
//   swap`) that the config inlines in every page's head, so a browser fetches only the faces a page
//   draws with. A face the site uses is declared twice: cut to the characters the built pages draw
//   with it (src/site/katex-fonts/, made by `npm run fonts`), and whole for its other characters,
//   fetched only if a page draws one. Framework's style bundler cannot load font files; the
//   preview server serves them under /_file/, and src/site/postbuild.ts copies them to the same
//   place in the built site;
// - inputs.css: Observable Inputs' stylesheet (Framework adds it only when Inputs comes from its
//   CDN);
// - Observable Plot as one minified module with the parts of d3 it uses (bundlePlot).
import {copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync} from "node:fs";
import {writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {buildSync} from "esbuild";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

const require = createRequire(import.meta.url);

/** The site's source root (docs/). */
export const DOCS = resolve(dirname(fileURLToPath(import.meta.url)), "../../docs");

/** The folder, relative to the source root, that holds the vendored files. */
export const VENDOR_DIR = ".observablehq/cache/vendor";

/** Where the fonts are served from, relative to the site's root (the preview's /_file/ route). */
export const FONT_URL_DIR = `_file/${VENDOR_DIR}/fonts`;

/** A face cut to the characters the site draws with it: its file, and the unicode-range of the
 * cut and of the whole face's other characters (src/site/katex-subset.py). */
export interface FontCut {
  file: string;
  subset: string;
  rest: string;
}

/** The folder of the cut faces and their manifest. */
export const FONT_CUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "katex-fonts");

/** The cut faces by face name ("KaTeX_Main-Regular"), as src/site/katex-subset.py wrote them. */
export function fontCuts(): Record<string, FontCut> {
  return JSON.parse(readFileSync(join(FONT_CUT_DIR, "manifest.json"), "utf8")) as Record<
    string,
    FontCut
  >;
}

/** KaTeX's font files (woff2) and the cut faces, by path. */
export function katexFontFiles(): string[] {
  const dir = join(dirname(require.resolve("katex/dist/katex.min.css")), "fonts");
  const whole = readdirSync(dir)
    .filter((f) => f.endsWith(".woff2"))
    .map((f) => join(dir, f));
  return [...whole, ...Object.values(fontCuts()).map((cut) => join(FONT_CUT_DIR, cut.file))];
}

const katexCss = (): string => readFileSync(require.resolve("katex/dist/katex.min.css"), "utf8");
const FONT_FACE = /@font-face\{[^}]*\}/g;

/** KaTeX's stylesheet without its @font-face rules. */
export function katexLayoutCss(css = katexCss()): string {
  const layout = css.replace(FONT_FACE, "");
  if (/url\(/.test(layout)) throw new Error("katex.min.css: a url() is left outside @font-face");
  return layout;
}

/**
 * KaTeX's @font-face rules, woff2 only, `font-display: swap`, fonts at `base` + file name. A face
 * in `cuts` is declared twice, with unicode-ranges that do not overlap: whole for the characters
 * outside the cut, and cut.
 */
export function katexFontFaces(
  base: string,
  css = katexCss(),
  cuts: Record<string, FontCut> = fontCuts()
): string {
  const faces = (css.match(FONT_FACE) ?? []).map((face) => {
    const woff2 = /url\(fonts\/(([\w-]+)\.woff2)\) format\("woff2"\)/.exec(face);
    if (!woff2) throw new Error(`katex.min.css: a @font-face without woff2: ${face}`);
    const rule = (file: string, range?: string): string =>
      face
        .replace(/font-display:\w+/, "font-display:swap")
        .replace(/src:[^;}]*/, `src:url(${base}${file}) format("woff2")`)
        .replace(/\}$/, range ? `;unicode-range:${range}}` : "}");
    const cut = cuts[woff2[2]!];
    if (!cut) return rule(woff2[1]!);
    return (cut.rest ? rule(woff2[1]!, cut.rest) : "") + rule(cut.file, cut.subset);
  });
  if (faces.length === 0) throw new Error("katex.min.css: no @font-face rules found");
  return faces.join("");
}

/** Write `text` to `file` only if it changed (a running preview does not reload for nothing). */
function update(file: string, text: string | Buffer): void {
  if (existsSync(file) && readFileSync(file).equals(Buffer.from(text))) return;
  writeFileSync(file, text);
}

/** Write KaTeX's layout stylesheet and fonts and Inputs' stylesheet into `root`/VENDOR_DIR. */
export function vendorStylesheets(root = DOCS): void {
  const dir = join(root, VENDOR_DIR);
  mkdirSync(join(dir, "fonts"), {recursive: true});
  update(join(dir, "katex.css"), katexLayoutCss());
  for (const font of katexFontFiles()) {
    const out = join(dir, "fonts", font.replace(/^.*\//, ""));
    if (!existsSync(out)) copyFileSync(font, out);
  }
  const inputs = readFileSync(require.resolve("@observablehq/inputs/dist/index.css"));
  update(join(dir, "inputs.css"), inputs);
}

/** Every `.md`, `.ts` and `.js` file under `dir`, but Framework's cache and generated bundles. */
function sources(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === ".observablehq" || entry.name === "generated" ? [] : sources(path);
    return /\.(md|ts|js)$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The names the pages and components under `root` read from Plot, `Plot.<name>`, sorted. Cells
 * import Plot as a namespace (`import * as Plot from "@observablehq/plot"`); the `docs/src` link
 * is not followed (the library does not use Plot).
 */
export function plotNames(root = DOCS): string[] {
  const names = new Set<string>();
  for (const file of sources(root)) {
    if (file.startsWith(join(root, "src"))) continue;
    for (const m of readFileSync(file, "utf8").matchAll(/\bPlot\.([A-Za-z_$][\w$]*)/g))
      names.add(m[1]!);
  }
  return [...names].sort();
}

/**
 * Observable Plot as one module. Framework resolves `import * as Plot from "@observablehq/plot"` to
 * /_node/@observablehq/plot@<version>/index.js, which it bundles into its cache only if that file
 * is missing (Framework 1.13.4, node.js: resolveNodeImport); its own bundle keeps d3 as an import,
 * and a page then loads Plot plus all 30 d3 modules (about 190 KB gzipped, 30 requests). This
 * writes that cache file first: one esbuild bundle of Plot and the d3 it uses, 1 request. For a
 * build, the bundle exports only `names` (by default the ones the pages use, `plotNames`), and
 * esbuild leaves out the marks, transforms and d3 modules nothing reaches (104 KB instead of 130 KB
 * gzipped): a reader's edited cell has the same Plot functions as the page. `names: "all"` (the
 * preview, `predev`, where a writer may add a mark to a page) bundles all of Plot.
 * Returns the file written.
 */
export function bundlePlot(root = DOCS, names: string[] | "all" = plotNames(root)): string {
  const entry = require.resolve("@observablehq/plot"); // <package>/src/index.js
  const packageJson = join(dirname(entry), "..", "package.json");
  const {version} = JSON.parse(readFileSync(packageJson, "utf8")) as {version: string};
  const out = join(root, ".observablehq/cache/_node", `@observablehq/plot@${version}`, "index.js");
  const plot = JSON.stringify(entry);
  const contents =
    names === "all" ? `export * from ${plot};` : `export {${names.join(", ")}} from ${plot};`;
  const result = buildSync({
    stdin: {contents, resolveDir: dirname(entry), loader: "js"},
    bundle: true,
    format: "esm",
    platform: "browser",
    minify: true,
    legalComments: "none",
    write: false,
    logLevel: "silent" // a name Plot does not export fails the build, with esbuild's message
  });
  mkdirSync(dirname(out), {recursive: true});
  update(out, Buffer.from(result.outputFiles[0]!.contents));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  vendorStylesheets();
  bundlePlot(DOCS, process.env.npm_lifecycle_event === "predev" ? "all" : plotNames());
}
