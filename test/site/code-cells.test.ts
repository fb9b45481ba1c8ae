// Code on the page, as the site's Markdown setup renders it: each cell's code before its output, import-only cells
// in one Setup block under the title, `echo=false` respected, and the code tools' script once per page.
import {describe, expect, it} from "vitest";
import {markdownIt} from "../../observablehq.config.js";
import {createMarkdownIt, parseMarkdown} from "../../src/site/framework.js";

const page = [
  "# Title",
  "",
  "Some prose.",
  "",
  "```js",
  'import * as Plot from "@observablehq/plot";',
  "```",
  "",
  "```js",
  "const x = 2 * 21;",
  "```",
  "",
  "```js",
  'import {norm} from "../../src/linalg/index.js";',
  "```",
  "",
  "```js echo=false",
  "const hidden = 1;",
  "```",
  "",
  "```ts",
  "const y: number = x + 1;",
  "display(y);",
  "```",
  ""
].join("\n");

const render = (text: string) =>
  parseMarkdown(text, {md: createMarkdownIt({markdownIt}), path: "/deep-dive/page"});

describe("code on the page (src/site/code-cells.ts)", () => {
  const {body, code} = render(page);

  it("shows each computing cell's code, as written, just before its output", () => {
    const boxes = [
      ...body.matchAll(/<div class="wb-code" data-cell="([^"]+)" data-lang="(\w+)">/g)
    ];
    expect(boxes.map((m) => m[2])).toEqual(["js", "ts"]);
    for (const [box, id] of boxes) {
      const at = body.indexOf(box!);
      const output = body.indexOf(`<!--:${id}:-->`);
      expect(output).toBeGreaterThan(at);
      expect(body.slice(at, output)).not.toMatch(/<!--:[0-9a-f]{8}/); // no other cell in between
    }
    expect(body).toContain("const y: number = x + 1;");
    expect(code.filter((c) => c.mode === "block")).toHaveLength(5);
  });

  it("gathers import-only cells into one folded Setup block under the title, with their paths as written", () => {
    expect(body.match(/<details class="wb-setup">/g)).toHaveLength(1);
    const setup = /<details class="wb-setup">[\s\S]*?<\/details>/.exec(body)![0];
    expect(setup).toContain("2 import cells");
    expect(setup).toContain("../../src/linalg/index.js"); // not the /src/… path Framework resolves
    expect(body.indexOf("</h1>")).toBeLessThan(body.indexOf("wb-setup"));
    expect(body.indexOf("wb-setup")).toBeLessThan(body.indexOf("Some prose"));
  });

  it("respects echo=false, and ships the state script, bridge and code tools once", () => {
    expect(body).not.toContain("const hidden = 1;");
    expect(body.match(/class="wb-edit"/g)).toHaveLength(2);
    expect(body.match(/components\/editor\/boot\.js/g)).toHaveLength(1);
    expect(body.match(/localStorage\.getItem\("workbook-code"\)/g)).toHaveLength(1);
    expect(body.indexOf("workbook-code")).toBeLessThan(body.indexOf('class="wb-code"'));
  });

  it("leaves a page without cells as it was", () => {
    const plain = render("# Plain\n\nNo cells, ${1 + 1} inline only.\n").body;
    expect(plain).not.toContain("wb-");
  });
});
