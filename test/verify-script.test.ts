// @vitest-environment happy-dom
// Derivations 7 shows the source's NumPy script as TypeScript blocks. This test joins the page's import
// cells, its settings cell and its script blocks (the cells headed "// ——") in page order into one module,
// runs it in Node against the library, and compares what the blocks print, and the figures behind the
// printout, with NumPy's output (test/fixtures/article.json) at the script's seed and two more.
import {mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {describe, expect, it} from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pageFile = resolve(root, "docs/derivations/07-verify-everything.md");
const fixture = JSON.parse(readFileSync(resolve(root, "test/fixtures/article.json"), "utf8"));

/** The page's js cells, in order. */
function jsCells(markdown: string): string[] {
  return [...markdown.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

const isImportOnly = (cell: string) =>
  cell.replace(/^import\s[\s\S]*?from\s+"[^"]+";\s*$/gm, "").trim() === "";
const isSettings = (cell: string) => /^const o = view\(/.test(cell);
const isBlock = (cell: string) => cell.startsWith("// ——");

/** Page-relative import paths made absolute (the program is written elsewhere). */
function absolutize(cell: string): string {
  const here = dirname(pageFile);
  return cell.replace(
    /from\s+"(\.\.?\/[^"]+)"/g,
    (_, path: string) => `from "${resolve(here, path)}"`
  );
}

/**
 * The joined program, as a module: Framework's `display` collects the printouts, `view` reads the
 * settings form's value (its initial value: the script's own settings) with the seed replaced.
 */
function program(seed: number): {source: string; blocks: number} {
  const cells = jsCells(readFileSync(pageFile, "utf8"));
  const chosen = cells.filter((c) => isImportOnly(c) || isSettings(c) || isBlock(c));
  const imports = chosen.filter(isImportOnly).map(absolutize);
  const body = chosen.filter((c) => !isImportOnly(c)).map(absolutize);
  const source = [
    ...imports,
    "export const printed: string[][] = [];",
    "const display = (v: any) => {",
    '  if (v?.className === "printout") printed.push(v.textContent.split("\\n"));',
    "  return v;",
    "};",
    `const view = (form: any) => ({...form.value, seed: ${seed}});`,
    ...body,
    "export {ey, kappaB, kappaBtB, normalError, qrError, gradError};"
  ].join("\n");
  return {source, blocks: chosen.filter(isBlock).length};
}

async function run(seed: number) {
  const {source} = program(seed);
  const dir = resolve(root, "test-results/verify-script");
  mkdirSync(dir, {recursive: true});
  const file = resolve(dir, `program-${seed}.ts`);
  writeFileSync(file, source);
  return await import(/* @vite-ignore */ file);
}

const cases = [fixture, ...fixture.otherSeeds] as {
  seed: number;
  lines: string[];
  eckartYoung: {actual: number; theory: number}[];
  leastSquares: {kappaA: number; kappaAtA: number; normalError: number; qrError: number};
  gradientCheck: {error: number};
}[];

describe("Derivations 7: the page's script blocks, joined into one program", () => {
  it("finds the setup block and the three experiments, in that order", () => {
    const headers = jsCells(readFileSync(pageFile, "utf8"))
      .filter(isBlock)
      .map((c) => c.split("\n")[0]);
    expect(headers).toHaveLength(4);
    expect(headers[0]).toMatch(/setup/);
    expect(headers.slice(1).map((h) => h.match(/—— (\d) ·/)?.[1])).toEqual(["1", "2", "3"]);
    expect(program(42).blocks).toBe(4);
  });

  for (const expected of cases) {
    it(`seed ${expected.seed}: prints NumPy's lines, with the same figures behind them`, async () => {
      const got = await run(expected.seed);
      expect(got.printed.map((p: string[]) => p.join("\n")).join("\n\n")).toBe(
        expected.lines.join("\n")
      );
      const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
      got.ey.forEach((r: {actual: number; theory: number}, i: number) => {
        expect(rel(r.actual, expected.eckartYoung[i]!.actual)).toBeLessThan(1e-12);
        expect(rel(r.theory, expected.eckartYoung[i]!.theory)).toBeLessThan(1e-12);
      });
      const ls = expected.leastSquares;
      expect(rel(got.kappaB, ls.kappaA)).toBeLessThan(1e-12);
      expect(rel(got.kappaBtB, ls.kappaAtA)).toBeLessThan(1e-12);
      expect(rel(got.normalError, ls.normalError)).toBeLessThan(1e-12);
      expect(rel(got.qrError, ls.qrError)).toBeLessThan(1e-12);
      // The gradient-check figure is round-off: the digits NumPy printed, not its last bits.
      expect(rel(got.gradError, expected.gradientCheck.error)).toBeLessThan(1e-4);
    }, 60_000); // the first run transforms the library on a shared, busy machine
  }
});
