// Site configuration: sidebar from the chapter files, KaTeX at build time, no request to any other host.
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {dirname, join, posix} from "node:path";
import {fileURLToPath} from "node:url";
import markdownItKatexModule from "@vscode/markdown-it-katex";
import katex from "katex";
import type {default as MarkdownIt, PluginWithOptions} from "markdown-it";
import {codeCells} from "./src/site/code-cells.js";
import {placeholderBefore} from "./src/site/framework.js";
import {FONT_URL_DIR, katexFontFaces} from "./src/site/vendor.js";

// The package is CommonJS with `exports.default`; Node's ESM loader hands us the exports object.
const markdownItKatex: PluginWithOptions<object> =
  (markdownItKatexModule as unknown as {default?: PluginWithOptions<object>}).default ??
  (markdownItKatexModule as unknown as PluginWithOptions<object>);

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "docs");

/** The two parts of the workbook, in the order of the source texts. */
const parts = [
  {name: "Deep Dive", dir: "deep-dive"},
  {name: "Derivations", dir: "derivations"}
] as const;

/** A page's front matter (the YAML between the opening `---` lines), or "". */
function frontMatter(text: string): string {
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
}

/** A page's title: front-matter `title:`, else its first `# ` heading, else its file name. */
function pageTitle(file: string): string {
  const text = readFileSync(file, "utf8");
  const fromFront = /^title:\s*["']?(.+?)["']?\s*$/m.exec(frontMatter(text));
  if (fromFront) return fromFront[1]!;
  let fenced = false;
  for (const line of text.split("\n")) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^#\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading)
      return heading[1]!
        .replace(/\$[^$]*\$/g, "")
        .replace(/[*_`]/g, "")
        .trim();
  }
  return file.replace(/^.*\/|\.md$/g, "");
}

/**
 * The sidebar lists only pages that exist (a page named in `pages` but missing fails the
 * build) and are published (not `draft: true`), sorted by file name, so chapters appear as
 * their writers add them.
 */
function sidebar() {
  return parts.map(({name, dir}) => {
    const folder = join(root, dir);
    const files = (existsSync(folder) ? readdirSync(folder) : [])
      .filter(
        (f) =>
          f.endsWith(".md") &&
          !/^draft:\s*true\s*$/m.test(frontMatter(readFileSync(join(folder, f), "utf8")))
      )
      .sort();
    return {
      name,
      open: true,
      pages: files.map((f) => ({
        name: pageTitle(join(folder, f)),
        path: `/${dir}/${f.slice(0, -3)}`
      }))
    };
  });
}

/**
 * Framework refuses imports that leave the source root ("non-local import"), but cells import the
 * library by its real relative path (`../../src/linalg/index.js`, which editors and tsc follow).
 * `docs/src` is a symlink to `../src`; this rule rewrites such specifiers in js/ts cells to the
 * root-absolute `/src/…` before Framework parses them. Line numbers do not change.
 */
export function rewriteSrcImports(code: string, pagePath: string): string {
  return code.replace(
    /(\bfrom\s*|\bimport\s*\(?\s*)(["'])(\.\.\/[^"'\n]*)\2/g,
    (match, lead: string, quote: string, specifier: string) => {
      const target = posix.join("docs", posix.dirname(pagePath), specifier); // relative to the repository
      return target.startsWith("src/") ? `${lead}${quote}/${target}${quote}` : match;
    }
  );
}

/** KaTeX for $…$ and $$…$$, then Framework's `${…}` rule again, ahead of the math rules. */
export function markdownIt(md: MarkdownIt): MarkdownIt {
  md.core.ruler.after("block", "workbook_src_imports", (state) => {
    const path = (state.env as {path?: string}).path ?? "/index";
    for (const token of state.tokens) {
      if (token.type === "fence" && /^(js|ts|jsx|tsx)\b/.test(token.info.trim()))
        token.content = rewriteSrcImports(token.content, path);
    }
  });
  // Typeset with the project's KaTeX (the plugin bundles an older copy whose markup differs from the CSS we serve).
  md.use(markdownItKatex, {katex, throwOnError: false});
  placeholderBefore(md, ["math_inline_block", "math_inline"]);
  md.use(codeCells); // code above each cell, Setup block, code tools and the editor (src/site/code-cells.ts)
  return md;
}

/**
 * Every page's head: both colour schemes; KaTeX's @font-face rules inline (fonts are fetched only when a
 * page uses them; src/site/vendor.ts), relative to the page so the site works under any base path; the
 * accessibility fixes for plots and Framework's markup (docs/components/page-a11y.ts); each cell
 * run in a task of its own, after the first paint (docs/components/cells-in-tasks.ts); and Plot
 * fetched when the reader comes near a figure (docs/components/near-cells.ts, which postbuild's
 * lazyPlot makes the page's Plot import wait on).
 */
function head({path}: {path: string}): string {
  const toRoot = "../".repeat(path.split("/").length - 2) || "./";
  return (
    `<meta name="color-scheme" content="light dark"><link rel="icon" href="data:,">` +
    `<style>${katexFontFaces(`${toRoot}${FONT_URL_DIR}/`)}</style>` +
    `<script type="module" src="/components/page-a11y.js"></script>` +
    `<script type="module" src="/components/cells-in-tasks.js"></script>` +
    `<script type="module" src="/components/near-cells.js"></script>`
  );
}

export default {
  root: "docs",
  title: "Linear Algebra for ML",
  pages: [...sidebar(), {name: "Claims and errata", path: "/claims"}],
  pager: true,
  search: true,
  toc: true,
  style: "style.css",
  globalStylesheets: [],
  head,
  footer: `A live workbook: every cell runs in your browser, and in CI. Source: <code>docs/</code> and <code>src/</code>.`,
  markdownIt
};
