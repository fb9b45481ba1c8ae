// The editor's cell compiler: the same inputs/outputs as Framework's build for every cell of every page, imports
// rewritten to the built files, implicit display, TypeScript stripped, errors located, loops guarded.
import {readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {
  CellSyntaxError,
  compileCell,
  importKey,
  importSpecifiers,
  instantiate
} from "../../docs/components/editor/compile.js";
import {CellStoppedError, createGuard} from "../../docs/components/editor/guard.js";
import {stripTypes} from "../../docs/components/editor/typescript.js";
import {markdownIt} from "../../observablehq.config.js";
import {createMarkdownIt, defaultGlobals, parseMarkdown} from "../../src/site/framework.js";
import {docsRoot, listPages, repoRoot} from "../cells/page-runner.js";

const noImports = (specifier: string): string => {
  throw new Error(`unexpected import ${specifier}`);
};
const keep = (specifier: string): string => `resolved:${specifier}`;
const noGuard = (): void => undefined;

describe("inputs and outputs agree with Framework's build on every published cell", () => {
  const md = createMarkdownIt({markdownIt});
  let compared = 0;
  for (const file of listPages()) {
    it(file, () => {
      const page = parseMarkdown(readFileSync(join(repoRoot, file), "utf8"), {
        md,
        path: `/${relative(docsRoot, join(repoRoot, file)).replace(/\.md$/, "")}`
      });
      const blocks = page.code.filter((c) => c.mode === "block");
      for (const {id, node} of blocks) {
        const compiled = compileCell(node.input, "js", {resolveImport: keep});
        const ours = compiled.inputs
          .filter((n) => !(compiled.expression && n === "display"))
          .sort();
        const theirs = [...new Set(node.references.map((r) => r.name))].sort();
        expect(ours, `${file} cell ${id} inputs`).toEqual(theirs);
        expect(compiled.outputs.sort(), `${file} cell ${id}`).toEqual(
          [...new Set((node.declarations ?? []).map((d) => d.name))].sort()
        );
        expect(compiled.expression, `${file} cell ${id}`).toBe(node.expression);
        compared++;
      }
    });
  }
  it("compared the cells of the chapters (not an empty loop)", () =>
    expect(compared).toBeGreaterThan(100));
  it("leaves out exactly Framework's globals", () => {
    const c = compileCell(
      [...defaultGlobals()]
        .filter((n) => n !== "this")
        .map((n) => `${n};`)
        .join("\n"),
      "js",
      {resolveImport: noImports}
    );
    expect(c.inputs).toEqual([]);
  });
});

describe("compileCell", () => {
  it("wraps a lone expression in display(await …), as Framework does", async () => {
    const c = compileCell("k * 2", "js", {resolveImport: noImports});
    expect(c).toMatchObject({inputs: ["k", "display"], outputs: [], expression: true});
    const shown: unknown[] = [];
    await instantiate(c, noGuard)(21, (v: unknown) => shown.push(v));
    expect(shown).toEqual([42]);
  });

  it("returns declared names; reads only free names (locals, parameters, catch bindings and globals are not inputs)", async () => {
    const c = compileCell(
      "const {a, b: [c, ...d]} = src;\nfunction f(x) { try { return x + y; } catch (e) { return e; } }\nclass K {}\nlet n = Math.max(a, c);",
      "js",
      {resolveImport: noImports}
    );
    expect(c.outputs).toEqual(["a", "c", "d", "f", "K", "n"]);
    expect(c.inputs.sort()).toEqual(["src", "y"]);
    const out = (await instantiate(c, noGuard)({a: 3, b: [4, 5, 6]}, 10)) as Record<
      string,
      unknown
    >;
    expect(out).toMatchObject({a: 3, c: 4, d: [5, 6], n: 4});
    expect((out.f as (x: number) => number)(1)).toBe(11);
  });

  it("loads imports from the URLs the page's build uses (static and dynamic) and returns them as outputs", () => {
    const urls: Record<string, string> = {
      "/src/linalg/index.js": "/_import/src/linalg/index.53a8.js",
      "@observablehq/plot": "/_node/@observablehq/plot@0.6.17/index.f66f.js"
    };
    const resolveImport = (s: string): string =>
      urls[importKey(s, "/deep-dive/03-svd")] ?? noImports(s);
    const c = compileCell(
      'import seven, {svd as factor} from "../../src/linalg/index.js";\nimport * as Plot from "@observablehq/plot";\nconst later = (await import("@observablehq/plot")).plot;\nconst r = factor("A");',
      "js",
      {resolveImport}
    );
    expect(c.inputs).toEqual([]);
    expect(c.outputs).toEqual(["seven", "factor", "Plot", "later", "r"]);
    // Node's vm cannot run import() from `new Function` code; the browser test runs it. Here: the rewritten text.
    expect(c.body).toContain(
      'const [{default: seven, svd: factor}, Plot] = await Promise.all([import("/_import/src/linalg/index.53a8.js"), import("/_node/@observablehq/plot@0.6.17/index.f66f.js")]);'
    );
    expect(c.body).toContain(
      'const later = (await import("/_node/@observablehq/plot@0.6.17/index.f66f.js")).plot;'
    );
    expect(c.body).not.toMatch(/^import /m);
    expect(c.body).toMatch(/return \{seven, factor, Plot, later, r\};\n\}$/);
  });

  it("refuses an import the page cannot load (the resolver's error reaches the reader)", () => {
    expect(() =>
      compileCell('import {x} from "left-pad";', "js", {resolveImport: noImports})
    ).toThrow(/unexpected import left-pad/);
  });

  it("strips TypeScript and never displays implicitly in ts cells", async () => {
    const c = compileCell(
      stripTypes(
        "type V = Float64Array;\nconst n: number = (k as number) + 1;\nconst v: V = new Float64Array(n);\nn;"
      ),
      "ts",
      {resolveImport: noImports}
    );
    expect(c).toMatchObject({inputs: ["k"], outputs: ["n", "v"], expression: false});
    expect(await instantiate(c, noGuard)(2)).toMatchObject({n: 3});
  });

  it("reports syntax and TypeScript errors with the reader's line and column", () => {
    const js = (() => {
      try {
        compileCell("const a = 1;\nconst b = (a +;", "js", {resolveImport: noImports});
      } catch (e) {
        return e;
      }
    })();
    expect(js).toBeInstanceOf(CellSyntaxError);
    expect(js).toMatchObject({
      line: 2,
      column: 15,
      message: "Unexpected token at line 2, column 15"
    });
    expect(() => stripTypes("const x: = 1;")).toThrow(
      /^TypeScript: Unexpected token at line 1, column 10$/
    );
    expect(() => stripTypes("let x: number = 1;\nlet y: = 2;")).toThrow(
      /^TypeScript: Unexpected token at line 2, column 8$/
    );
    expect(() => compileCell("export const x = 1;", "js", {resolveImport: noImports})).toThrow(
      /export/
    );
  });
});

