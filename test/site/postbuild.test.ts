// The build step that fixes Framework's hard-coded markup, and the split of KaTeX's stylesheet.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {describe, expect, it} from "vitest";
import {SKIP_LINK, fixPageHtml} from "../../src/site/postbuild.js";
import {katexFontFaces, katexLayoutCss} from "../../src/site/vendor.js";

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
    const faces = katexFontFaces("../fonts/", css);
    const count = css.match(/@font-face/g)!.length;
    expect(faces.match(/@font-face/g)).toHaveLength(count);
    expect(faces.match(/font-display:swap/g)).toHaveLength(count);
    expect(faces).not.toMatch(/woff\)|truetype|font-display:block/);
    expect(faces).toContain(`src:url(../fonts/KaTeX_Main-Regular.woff2) format("woff2")`);
  });
});
