// Benchmark: the library against its JavaScript/WebAssembly peers in one process, interleaved, best of several
// runs, and NumPy with one thread where python3 has it. Prints times and ratios only; nothing here passes or
// fails. Run: npm run bench [-- case-prefix… --no-numpy --rounds=N (N× the runs) --cpu (process CPU time
// instead of wall-clock time: on a machine shared with other work, time slices lost to them do not count)]
import {spawnSync} from "node:child_process";
import {createRequire} from "node:module";
import * as ml from "ml-matrix";
import {SVD as svdJs} from "svd-js";
import {
  Matrix,
  cholesky,
  eigh,
  getKernelPath,
  matmul,
  qr,
  solve,
  solveTriangular,
  svd
} from "../../src/linalg/index.js";
import {defaultRng} from "../../src/random/index.js";
import {dgeqrfDorgqr, dgesdd, dsyevd, dtrtrs, freeAll} from "./lapack-peer.js";
import {startTfjs, tfMatmul} from "./tfjs-peer.js";

interface Numeric {
  svd(A: number[][]): unknown;
  dot(A: number[][], B: number[][]): unknown;
}
const numeric = createRequire(import.meta.url)("numeric") as Numeric;

const PEERS = {
  lapack: "reference LAPACK, emlapack 0.0.3 (CLAPACK + reference BLAS, emscripten asm.js)",
  numeric: "numeric 1.2.6",
  "svd-js": "svd-js 1.1.1",
  ml: "ml-matrix 6.15.1",
  "tfjs f32": "TensorFlow.js 4.22 WASM backend (XNNPACK, SIMD, 1 thread), FLOAT32"
} as const;
type Peer = keyof typeof PEERS;
type Runner = () => unknown;

