// Builds the site (npm run build) and, separately, the unpublished fixture pages (docs/_fixtures).
import {execFileSync} from "node:child_process";
import {cpSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {repoRoot} from "../cells/page-runner.js";

const env = {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"};

/**
 * `npm run build`, into test-results/site rather than dist/ (WORKBOOK_OUTPUT, read by the config),
 * so that another build in the same working tree cannot replace the site while the test reads it.
 */
export function buildSite(): string {
  const output = join("test-results", "site");
  for (let attempt = 1; ; attempt++) {
    execFileSync("npm", ["run", "build", "--silent"], {cwd: repoRoot, env: {...env, WORKBOOK_OUTPUT: output}, stdio: ["ignore", "ignore", "inherit"]});
    const unresolved = unresolvedImports(join(repoRoot, output));
    if (!unresolved.length) return join(repoRoot, output);
    // Framework hashes each module when it loads a page and again when it writes the module; a
    // source edited in between (several people share this tree) leaves that page's import unhashed.
    if (attempt === 3) throw new Error(`the build left local imports unresolved:\n${unresolved.join("\n")}`);
    console.warn(`build ${attempt}: ${unresolved.length} unresolved local imports (sources changed during the build?); building again`);
  }
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
 * Build docs/_fixtures as a site of its own under test-results/fixture-site. The fixtures carry
 * `draft: true` so the real build skips them; the copies here drop that line. The copies keep
 * their `_fixtures/` folder, and the fixture root links `src` and `components`, so imports resolve as in docs/.
 */
export function buildFixtures(): string {
  const site = join(repoRoot, "test-results", "fixture-site");
  rmSync(site, {recursive: true, force: true});
  const root = join(site, "docs");
  mkdirSync(join(root, "_fixtures"), {recursive: true});
  symlinkSync(relative(root, join(repoRoot, "src")), join(root, "src"));
  symlinkSync(relative(root, join(repoRoot, "docs", "components")), join(root, "components"));
  for (const name of readdirSync(join(repoRoot, "docs", "_fixtures")).filter((f) => f.endsWith(".md"))) {
    const text = readFileSync(join(repoRoot, "docs", "_fixtures", name), "utf8");
    writeFileSync(join(root, "_fixtures", name), text.replace(/^draft:\s*true\s*\n/m, ""));
  }
  cpSync(join(repoRoot, "docs", "style.css"), join(root, "style.css"));
  mkdirSync(join(root, ".observablehq", "cache"), {recursive: true});
  cpSync(join(repoRoot, "docs", ".observablehq", "cache", "katex"), join(root, ".observablehq", "cache", "katex"), {recursive: true});
  writeFileSync(
    join(site, "observablehq.config.ts"),
    `import base from ${JSON.stringify(join(repoRoot, "observablehq.config.ts"))};\n` +
      `export default {...base, title: "Fixtures", pages: [], search: false, root: ${JSON.stringify(relative(repoRoot, root))}, output: ${JSON.stringify(relative(repoRoot, join(site, "dist")))}};\n`
  );
  execFileSync("npx", ["observable", "build", "--root", relative(repoRoot, site)], {cwd: repoRoot, env, stdio: ["ignore", "ignore", "inherit"]});
  return join(site, "dist");
}
