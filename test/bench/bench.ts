// Benchmark: the library against ml-matrix in one process (interleaved, best of several runs), and NumPy with one thread where python3 has it.
// Prints times and ratios only; nothing here passes or fails. Run: npm run bench [-- case-prefix… --no-numpy]
import {spawnSync} from "node:child_process";
import * as ml from "ml-matrix";
import {Matrix, cholesky, eigh, matmul, qr, solve, svd} from "../../src/linalg/index.js";
import {defaultRng} from "../../src/random/index.js";

interface Case {
  name: string;
  /** Builds the inputs once; `ours` and `theirs` then run on copies in their own formats. */
  setup: () => {ours: () => unknown; theirs: () => unknown};
  runs: number;
}

const rng = defaultRng(2024);
const gaussian = (m: number, n: number) => rng.standardNormal([m, n]);
const toMl = (A: Matrix) => new ml.Matrix(A.toArray());
/** AᵀA + n·I: symmetric positive definite, well conditioned. */
function spd(n: number): Matrix {
  const G = gaussian(n, n);
  const S = matmul(G.T, G);
  for (let i = 0; i < n; i++) S.data[i * n + i] += n;
  return S;
}

const CASES: Case[] = [
  {name: "svd 100×80", runs: 15, setup: () => { const A = gaussian(100, 80), B = toMl(A); return {ours: () => svd(A), theirs: () => new ml.SingularValueDecomposition(B)}; }},
  {name: "svd 500×400", runs: 3, setup: () => { const A = gaussian(500, 400), B = toMl(A); return {ours: () => svd(A), theirs: () => new ml.SingularValueDecomposition(B)}; }},
  {name: "qr 500×400", runs: 5, setup: () => { const A = gaussian(500, 400), B = toMl(A); return {ours: () => qr(A), theirs: () => { const f = new ml.QrDecomposition(B); return [f.orthogonalMatrix, f.upperTriangularMatrix]; }}; }},
  {name: "eigh 400×400", runs: 3, setup: () => { const A = spd(400), B = toMl(A); return {ours: () => eigh(A), theirs: () => new ml.EigenvalueDecomposition(B, {assumeSymmetric: true})}; }},
  {name: "matmul 800×800", runs: 5, setup: () => { const A = gaussian(800, 800), C = gaussian(800, 800), B = toMl(A), D = toMl(C); return {ours: () => matmul(A, C), theirs: () => B.mmul(D)}; }},
  {name: "cholesky 500×500", runs: 5, setup: () => { const A = spd(500), B = toMl(A); return {ours: () => cholesky(A), theirs: () => new ml.CholeskyDecomposition(B)}; }},
  {name: "solve 500×500", runs: 5, setup: () => { const A = gaussian(500, 500), b = gaussian(500, 1), B = toMl(A), c = toMl(b); return {ours: () => solve(A, b), theirs: () => ml.solve(B, c)}; }},
];

/** Milliseconds for one call, repeating the call until at least 20 ms have passed (small cases). */
function timeOnce(fn: () => unknown): number {
  let reps = 0;
  const t0 = performance.now();
  let t = t0;
  do {
    fn();
    reps++;
    t = performance.now();
  } while (t - t0 < 20);
  return (t - t0) / reps;
}

/** NumPy (one thread) on the same cases, best of the same number of runs; null when python3/numpy is missing. */
function numpyTimes(): Record<string, number> | null {
  const script = `
import json, time, numpy as np
rng = np.random.default_rng(2024)
def g(m, n): return rng.standard_normal((m, n))
def spd(n):
    G = g(n, n); return G.T @ G + n * np.eye(n)
def best(fn, runs):
    out = float("inf")
    for _ in range(runs):
        reps, t0 = 0, time.perf_counter()
        while True:
            fn(); reps += 1
            t = time.perf_counter()
            if t - t0 >= 0.02: break
        out = min(out, (t - t0) / reps * 1000)
    return out
A1 = g(100, 80); A2 = g(500, 400); A3 = g(500, 400); S = spd(400); M1 = g(800, 800); M2 = g(800, 800)
C = spd(500); L = g(500, 500); b = g(500, 1)
res = {
 "svd 100×80": best(lambda: np.linalg.svd(A1, full_matrices=False), 15),
 "svd 500×400": best(lambda: np.linalg.svd(A2, full_matrices=False), 3),
 "qr 500×400": best(lambda: np.linalg.qr(A3), 5),
 "eigh 400×400": best(lambda: np.linalg.eigh(S), 3),
 "matmul 800×800": best(lambda: M1 @ M2, 5),
 "cholesky 500×500": best(lambda: np.linalg.cholesky(C), 5),
 "solve 500×500": best(lambda: np.linalg.solve(L, b), 5),
}
print(json.dumps({"numpy": np.__version__, "times": res}))
`;
  const env: NodeJS.ProcessEnv = {...process.env, OPENBLAS_NUM_THREADS: "1", OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1"};
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const r = spawnSync("python3", ["-c", script], {env, encoding: "utf8", timeout: 300_000});
  if (r.error || r.status !== 0) {
    console.log(`NumPy: not run (${r.error?.message ?? r.stderr.trim().split("\n").pop()})`);
    return null;
  }
  const parsed = JSON.parse(r.stdout) as {numpy: string; times: Record<string, number>};
  console.log(`NumPy ${parsed.numpy}, one thread (OPENBLAS_NUM_THREADS=1)`);
  return parsed.times;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2)).padStart(8);
const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith("--"));
console.log(`Node ${process.version}; best of N runs, each ≥ 20 ms of repeated calls; ratio = ml-matrix / ours (> 1: we are faster)`);
const np = args.includes("--no-numpy") ? null : numpyTimes();
console.log(`${"case".padEnd(18)} ${"ours ms".padStart(8)} ${"ml ms".padStart(8)} ${"ml/ours".padStart(8)}${np ? ` ${"numpy ms".padStart(9)} ${"ours/np".padStart(8)}` : ""}`);
for (const c of CASES) {
  if (names.length && !names.some((n) => c.name.startsWith(n))) continue;
  const {ours, theirs} = c.setup();
  let bestOurs = Infinity, bestTheirs = Infinity;
  for (let r = 0; r < c.runs; r++) {
    bestOurs = Math.min(bestOurs, timeOnce(ours));
    bestTheirs = Math.min(bestTheirs, timeOnce(theirs));
  }
  const npMs = np?.[c.name];
  const tail = np ? ` ${npMs === undefined ? "—".padStart(9) : fmt(npMs).padStart(9)} ${npMs === undefined ? "" : (bestOurs / npMs).toFixed(1).padStart(8)}` : "";
  console.log(`${c.name.padEnd(18)} ${fmt(bestOurs)} ${fmt(bestTheirs)} ${(bestTheirs / bestOurs).toFixed(2).padStart(8)}${tail}`);
}
