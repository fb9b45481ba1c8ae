// After `observable build` (`tsx src/site/postbuild.ts [dist]`, run by `npm run build`):
// - fix the page markup Framework 1.13.4 hard-codes (see fixPageHtml), table-of-contents
//   entries of headings with math (fixTocMath), and Plot's import,
//   which waits for the reader to come near a figure (lazyPlot);
// - copy KaTeX's fonts to where the @font-face rules in each page's head point
//   (src/site/vendor.ts): the preview serves them from the source tree, a build does not copy files
//   nothing links to.
// - bundle the library's modules into the ones pages import and shared chunks
//   (src/site/split-modules.ts).
// The preview server gets the same markup fixes from the client script in the config's head.
import {copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {addModuleImport, pageCells} from "./framework.js";
import {splitModules} from "./split-modules.js";
import {FONT_URL_DIR, katexFontFiles} from "./vendor.js";

/** The skip link: the first Tab stop of every page, to the page's content. */
export const SKIP_LINK = `<a class="skip-link" href="#observablehq-main">Skip to content</a>`;

/**
 * One built page with Framework's fixed markup corrected:
 * - `<html>` gets `lang="en"`;
 * - the viewport meta loses `maximum-scale=1` (it blocks zoom);
 * - a skip link comes first in the body;
 * - the sidebar toggle gets an accessible name (Framework names it by title only);
 * - the sidebar's close `<label>` moves out of the `<ol>` (a list may hold only list items).
 * Throws if the page does not have the markup expected of Framework 1.13.4.
 */
export function fixPageHtml(html: string, file = "page"): string {
  const steps: [RegExp, string | ((match: string) => string)][] = [
    [/<html>/, `<html lang="en">`],
    [/(<meta name="viewport" content="[^"]*?),\s*maximum-scale=1(")/, "$1$2"],
    [/<body>\n?/, (body) => `${body}${SKIP_LINK}\n`],
    [
      /(<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar")>/,
      `$1 aria-label="Toggle sidebar">`
    ],
    [
      /(<nav id="observablehq-sidebar">\s*)(<ol>\s*)(<label id="observablehq-sidebar-close".*?\/label>\s*)/,
      "$1$3$2"
    ]
  ];
  let out = html;
  for (const [pattern, replacement] of steps) {
    if (!pattern.test(out)) {
      // A page without a sidebar (none configured) has nothing to move; every page has the rest.
      const noSidebar = !out.includes(`id="observablehq-sidebar"`);
      if (String(pattern).includes("sidebar") && noSidebar) continue;
      throw new Error(`${file}: Framework's markup changed, ${pattern} not found`);
    }
    out = out.replace(pattern, replacement as string);
  }
  return out;
}

/**
 * The table of contents Framework 1.13.4 writes holds each heading's text content; for a
 * heading with typeset math, that is KaTeX's MathML, its TeX annotation and its HTML in a row
 * ("ℓ1\ell_1ℓ1").
 * An entry whose heading holds math gets the heading's own markup instead, as the heading shows it.
 */
export function fixTocMath(html: string): string {
  const toc = /(<aside id="observablehq-toc"[^>]*>)([\s\S]*?)(<\/aside>)/.exec(html);
  if (!toc) return html;
  const entries = toc[2]!.replace(/(<a href="#([^"]+)">)([\s\S]*?)(<\/a>)/g, (entry, open, id) => {
    const escaped = String(id).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const anchor = `<a class="observablehq-header-anchor" href="#${escaped}">`;
    const heading = new RegExp(`<h([1-6]) id="${escaped}"[^>]*>${anchor}([\\s\\S]*?)</a></h\\1>`);
    const inner = heading.exec(html)?.[2];
    return inner?.includes(`class="katex"`) ? `${open}${inner}</a>` : entry;
  });
  return html.replace(toc[0], () => `${toc[1]}${entries}${toc[3]}`);
}

/** Framework's URL of Plot in a page (a preload link, and the import in the cell that reads it). */
const PLOT_URL = /[^"]*\/_node\/@observablehq\/plot@[^"]*\.js/;

/**
 * Plot only when the reader comes near a figure. Framework preloads every module a page's cells
 * import, Plot's 100 KB included, and the cell that imports Plot runs at once. This drops Plot's
 * preload link and makes that import wait on `nearCells` (docs/components/near-cells.ts, loaded by
 * every page's head) with the ids of the cells that read Plot: the first view fetches no Plot, and
 * a scroll, or a figure near the screen, does. Cells that do not read Plot do not wait. Throws if
 * a page imports Plot but its head does not load near-cells, or imports Plot in one cell with other
 * modules (they would wait too).
 */
export function lazyPlot(html: string, file = "page"): string {
  const plot = new RegExp(`import\\("(${PLOT_URL.source})"\\)`).exec(html);
  if (!plot) return html;
  const near = /<script type="module" src="([^"]*\/components\/near-cells\.[0-9a-f]{8}\.js)">/;
  const url = near.exec(html)?.[1];
  if (!url) throw new Error(`lazyPlot: ${file} imports Plot but does not load near-cells.js`);
  const readers = pageCells(html)
    .filter((cell) => cell.inputs.includes("Plot"))
    .map((cell) => cell.id);
  if (!html.includes(`= await ${plot[0]};`))
    throw new Error(`lazyPlot: ${file} imports Plot in a cell with other imports; give it its own`);
  const lazy = html
    .replace(new RegExp(`<link rel="modulepreload" href="${PLOT_URL.source}">\n?`), "")
    .replace(plot[0], () => `nearCells(${JSON.stringify(readers)}).then(() => ${plot[0]})`);
  return addModuleImport(lazy, `import {nearCells} from "${url}";`);
}

/** Every file under `dir` whose name passes `keep`. */
function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, keep) : keep(name) ? [path] : [];
  });
}

/** Fix every page of the site built in `dist`, copy KaTeX's fonts, bundle the library's modules;
 * returns the number of pages. */
export function postbuild(dist: string): number {
  const pages = files(dist, (name) => name.endsWith(".html"));
  for (const page of pages) {
    const html = fixTocMath(fixPageHtml(readFileSync(page, "utf8"), page));
    writeFileSync(page, lazyPlot(html, page));
  }
  const fontDir = join(dist, FONT_URL_DIR);
  mkdirSync(fontDir, {recursive: true});
  for (const font of katexFontFiles()) copyFileSync(font, join(fontDir, font.replace(/^.*\//, "")));
  splitModules(dist);
  return pages.length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = dirname(fileURLToPath(import.meta.url));
  const dist = resolve(process.argv[2] ?? join(here, "../../dist"));
  console.log(`postbuild: ${postbuild(dist)} pages fixed in ${dist}`);
}