describe("import bookkeeping", () => {
  it("lists static imports, then literal dynamic ones (the order of Framework's built cell)", () => {
    expect(
      importSpecifiers(
        'const p = import("b");\nimport {x} from "a";\nimport * as c from "../c.js";'
      )
    ).toEqual(["a", "../c.js", "b"]);
    expect(
      importSpecifiers(
        stripTypes('import type {T} from "t";\nimport {u} from "u";\nconst y: T = u;')
      )
    ).toEqual(["u"]);
  });

  it("keys a module the same however a page names it", () => {
    expect(importKey("../../src/linalg/index.js", "/deep-dive/03-svd")).toBe(
      "/src/linalg/index.js"
    );
    expect(importKey("/src/linalg/index.js", "/deep-dive/03-svd")).toBe("/src/linalg/index.js");
    expect(importKey("./helpers.js", "/deep-dive/03-svd")).toBe("/deep-dive/helpers.js");
    expect(importKey("@observablehq/plot", "/deep-dive/03-svd")).toBe("@observablehq/plot");
  });
});

describe("the loop guard", () => {
  it("stops a loop that never yields, once the time budget is spent, even if the loop catches errors", async () => {
    for (const source of [
      "let i = 0;\nwhile (true) i++;",
      "for (;;) { try { Math.sqrt(2); } catch {} }",
      "let n = 0;\ndo { n++; } while (n > 0);"
    ]) {
      const guard = createGuard(50);
      const body = instantiate(compileCell(source, "js", {resolveImport: noImports}), guard.tick);
      const start = performance.now();
      await expect(body()).rejects.toBeInstanceOf(CellStoppedError);
      expect(performance.now() - start).toBeLessThan(2000);
    }
  });

  it("lets a loop run past the budget when it pauses between steps (each slice has its own budget)", async () => {
    const c = compileCell(
      "let steps = 0;\nfor (let i = 0; i < 6; i++) { await new Promise((r) => setTimeout(r, 15)); steps++; }",
      "js",
      {resolveImport: noImports}
    );
    expect(await instantiate(c, createGuard(40).tick)()).toEqual({steps: 6});
  });

  it("Stop ends a pausing loop at its next step", async () => {
    const guard = createGuard(1000);
    const c = compileCell("while (true) await new Promise((r) => setTimeout(r, 5));", "js", {
      resolveImport: noImports
    });
    const run = instantiate(c, guard.tick)();
    setTimeout(() => guard.stop(), 30);
    await expect(run).rejects.toThrow(/stopped by the reader/);
  });
});
