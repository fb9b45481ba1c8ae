// The build step that bundles the library's modules of a built site into the modules pages import
// and shared chunks: a small site as Framework writes one, bundled, then loaded in Node.
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync} from "node:fs";
import {writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {pathToFileURL} from "node:url";
import {afterAll, describe, expect, it} from "vitest";
import {splitModules} from "../../src/site/split-modules.js";

const dist = mkdtempSync(join(tmpdir(), "split-modules-"));
afterAll(() => rmSync(dist, {recursive: true, force: true}));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(dist, path)), {recursive: true});
  writeFileSync(join(dist, path), text);
}

// The library: two modules a page imports, sharing a third that only they import, and a module
// only a component imports. Framework writes each with a hash in its name.
write(
  "_import/src/errors.aaaa1111.js",
  `export class LinAlgError extends Error {\n` +
    `  constructor(m) { super(m); this.name = new.target.name; }\n}\n` +
    `export class ShapeError extends LinAlgError {}\n`
);
write(
  "_import/src/norm.bbbb2222.js",
  `import {ShapeError} from "./errors.aaaa1111.js";\n` +
    `export function norm(v) { if (!Array.isArray(v)) throw new ShapeError("not a vector"); ` +
    `return Math.hypot(...v); }\n`
);
write(
  "_import/src/dot.cccc3333.js",
  `import {ShapeError} from "./errors.aaaa1111.js";\n` +
    `export function dot(a, b) { if (a.length !== b.length) throw new ShapeError("lengths"); ` +
    `return a.reduce((s, x, i) => s + x * b[i], 0); }\n`
);
write("_import/src/format.dddd4444.js", `export const format = (x) => x.toFixed(2);\n`);
write("_import/src/boot.ffff6666.js", `globalThis.booted = true;\n`);
write(
  "_import/components/table.eeee5555.js",
  `import {format} from "../src/format.dddd4444.js";\nexport const cell = (x) => format(x);\n`
);
const preload = (path: string): string => `<link rel="modulepreload" href="../${path}">\n`;
write(
  "part/page.html",
  `<head>\n${preload("_observablehq/client.js")}${preload("_import/src/norm.bbbb2222.js")}` +
    `${preload("_import/src/dot.cccc3333.js")}${preload("_import/src/errors.aaaa1111.js")}` +
    `<script type="module" src="../_import/src/boot.ffff6666.js"></script>\n` +
    `</head>\n<script type="module">\ndefine({body: async () => {\n` +
    `const [{norm}, {dot}] = await Promise.all([import("../_import/src/norm.bbbb2222.js"), ` +
    `import("../_import/src/dot.cccc3333.js")]);\n}});\n</script>\n`
);

// A background worker: its TypeScript entry imports a module the pages load (norm) and one no page
// loads (scale, which imports the shared errors). Its built file is the prebuild's whole bundle.
const library = mkdtempSync(join(tmpdir(), "split-modules-lib-"));
afterAll(() => rmSync(library, {recursive: true, force: true}));
const source = (path: string, text: string): void => writeFileSync(join(library, path), text);
source("errors.ts", `export class ShapeError extends Error {}\n`);
source("norm.ts", `export function norm(v: number[]): number { return Math.hypot(...v); }\n`);
source(
  "scale.ts",
  `import {ShapeError} from "./errors.js";\n` +
    `export function scale(v: number[], s: number): number[] {\n` +
    `  if (!Number.isFinite(s)) throw new ShapeError("scale");\n  return v.map((x) => x * s);\n}\n`
);
source(
  "worker.ts",
  `import {norm} from "./norm.js";\nimport {scale} from "./scale.js";\n` +
    `(globalThis as {job?: unknown}).job = (v: number[]) => norm(scale(v, 2));\n` +
    `(globalThis as {scaleOf?: unknown}).scaleOf = scale;\n`
);
write("_import/components/generated/job.9999aaaa.js", `/* the whole bundle */\n`);
const worker = {
  library,
  source: join(library, "worker.ts"),
  built: {dir: "_import/components/generated", name: "job"}
};

