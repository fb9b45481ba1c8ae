// Builds a small site for the editor's browser test: a few chapter pages with the real config, components and
// library, in test-results/editor-site (its own root, cache and output, so other builds cannot interfere).
import {execFileSync} from "node:child_process";
import {cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {dirname, join, relative} from "node:path";
import {repoRoot} from "../cells/page-runner.js";

/** A page with a TypeScript cell that imports the library, and a cell that reads its output. */
const FIXTURE = [
  "# Editor fixture",
  "",
  "```ts",
  'import {norm} from "../src/linalg/index.js";',
  "const v: number[] = [3, 4];",
  "const length: number = norm(v);",
  "display(length);",
  "```",
  "",
  "```js",
  "`twice the length: ${length * 2}`",
  "```",
  ""
].join("\n");

/** Build `pages` (paths under docs/, e.g. "deep-dive/03-svd.md") into a site; returns its output folder. */
export async function buildEditorSite(pages: string[]): Promise<string> {
  await import("../../observablehq.config.js"); // writes the KaTeX stylesheet into docs' cache, which style.css imports
  const site = join(repoRoot, "test-results", "editor-site");
  rmSync(site, {recursive: true, force: true});
  const root = join(site, "docs");
  for (const page of pages) {
    mkdirSync(dirname(join(root, page)), {recursive: true});
    cpSync(join(repoRoot, "docs", page), join(root, page));
  }
  writeFileSync(join(root, "index.md"), "# Editor test site\n");
  writeFileSync(join(root, "editor-fixture.md"), FIXTURE);
  for (const link of ["src", "components"]) symlinkSync(relative(root, join(repoRoot, "docs", link)), join(root, link));
  cpSync(join(repoRoot, "docs", "style.css"), join(root, "style.css"));
  const cache = join(repoRoot, "docs", ".observablehq", "cache");
  for (const part of ["katex", "_npm", "_observablehq"]) {
    if (existsSync(join(cache, part))) cpSync(join(cache, part), join(root, ".observablehq", "cache", part), {recursive: true});
  }
  writeFileSync(
    join(site, "observablehq.config.ts"),
    `import base from ${JSON.stringify(join(repoRoot, "observablehq.config.ts"))};\n` +
      `export default {...base, title: "Editor test", pages: [], pager: false, search: false, root: ${JSON.stringify(relative(repoRoot, root))}, output: ${JSON.stringify(relative(repoRoot, join(site, "dist")))}};\n`
  );
  execFileSync("npx", ["observable", "build", "--root", relative(repoRoot, site)], {
    cwd: repoRoot,
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"},
    stdio: ["ignore", "ignore", "inherit"]
  });
  return join(site, "dist");
}
