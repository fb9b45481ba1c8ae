// Builds the site (npm run build) and, separately, the unpublished fixture pages (docs/_fixtures).
import {execFileSync} from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from "node:fs";
import {join, relative} from "node:path";
import {postbuild} from "../../src/site/postbuild.js";
import {vendorStylesheets} from "../../src/site/vendor.js";
import {repoRoot} from "../cells/page-runner.js";

const env = {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"};

/**
 * A copy of the sources (docs/, src/, config, package.json; node_modules linked) under
 * test-results/snapshot. Several people edit this working tree at once, and Framework hashes a
 * module when it loads a page and again when it writes the module: a file saved in between leaves
 * that page importing an unhashed path. Building a snapshot makes the test see one consistent tree.
 * Remove it with `removeSnapshot()`.
 */
let snapshotDir: string | undefined;
export function snapshot(): string {
  if (snapshotDir) return snapshotDir;
  mkdirSync(join(repoRoot, "test-results"), {recursive: true});
  const dir = mkdtempSync(join(repoRoot, "test-results", "snapshot-")); // one per run: others may be testing too
  for (const name of ["docs", "src", "observablehq.config.ts", "package.json", "tsconfig.json"]) {
    cpSync(join(repoRoot, name), join(dir, name), {recursive: true, verbatimSymlinks: true});
  }
  symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"));
  process.once("exit", removeSnapshot); // also when a test filter skips the suites that would clean up
  return (snapshotDir = dir);
}

/** Delete this run's snapshot and the sites built from it. */
export function removeSnapshot(): void {
  if (snapshotDir) rmSync(snapshotDir, {recursive: true, force: true});
  snapshotDir = undefined;
}

/** `npm run build` in the snapshot; returns the built site, after checking every local import was resolved. */
export function buildSite(dir: string): string {
  execFileSync("npm", ["run", "build", "--silent"], {
    cwd: dir,
    env,
    stdio: ["ignore", "ignore", "inherit"]
  });
  const dist = join(dir, "dist");
  const unresolved = unresolvedImports(dist);
  if (unresolved.length)
    throw new Error(`the build left local imports unresolved:\n${unresolved.join("\n")}`);
  return dist;
}

/** Pages whose module preloads point at a source path instead of a hashed `_import/` file. */
export function unresolvedImports(dist: string): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith("_")) visit(path);
      else if (entry.name.endsWith(".html")) {
        for (const m of readFileSync(path, "utf8").matchAll(
          /<link rel="modulepreload" href="((?:\.\.?\/)+src\/[^"]+)"/g
        )) {
          out.push(`${relative(dist, path)}: ${m[1]}`);
        }
      }
    }
  };
  visit(dist);
  return out;
}

/**
 * Build the snapshot's docs/_fixtures as a site of its own, in the snapshot's fixture-site/. The fixtures carry
 * `draft: true` so the real build skips them; the copies here drop that line. The copies keep
 * their `_fixtures/` folder, and the fixture root links `src` and `components`, so imports resolve as in docs/.
 */
export function buildFixtures(snapshotDir: string): string {
  const site = join(snapshotDir, "fixture-site");
  const root = join(site, "docs");
  mkdirSync(join(root, "_fixtures"), {recursive: true});
  symlinkSync(relative(root, join(snapshotDir, "src")), join(root, "src"));
  symlinkSync(relative(root, join(snapshotDir, "docs", "components")), join(root, "components"));
  for (const name of readdirSync(join(snapshotDir, "docs", "_fixtures")).filter((f) =>
    f.endsWith(".md")
  )) {
    const text = readFileSync(join(snapshotDir, "docs", "_fixtures", name), "utf8");
    writeFileSync(join(root, "_fixtures", name), text.replace(/^draft:\s*true\s*\n/m, ""));
  }
  cpSync(join(snapshotDir, "docs", "style.css"), join(root, "style.css"));
  // KaTeX's and Inputs' stylesheets and KaTeX's fonts (src/site/vendor.ts), in the snapshot's cache;
  // the fixture root links it.
  vendorStylesheets(join(snapshotDir, "docs"));
  const vendorCache = join(snapshotDir, "docs", ".observablehq", "cache", "vendor");
  mkdirSync(join(root, ".observablehq", "cache"), {recursive: true});
  symlinkSync(
    relative(join(root, ".observablehq", "cache"), vendorCache),
    join(root, ".observablehq", "cache", "vendor")
  );
  writeFileSync(
    join(site, "observablehq.config.ts"),
    `import base from ${JSON.stringify(join(snapshotDir, "observablehq.config.ts"))};\n` +
      `export default {...base, title: "Fixtures", pages: [], search: false, root: ${JSON.stringify(relative(repoRoot, root))}, output: ${JSON.stringify(relative(repoRoot, join(site, "dist")))}};\n`
  );
  execFileSync("npx", ["observable", "build", "--root", relative(repoRoot, site)], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "ignore", "inherit"]
  });
  postbuild(join(site, "dist")); // what `npm run build` does after Framework (markup, KaTeX's fonts)
  return join(site, "dist");
}