const counts = splitModules(dist, [worker]);
const load = (path: string): Promise<Record<string, (...a: unknown[]) => unknown>> =>
  import(pathToFileURL(join(dist, path)).href);

describe("splitModules", () => {
  it("keeps every imported module at its URL with its exports, and drops the others", async () => {
    const {norm} = await load("_import/src/norm.bbbb2222.js");
    const {dot} = await load("_import/src/dot.cccc3333.js");
    const {cell} = await load("_import/components/table.eeee5555.js");
    expect(norm!([3, 4])).toBe(5);
    expect(dot!([1, 2], [3, 4])).toBe(11);
    expect(cell!(Math.PI)).toBe("3.14");
    expect(existsSync(join(dist, "_import/src/errors.aaaa1111.js"))).toBe(false);
    expect(existsSync(join(dist, "_import/src/format.dddd4444.js"))).toBe(true);
    expect(counts.before).toBe(5);
    await load("_import/src/boot.ffff6666.js"); // a page's <script src>, kept
    expect((globalThis as {booted?: boolean}).booted).toBe(true);
  });
  it("shares one copy of common code, classes keeping their names", async () => {
    const {norm} = await load("_import/src/norm.bbbb2222.js");
    const {dot} = await load("_import/src/dot.cccc3333.js");
    const caught = (f: () => unknown): Error => {
      try {
        f();
      } catch (e) {
        return e as Error;
      }
      throw new Error("no error");
    };
    const a = caught(() => norm!("x"));
    const b = caught(() => dot!([1], [1, 2]));
    expect([a.name, b.name]).toEqual(["ShapeError", "ShapeError"]);
    expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b)); // one class, not two copies
    const chunks = readdirSync(join(dist, "_import/src/chunks"));
    const text = (f: string): string => readFileSync(join(dist, "_import/src/chunks", f), "utf8");
    expect(chunks.filter((f) => text(f).includes("ShapeError"))).toHaveLength(1);
    const entry = readFileSync(join(dist, "_import/src/norm.bbbb2222.js"), "utf8");
    expect(entry).not.toMatch(/\n\s+/); // minified
  });
  it("preloads what each page's imports now reach, and nothing that is gone", () => {
    const html = readFileSync(join(dist, "part/page.html"), "utf8");
    const links = [...html.matchAll(/modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
    const imported = (path: string): string[] =>
      [...readFileSync(join(dist, path), "utf8").matchAll(/from"\.\/(chunks\/[^"]+)"/g)].map(
        (m) => `../_import/src/${m[1]}`
      );
    const norm = imported("_import/src/norm.bbbb2222.js");
    const dot = imported("_import/src/dot.cccc3333.js");
    expect(norm.length).toBeGreaterThan(0);
    const expected = [
      "../_observablehq/client.js",
      "../_import/src/norm.bbbb2222.js",
      ...norm,
      "../_import/src/dot.cccc3333.js",
      ...dot
    ];
    expect(new Set(links)).toEqual(new Set(expected)); // the errors module is gone: no link to it
    expect(links).toHaveLength(new Set(links).size); // each once
    expect(html).toContain(`import("../_import/src/norm.bbbb2222.js")`);
  });
  it("bundles a worker at its URL, importing the chunks the pages load", async () => {
    const path = "_import/components/generated/job.9999aaaa.js";
    const text = readFileSync(join(dist, path), "utf8");
    expect(text).not.toContain("Math.hypot"); // norm comes from the chunk the page loads
    await load(path);
    const {job, scaleOf} = globalThis as unknown as {
      job: (v: number[]) => number;
      scaleOf: (v: number[], s: number) => number[];
    };
    expect(job([3, 4])).toBe(10);
    const {norm} = await load("_import/src/norm.bbbb2222.js");
    expect(norm!([6, 8])).toBe(job([3, 4]));
    let error: unknown;
    try {
      scaleOf([1], NaN);
    } catch (e) {
      error = e;
    }
    expect((error as Error).constructor.name).toBe("ShapeError"); // the name survives minifying
    const left = readdirSync(join(dist, "_import/src")).filter((f) =>
      /^(worker|scale)\.js$/.test(f)
    );
    expect(left).toEqual([]); // the sources placed for the bundle are gone
  });
});
