// The build step that fixes Framework's hard-coded markup, and the split of KaTeX's stylesheet.
import {createHash} from "node:crypto";
import {existsSync, readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {codePoints} from "../../src/site/katex-glyphs.js";
import {pageCells} from "../../src/site/framework.js";
import {SKIP_LINK, fixPageHtml, fixTocMath, lazyPlot} from "../../src/site/postbuild.js";
import {FONT_CUT_DIR, fontCuts, katexFontFaces, katexLayoutCss} from "../../src/site/vendor.js";

/** The start of a page as Framework 1.13.4 writes it. */
const page = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
</head>
<body>
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
<label id="observablehq-sidebar-backdrop" for="observablehq-sidebar-toggle"></label>
<nav id="observablehq-sidebar">
  <ol>
    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
    <li class="observablehq-link"><a href="../">Linear Algebra for ML</a></li>
  </ol>
</nav>
<main id="observablehq-main" class="observablehq"><h1>Title</h1></main>
</body>
</html>`;

describe("fixPageHtml", () => {
  const fixed = fixPageHtml(page);
  it("sets the language and lets readers zoom", () => {
    expect(fixed).toContain(`<html lang="en">`);
    expect(fixed).toContain(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
  });
  it("puts the skip link first in the body, pointing at the content", () => {
    const start = `<body>\n${SKIP_LINK}\n<input id="observablehq-sidebar-toggle"`;
    expect(fixed).toContain(start);
    expect(SKIP_LINK).toContain(`href="#observablehq-main"`);
  });
  it("names the sidebar toggle and moves the close label out of the list", () => {
    expect(fixed).toContain(`title="Toggle sidebar" aria-label="Toggle sidebar">`);
    const list = /<ol>([\s\S]*?)<\/ol>/.exec(fixed)![1]!;
    expect(list).not.toContain("<label");
    expect(fixed).toMatch(/<nav id="observablehq-sidebar">\s*<label id="observablehq-sidebar-/);
  });
  it("changes nothing else, and fails loudly if Framework's markup changes", () => {
    const undo = fixed
      .replace(` lang="en"`, "")
      .replace(`initial-scale=1"`, `initial-scale=1, maximum-scale=1"`)
      .replace(`${SKIP_LINK}\n`, "")
      .replace(` aria-label="Toggle sidebar"`, "");
    expect(undo.replace(/\s+/g, " ")).toBe(
      page.replace(/(<ol>\s*)(<label[^>]*><\/label>\s*)/, "$2$1").replace(/\s+/g, " ")
    );
    expect(() => fixPageHtml(page.replace("<html>", `<html lang="fr">`))).toThrow(/markup changed/);
  });
});

describe("fixTocMath", () => {
  // A heading as Framework writes it, with KaTeX's markup for $\ell_1$ (MathML with its TeX
  // annotation, then the HTML), and the contents entry Framework makes of its text content.
  const math =
    `<span class="katex"><span class="katex-mathml"><math><semantics><mrow><msub><mi>ℓ</mi>` +
    `<mn>1</mn></msub></mrow><annotation encoding="application/x-tex">\\ell_1</annotation>` +
    `</semantics></math></span><span class="katex-html" aria-hidden="true">ℓ<span>1</span>` +
    `</span></span>`;
  const heading = (id: string, text: string): string =>
    `<h2 id="${id}" tabindex="-1">` +
    `<a class="observablehq-header-anchor" href="#${id}">${text}</a></h2>`;
  const entry = (id: string, text: string): string =>
    `<li class="observablehq-secondary-link"><a href="#${id}">${text}</a></li>`;
  const built = (first: string): string =>
    `<aside id="observablehq-toc" data-selector="h2"><nav><div>Contents</div><ol>\n` +
    `${entry("q2", first)}\n${entry("q3", "Q3. Plain $1 text")}\n</ol></nav></aside>\n` +
    `<main>${heading("q2", `Q2. Why does ${math} give sparse solutions?`)}\n` +
    `${heading("q3", "Q3. Plain $1 text")}</main>`;
  const page = built("Q2. Why does ℓ1\\ell_1ℓ1 give sparse solutions?");

  it("shows a heading's math once, typeset as in the heading", () => {
    const fixed = fixTocMath(page);
    expect(fixed).toBe(built(`Q2. Why does ${math} give sparse solutions?`));
    const toc = /<aside[\s\S]*<\/aside>/.exec(fixed)![0];
    expect(toc.replace(/<annotation[^]*?<\/annotation>|<[^>]+>/g, "")).not.toContain("\\ell_1");
  });
  it("leaves entries without math, and pages without contents, as they are", () => {
    expect(fixTocMath(page)).toContain(entry("q3", "Q3. Plain $1 text"));
    const bare = page.replace(/<aside[\s\S]*<\/aside>\n/, "");
    expect(fixTocMath(bare)).toBe(bare);
  });
});

describe("lazyPlot", () => {
  const link = (href: string) => `<link rel="modulepreload" href="${href}">\n`;
  const plotUrl = "../_node/@observablehq/plot@0.6.17/index.746d11e1.js";
  const near = "../_import/components/near-cells.424ec152.js";
  const client = `import {define} from "../_observablehq/client.d10d8454.js";`;
  const page = (plot = true, script = true) =>
    `<head>\n${link("../_observablehq/client.d10d8454.js")}${plot ? link(plotUrl) : ""}` +
    (script ? `<script type="module" src="${near}"></script>` : "") +
    `</head>\n<script type="module">\n${client}\n\n` +
    (plot
      ? `define({id: "aa11bb22", outputs: ["Plot"], body: async () => {\n` +
        `const Plot = await import("${plotUrl}");\n\nreturn {Plot};\n}});\n\n`
      : "") +
    `define({id: "cc33dd44", inputs: ["display","Plot","x"], body: (display,Plot,x) => {}});\n` +
    `define({id: "ee55ff66", inputs: ["check","x"], body: (check,x) => {}});\n` +
    `define({id: "0a1b2c3d", mode: "inline", inputs: ["Plot"], body: (Plot) => {}});\n` +
    `define({id: "4e5f6a7b", outputs: ["x"], body: () => {}});\n</script>`;

  it("drops Plot's preload and makes its import wait until the reader nears a cell that reads Plot", () => {
    const out = lazyPlot(page());
    expect(out).not.toContain(link(plotUrl));
    expect(out).toContain(`${client}\nimport {nearCells} from "${near}";`);
    expect(out).toContain(
      `const Plot = await nearCells(["cc33dd44","0a1b2c3d"]).then(() => import("${plotUrl}"));`
    );
    expect(out.match(/import\(/g)).toHaveLength(1);
  });

  it("leaves a page without Plot as it is; refuses one without near-cells, or Plot in a shared cell", () => {
    expect(lazyPlot(page(false))).toBe(page(false));
    expect(() => lazyPlot(page(true, false), "x.html")).toThrow(/x\.html imports Plot/);
    const shared = page().replace(
      `const Plot = await import("${plotUrl}");`,
      `const [Plot, Inputs] = await Promise.all([import("${plotUrl}"), import("inputs.js")]);`
    );
    expect(() => lazyPlot(shared, "y.html")).toThrow(/y\.html imports Plot in a cell with other/);
  });

  it("reads a page's cells: ids, inputs, outputs, inline ones too", () => {
    expect(pageCells(page())).toEqual([
      {id: "aa11bb22", inputs: [], outputs: ["Plot"]},
      {id: "cc33dd44", inputs: ["display", "Plot", "x"], outputs: []},
      {id: "ee55ff66", inputs: ["check", "x"], outputs: []},
      {id: "0a1b2c3d", inputs: ["Plot"], outputs: []},
      {id: "4e5f6a7b", inputs: [], outputs: ["x"]}
    ]);
  });
});

describe("KaTeX's stylesheet, split", () => {
  const path = createRequire(import.meta.url).resolve("katex/dist/katex.min.css");
  const css = readFileSync(path, "utf8");
  it("keeps every layout rule and no font", () => {
    const layout = katexLayoutCss(css);
    expect(layout).not.toMatch(/@font-face|url\(/);
    expect(layout.length).toBe(css.replace(/@font-face\{[^}]*\}/g, "").length);
    expect(layout).toContain(".katex-display");
  });
  it("declares every face once, woff2 only, swapped in when loaded", () => {
    const faces = katexFontFaces("../fonts/", css, {});
    const count = css.match(/@font-face/g)!.length;
    expect(faces.match(/@font-face/g)).toHaveLength(count);
    expect(faces.match(/font-display:swap/g)).toHaveLength(count);
    expect(faces).not.toMatch(/woff\)|truetype|font-display:block/);
    expect(faces).toContain(`src:url(../fonts/KaTeX_Main-Regular.woff2) format("woff2")`);
  });
});

describe("KaTeX's faces cut to the site's characters (src/site/katex-subset.py)", () => {
  const cuts = fontCuts();
  const glyphs = JSON.parse(readFileSync(join(FONT_CUT_DIR, "glyphs.json"), "utf8")) as Record<
    string,
    string
  >;
  it("ships each cut under the hash of its bytes, holding only what the site draws", () => {
    expect(Object.keys(cuts).length).toBeGreaterThan(0);
    for (const [face, cut] of Object.entries(cuts)) {
      const bytes = readFileSync(join(FONT_CUT_DIR, cut.file));
      const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 8);
      expect(cut.file).toBe(`${face}.${hash}.woff2`);
      const drawn = new Set([...(glyphs[face] ?? "")].map((ch) => ch.codePointAt(0)!));
      expect(codePoints(cut.subset).filter((cp) => !drawn.has(cp))).toEqual([]);
    }
  });
  it("declares the whole face for the other characters only, after it the cut", () => {
    const faces = katexFontFaces("f/", katexCss(), cuts);
    for (const [face, cut] of Object.entries(cuts)) {
      const inside = new Set(codePoints(cut.subset));
      expect(codePoints(cut.rest).filter((cp) => inside.has(cp))).toEqual([]);
      const whole = faces.indexOf(
        `src:url(f/${face}.woff2) format("woff2");unicode-range:${cut.rest}}`
      );
      const part = faces.indexOf(
        `src:url(f/${cut.file}) format("woff2");unicode-range:${cut.subset}}`
      );
      expect(part).toBeGreaterThan(-1);
      if (cut.rest) expect(whole).toBeGreaterThan(-1);
      expect(existsSync(join(FONT_CUT_DIR, cut.file))).toBe(true);
    }
  });
});

function katexCss(): string {
  return readFileSync(createRequire(import.meta.url).resolve("katex/dist/katex.min.css"), "utf8");
}
