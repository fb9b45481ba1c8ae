// Builds the site (npm run build) and, separately, the unpublished fixture pages (docs/_fixtures).
import {execFileSync} from "node:child_process";
import {cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {existsSync, statSync} from "node:fs";
import {createHash} from "node:crypto";
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
  execFileSync("npm", ["run", "build", "--silent"], {cwd: dir, env, stdio: ["ignore", "ignore", "inherit"]});
  const dist = join(dir, "dist");
  const unresolved = unresolvedImports(dist);
  if (unresolved.length) throw new Error(`the build left local imports unresolved:\n${unresolved.join("\n")}`);
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
        for (const m of readFileSync(path, "utf8").matchAll(/<link rel="modulepreload" href="((?:\.\.?\/)+src\/[^"]+)"/g)) {
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
  for (const name of readdirSync(join(snapshotDir, "docs", "_fixtures")).filter((f) => f.endsWith(".md"))) {
    const text = readFileSync(join(snapshotDir, "docs", "_fixtures", name), "utf8");
    writeFileSync(join(root, "_fixtures", name), text.replace(/^draft:\s*true\s*\n/m, ""));
  }
  cpSync(join(snapshotDir, "docs", "style.css"), join(root, "style.css"));
  // KaTeX's and Inputs' stylesheets and KaTeX's fonts (src/site/vendor.ts), in the snapshot's cache;
  // the fixture root links it.
  vendorStylesheets(join(snapshotDir, "docs"));
  const vendorCache = join(snapshotDir, "docs", ".observablehq", "cache", "vendor");
  mkdirSync(join(root, ".observablehq", "cache"), {recursive: true});
  symlinkSync(relative(join(root, ".observablehq", "cache"), vendorCache), join(root, ".observablehq", "cache", "vendor"));
  writeFileSync(
    join(site, "observablehq.config.ts"),
    `import base from ${JSON.stringify(join(snapshotDir, "observablehq.config.ts"))};\n` +
      `export default {...base, title: "Fixtures", pages: [], search: false, root: ${JSON.stringify(relative(repoRoot, root))}, output: ${JSON.stringify(relative(repoRoot, join(site, "dist")))}};\n`
  );
  execFileSync("npx", ["observable", "build", "--root", relative(repoRoot, site)], {cwd: repoRoot, env, stdio: ["ignore", "ignore", "inherit"]});
  postbuild(join(site, "dist")); // what `npm run build` does after Framework (markup, KaTeX's fonts)
  return join(site, "dist");
}

/** A hash of what a build reads: docs/ (not Framework's cache or generated files), src/, config. */
function sourceHash(): string {
  const hash = createHash("sha256");
  const skip = new Set([".observablehq", "generated"]);
  const visit = (dir: string): void => {
    const entries = readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (skip.has(entry.name) || entry.isSymbolicLink()) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else hash.update(`${relative(repoRoot, path)}\0`).update(readFileSync(path)).update("\0");
    }
  };
  visit(join(repoRoot, "docs"));
  visit(join(repoRoot, "src"));
  for (const name of ["observablehq.config.ts", "package.json"]) {
    hash.update(readFileSync(join(repoRoot, name)));
  }
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * The built site of this working tree, shared by the browser test files (each runs in a worker of
 * its own) and reused while the sources do not change: test-results/site-<source hash>/dist. The
 * first caller builds a snapshot (see snapshot()) under a lock; the others wait for it.
 */
export function sharedSite(): string {
  const dir = join(repoRoot, "test-results", `site-${sourceHash()}`);
  const dist = join(dir, "dist"), done = join(dir, "done"), lock = `${dir}.lock`;
  while (!existsSync(done)) {
    try {
      mkdirSync(lock);
    } catch {
      const age = Date.now() - (statSync(lock, {throwIfNoEntry: false})?.mtimeMs ?? Date.now());
      if (age > 15 * 60_000) rmSync(lock, {recursive: true, force: true}); // its builder died
      else sleep(1000);
      continue;
    }
    try {
      if (existsSync(done)) break;
      const built = buildSite(snapshot());
      rmSync(dir, {recursive: true, force: true});
      cpSync(built, dist, {recursive: true});
      writeFileSync(done, new Date().toISOString());
    } finally {
      rmSync(lock, {recursive: true, force: true});
    }
    removeOldSites(dir);
  }
  return dist;
}

/** Delete shared sites of earlier sources, once no run can still be reading them (30 minutes). */
function removeOldSites(keep: string): void {
  const results = join(repoRoot, "test-results");
  for (const name of readdirSync(results).filter((n) => /^site-[0-9a-f]{16}$/.test(n))) {
    const dir = join(results, name);
    const built = statSync(join(dir, "done"), {throwIfNoEntry: false})?.mtimeMs;
    if (dir !== keep && built !== undefined && Date.now() - built > 30 * 60_000) {
      rmSync(dir, {recursive: true, force: true});
    }
  }
}