interface Case {
  name: string;
  runs: number;
  /** Floating-point operations of one call, for a GFLOP/s column (matmul only). */
  flops?: number;
  /** Builds the inputs once; every runner then works on copies in its own format. */
  setup: () => {ours: Runner; peers: Partial<Record<Peer, Runner>>};
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
/** The upper triangle of a Gaussian n×n matrix with n added to its diagonal (well conditioned). */
function triangle(n: number): Matrix {
  const T = gaussian(n, n);
  for (let i = 0; i < n; i++) {
    T.data.fill(0, i * n, i * n + i);
    T.data[i * n + i] += n;
  }
  return T;
}
let tfjs = false;

function svdCase(m: number, n: number, runs: number): Case {
  return {
    name: `svd ${m}×${n}`,
    runs,
    setup: () => {
      const A = gaussian(m, n),
        B = toMl(A),
        arr = A.toArray();
      return {
        ours: () => svd(A),
        peers: {
          lapack: dgesdd(A),
          numeric: () => numeric.svd(arr),
          "svd-js": () => svdJs(arr, true, true),
          ml: () => new ml.SingularValueDecomposition(B)
        }
      };
    }
  };
}

/** Values only (numeric has no such mode, so it is left out). */
function svdvalsCase(m: number, n: number, runs: number): Case {
  return {
    name: `svdvals ${m}×${n}`,
    runs,
    setup: () => {
      const A = gaussian(m, n),
        B = toMl(A),
        arr = A.toArray();
      const noVectors = {computeLeftSingularVectors: false, computeRightSingularVectors: false};
      return {
        ours: () => svd(A, {computeUV: false}),
        peers: {
          lapack: dgesdd(A, "N"),
          "svd-js": () => svdJs(arr, false, false),
          ml: () => new ml.SingularValueDecomposition(B, noVectors)
        }
      };
    }
  };
}

const CASES: Case[] = [
  svdCase(100, 80, 15),
  svdCase(500, 400, 3),
  svdvalsCase(500, 400, 3),
  // Tall: QR first, then the SVD of the n×n R (as LAPACK dgesdd from m ≥ 11n/6).
  svdCase(2000, 100, 3),
  svdvalsCase(2000, 100, 3),
  {
    name: "qr 500×400",
    runs: 5,
    setup: () => {
      const A = gaussian(500, 400),
        B = toMl(A);
      return {
        ours: () => qr(A),
        peers: {
          lapack: dgeqrfDorgqr(A),
          ml: () => {
            const f = new ml.QrDecomposition(B);
            return [f.orthogonalMatrix, f.upperTriangularMatrix];
          }
        }
      };
    }
  },
  {
    name: "eigh 400×400",
    runs: 3,
    setup: () => {
      const A = spd(400),
        B = toMl(A);
      return {
        ours: () => eigh(A),
        peers: {
          lapack: dsyevd(A),
          ml: () => new ml.EigenvalueDecomposition(B, {assumeSymmetric: true})
        }
      };
    }
  },
  {
    name: "matmul 800×800",
    runs: 5,
    flops: 2 * 800 ** 3,
    setup: () => {
      const A = gaussian(800, 800),
        C = gaussian(800, 800),
        B = toMl(A),
        D = toMl(C);
      const a = A.toArray(),
        c = C.toArray();
      return {
        ours: () => matmul(A, C),
        peers: {
          numeric: () => numeric.dot(a, c),
          ml: () => B.mmul(D),
          ...(tfjs ? {"tfjs f32": tfMatmul(A, C)} : {})
        }
      };
    }
  },
  {
    name: "cholesky 500×500",
    runs: 5,
    setup: () => {
      const A = spd(500),
        B = toMl(A);
      return {ours: () => cholesky(A), peers: {ml: () => new ml.CholeskyDecomposition(B)}};
    }
  },
  {
    name: "solve 500×500",
    runs: 5,
    setup: () => {
      const A = gaussian(500, 500),
        b = gaussian(500, 1),
        B = toMl(A),
        c = toMl(b);
      return {ours: () => solve(A, b), peers: {ml: () => ml.solve(B, c)}};
    }
  },
  {
    // Upper triangular T X = B with 500 right-hand sides (scipy.linalg.solve_triangular, LAPACK
    // dtrtrs); ml-matrix and numeric have no triangular solve.
    name: "solveTri 500×500",
    runs: 5,
    setup: () => {
      const T = triangle(500),
        B = gaussian(500, 500);
      return {ours: () => solveTriangular(T, B), peers: {lapack: dtrtrs(T, B)}};
    }
  }
];

const args = process.argv.slice(2);
const cpu = args.includes("--cpu");
const rounds = Number(args.find((a) => a.startsWith("--rounds="))?.slice(9) ?? 1);
/** Milliseconds: wall clock, or this process's CPU time with --cpu. */
const clock = cpu
  ? () => {
      const {user, system} = process.cpuUsage();
      return (user + system) / 1000;
    }
  : () => performance.now();

/** Milliseconds for one call, repeating the call until at least 20 ms have passed (small cases). */
function timeOnce(fn: Runner): number {
  let reps = 0;
  const t0 = clock();
  let t = t0;
  do {
    fn();
    reps++;
    t = clock();
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
clock = time.process_time if ${cpu ? "True" : "False"} else time.perf_counter
def best(fn, runs):
    out = float("inf")
    for _ in range(runs):
        reps, t0 = 0, clock()
        while True:
            fn(); reps += 1
            t = clock()
            if t - t0 >= 0.02: break
        out = min(out, (t - t0) / reps * 1000)
    return out
runs = ${rounds}
A1 = g(100, 80); A2 = g(500, 400); A3 = g(500, 400); S = spd(400); M1 = g(800, 800); M2 = g(800, 800)
C = spd(500); L = g(500, 500); b = g(500, 1)
res = {
 "svd 100×80": best(lambda: np.linalg.svd(A1, full_matrices=False), 15 * runs),
 "svd 500×400": best(lambda: np.linalg.svd(A2, full_matrices=False), 3 * runs),
 "qr 500×400": best(lambda: np.linalg.qr(A3), 5 * runs),
 "eigh 400×400": best(lambda: np.linalg.eigh(S), 3 * runs),
 "matmul 800×800": best(lambda: M1 @ M2, 5 * runs),
 "cholesky 500×500": best(lambda: np.linalg.cholesky(C), 5 * runs),
 "solve 500×500": best(lambda: np.linalg.solve(L, b), 5 * runs),
}
try:
    import scipy.linalg
    U = np.triu(g(500, 500)) + 500 * np.eye(500); B = g(500, 500)
    res["solveTri 500×500"] = best(lambda: scipy.linalg.solve_triangular(U, B), 5 * runs)
except ImportError:
    pass
A4 = g(500, 400)
res["svdvals 500×400"] = best(lambda: np.linalg.svd(A4, compute_uv=False), 3 * runs)
T1 = g(2000, 100); T2 = g(2000, 100)
res["svd 2000×100"] = best(lambda: np.linalg.svd(T1, full_matrices=False), 3 * runs)
res["svdvals 2000×100"] = best(lambda: np.linalg.svd(T2, compute_uv=False), 3 * runs)
print(json.dumps({"numpy": np.__version__, "times": res}))
`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OPENBLAS_NUM_THREADS: "1",
    OMP_NUM_THREADS: "1",
    MKL_NUM_THREADS: "1"
  };
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

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const cell = (s: string, w = 9) => s.padStart(w);
const names = args.filter((a) => !a.startsWith("--"));
console.log(
  `Node ${process.version}; best of N runs, each ≥ 20 ms of repeated calls, all runners interleaved; ` +
    (cpu ? "process CPU time" : "wall-clock time") +
    `; our kernels: ${getKernelPath()}.`
);
console.log(
  "Columns after 'ours ms': peer time ÷ ours (> 1: we are faster; – : peer has no such routine)."
);
for (const [k, v] of Object.entries(PEERS)) console.log(`  ${k.padEnd(9)} ${v}`);
const np = args.includes("--no-numpy") ? null : numpyTimes();
tfjs = await startTfjs();
const peerNames = Object.keys(PEERS) as Peer[];
console.log(
  [
    "case".padEnd(16),
    cell("ours ms"),
    cell("GFLOP/s"),
    ...peerNames.map((p) => cell(p)),
    np ? cell("numpy") : ""
  ].join(" ")
);
for (const c of CASES) {
  if (names.length && !names.some((n) => c.name.startsWith(n))) continue;
  const {ours, peers} = c.setup();
  const best: Partial<Record<Peer | "ours", number>> = {};
  const runners: [Peer | "ours", Runner][] = [
    ["ours", ours],
    ...(Object.entries(peers) as [Peer, Runner][])
  ];
  for (let r = 0; r < c.runs * rounds; r++) {
    for (const [who, fn] of runners) best[who] = Math.min(best[who] ?? Infinity, timeOnce(fn));
  }
  const o = best.ours!;
  const npMs = np?.[c.name];
  console.log(
    [
      c.name.padEnd(16),
      cell(fmt(o)),
      cell(c.flops ? (c.flops / o / 1e6).toFixed(2) : "–"),
      ...peerNames.map((p) => cell(best[p] === undefined ? "–" : (best[p]! / o).toFixed(2))),
      np ? cell(npMs === undefined ? "–" : (npMs / o).toFixed(3)) : ""
    ].join(" ")
  );
  freeAll();
}
if (np) console.log("numpy column: NumPy time ÷ ours (< 1: NumPy is faster; 0.2 = within 5×).");
