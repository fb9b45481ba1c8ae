// Builds a small site for the editor's browser test: a few chapter pages and a fixture page, with the real config,
// components and library, from a snapshot of the tree (test/browser/build.ts: others edit the tree while tests run).
import {execFileSync} from "node:child_process";
import {cpSync, existsSync, mkdirSync, symlinkSync, writeFileSync} from "node:fs";
import {dirname, join, relative} from "node:path";
import type * as Bundle from "../../src/site/bundle.js";
import type * as OffloadBundle from "../../src/site/offload-bundle.js";
import type * as Postbuild from "../../src/site/postbuild.js";
import type * as Vendor from "../../src/site/vendor.js";
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

/**
 * Build `pages` (paths under docs/, e.g. "deep-dive/03-svd.md") and /editor-fixture from the snapshot `source` into
 * `source`/editor-site; returns the built site's folder.
 */
export async function buildEditorSite(source: string, pages: string[]): Promise<string> {
  const config = join(source, "observablehq.config.ts");
  // What `npm run build` does before and after Framework, for the snapshot: the editor and worker bundles,
  // the vendored stylesheets (which style.css imports), and the markup fixes.
  const site_ = (name: string): Promise<unknown> =>
    import(/* @vite-ignore */ join(source, "src", "site", name));
  const {bundleEditor} = (await site_("bundle.ts")) as typeof Bundle;
  const {vendorStylesheets} = (await site_("vendor.ts")) as typeof Vendor;
  const {postbuild} = (await site_("postbuild.ts")) as typeof Postbuild;
  const {bundleOffloadWorker} = (await site_("offload-bundle.ts")) as typeof OffloadBundle;
  bundleEditor();
  bundleOffloadWorker();
  vendorStylesheets(join(source, "docs"));
  const site = join(source, "editor-site");
  const root = join(site, "docs");
  for (const page of pages) {
    mkdirSync(dirname(join(root, page)), {recursive: true});
    cpSync(join(source, "docs", page), join(root, page));
  }
  writeFileSync(join(root, "index.md"), "# Editor test site\n");
  writeFileSync(join(root, "editor-fixture.md"), FIXTURE);
  symlinkSync(relative(root, join(source, "src")), join(root, "src"));
  symlinkSync(relative(root, join(source, "docs", "components")), join(root, "components"));
  cpSync(join(source, "docs", "style.css"), join(root, "style.css"));
  const cache = join(source, "docs", ".observablehq", "cache");
  for (const part of ["vendor", "_npm", "_observablehq"]) {
    if (existsSync(join(cache, part)))
      cpSync(join(cache, part), join(root, ".observablehq", "cache", part), {recursive: true});
  }
  writeFileSync(
    join(site, "observablehq.config.ts"),
    `import base from ${JSON.stringify(config)};\n` +
      `export default {...base, title: "Editor test", pages: [], pager: false, search: false, root: ${JSON.stringify(relative(repoRoot, root))}, output: ${JSON.stringify(relative(repoRoot, join(site, "dist")))}};\n`
  );
  execFileSync("npx", ["observable", "build", "--root", relative(repoRoot, site)], {
    cwd: repoRoot,
    env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"},
    stdio: ["ignore", "ignore", "inherit"]
  });
  postbuild(join(site, "dist"));
  return join(site, "dist");
}
