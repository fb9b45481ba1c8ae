// The library stands alone: `npm pack` (prepack emits lib/ with declarations), the tarball unpacked into a
// scratch project's node_modules (offline), then used from plain Node ESM, from an esbuild bundle, and
// type-checked against its declarations. Slow (a tsc emit and a bundle), so not part of `npm test`.
// Run: npm run test:package. Exits non-zero on the first failed check.
import assert from "node:assert/strict";
import {execFileSync} from "node:child_process";
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {build} from "esbuild";

const root = resolve(import.meta.dirname, "../..");
const name = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {name: string}).name;
const work = mkdtempSync(join(tmpdir(), "linalg-pack-"));
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, {cwd, encoding: "utf8"});

try {
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], root)) as {
    filename: string;
    files: {path: string}[];
  }[];
  const files = packed[0]!.files.map((f) => f.path);
  assert.ok(
    files.includes("lib/linalg/index.js") && files.includes("lib/linalg/index.d.ts"),
    "tarball has lib/ with declarations"
  );
  assert.ok(
    !files.some((f) => f.startsWith("docs/") || f.startsWith("src/") || f.includes("wasm/build")),
    "tarball holds only lib/"
  );
  console.log(`packed ${packed[0]!.filename}: ${files.length} files`);

  // Scratch project: the tarball unpacked as node_modules/<name> (what an offline install would place).
  const app = join(work, "app"),
    dest = join(app, "node_modules", name);
  mkdirSync(dest, {recursive: true});
  run("tar", ["-xzf", join(work, packed[0]!.filename), "-C", dest, "--strip-components=1"], work);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({name: "scratch", private: true, type: "module"})
  );
  const main = `
import {getKernelPath, matmul, svd} from "${name}/linalg";
import {defaultRng} from "${name}/random";
import {numericalGradient} from "${name}/calculus";
const A = defaultRng(7).standardNormal([60, 40]);
const {U, s, Vt} = svd(A);
const US = U.toArray().map((row) => row.map((x, j) => x * s[j]));
const B = matmul(US, Vt);
let err = 0;
for (let k = 0; k < A.data.length; k++) err = Math.max(err, Math.abs(A.data[k] - B.data[k]));
const g = numericalGradient((x) => x[0] * x[0] + 3 * x[1], [2, 5]);
console.log(JSON.stringify({path: getKernelPath(), err, s0: s[0], g: Array.from(g)}));
`;
  writeFileSync(join(app, "main.mjs"), main);
  const check = (label: string, out: string) => {
    const r = JSON.parse(out) as {path: string; err: number; s0: number; g: number[]};
    assert.equal(r.path, "wasm", `${label}: WASM SIMD kernels load`);
    assert.ok(r.err < 1e-12 * r.s0, `${label}: U·diag(s)·Vt reproduces A (${r.err})`);
    assert.ok(
      Math.abs(r.g[0]! - 4) < 1e-6 && Math.abs(r.g[1]! - 3) < 1e-6,
      `${label}: gradient of x² + 3y at (2, 5)`
    );
    console.log(`${label}: ok ${out.trim()}`);
    return r;
  };
  const plain = check("plain Node ESM", run(process.execPath, ["main.mjs"], app));

  // A bundler: esbuild, browser platform (no Node built-ins may be pulled in), then run the bundle.
  const result = await build({
    entryPoints: [join(app, "main.mjs")],
    bundle: true,
    format: "esm",
    platform: "browser",
    outfile: join(app, "bundle.mjs"),
    absWorkingDir: app,
    logLevel: "silent",
    metafile: true
  });
  assert.ok(
    !Object.keys(result.metafile.inputs).some((f) => f.startsWith("node:")),
    "bundle needs no Node built-ins"
  );
  const bundled = check("esbuild bundle", run(process.execPath, ["bundle.mjs"], app));
  assert.equal(bundled.s0, plain.s0, "bundle and plain import compute the same σ₁");

  // Declarations: a TypeScript consumer type-checks against the exports map's "types".
  writeFileSync(
    join(app, "use.ts"),
    `import {svd, type SVDResult} from "${name}/linalg";
import {defaultRng} from "${name}/random";
const r: SVDResult = svd(defaultRng(1).standardNormal([3, 2]));
const n: number = r.s[0]!;
// @ts-expect-error svd takes a matrix, not a string
svd("no");
export {n};
`
  );
  writeFileSync(
    join(app, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        lib: ["ES2022", "DOM"],
        types: [],
        skipLibCheck: false,
        noUncheckedIndexedAccess: true
      },
      files: ["use.ts"]
    })
  );
  run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "."], app);
  console.log("declarations: a strict NodeNext consumer type-checks");
  console.log("package: all checks passed");
} finally {
  rmSync(work, {recursive: true, force: true});
}
