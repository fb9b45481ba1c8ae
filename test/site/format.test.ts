// The format tool: in a Markdown page it formats the js/ts cells and leaves the prose and other blocks as written.
import {describe, expect, it} from "vitest";
import {findFences, formatMarkdown} from "../../src/site/format.js";

const page = [
  "# A page",
  "",
  "Prose   with  odd spacing, a `code span`, and a very long line that Prettier would reflow if it touched prose at all, which it must not.",
  "",
  "```js",
  "const A = Matrix.from( [[1,2],[3,4]] )",
  "display(check('A', norm(A),5.477, {rtol:1e-3}))",
  "```",
  "",
  "```js",
  "x  *  2",
  "```",
  "",
  "```ts",
  "import type {Matrix} from '../src/linalg/index.js'",
  "const v:number[]=[1,2]",
  "```",
  "",
  "```python",
  "x=[1,2]",
  "```",
  "",
  "````md",
  "```js",
  "not  a  cell",
  "```",
  "````",
  ""
].join("\n");

describe("formatMarkdown", () => {
  it("formats js and ts cells with the project's Prettier config", async () => {
    const out = await formatMarkdown(page, "docs/page.md");
    expect(out).toContain(
      '```js\nconst A = Matrix.from([\n  [1, 2],\n  [3, 4]\n]);\ndisplay(check("A", norm(A), 5.477, {rtol: 1e-3}));\n```'
    );
    expect(out).toContain(
      '```ts\nimport type {Matrix} from "../src/linalg/index.js";\nconst v: number[] = [1, 2];\n```'
    );
  });

  it("keeps a one-expression cell an expression (no semicolon: Framework displays it)", async () => {
    expect(await formatMarkdown(page, "docs/page.md")).toContain("```js\nx * 2\n```");
  });

  it("leaves prose, other languages and fences inside other fences untouched", async () => {
    const out = await formatMarkdown(page, "docs/page.md");
    const lines = out.split("\n");
    expect(lines[2]).toBe(page.split("\n")[2]);
    expect(out).toContain("```python\nx=[1,2]\n```");
    expect(out).toContain("````md\n```js\nnot  a  cell\n```\n````");
    expect(await formatMarkdown(out, "docs/page.md"), "formatting twice changes nothing").toBe(out);
  });

  it("leaves a cell that does not parse as written, and says where it is", async () => {
    const errors: number[] = [];
    const broken = "text\n\n```js\nconst = 1\n```\n";
    expect(await formatMarkdown(broken, "docs/page.md", (line) => void errors.push(line))).toBe(
      broken
    );
    expect(errors).toEqual([3]);
  });

  it("finds cells by their fence language only", () => {
    expect(findFences(page).map((f) => [f.lang, f.line])).toEqual([
      ["js", 5],
      ["js", 10],
      ["ts", 14]
    ]);
  });
});
