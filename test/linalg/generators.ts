// LAPACK-style test matrices (after xLATMS) and test-ratio helpers, shared by the linalg tests.
import {Matrix} from "../../src/linalg/matrix.js";

export const EPS = Number.EPSILON; // 2^-52; LAPACK's dlamch('P')
export const TINY = 2.2250738585072014e-308; // smallest normal
export const HUGE = Number.MAX_VALUE;
/** LAPACK's scalings for the "near overflow" and "near underflow" matrix types. */
export const SCALES = {
  nearOverflow: Math.sqrt(HUGE) * EPS,
  nearUnderflow: Math.sqrt(TINY) / EPS,
  big: 1e170,
  small: 1e-170
} as const;

/** The shapes every factorization is tested on. */
export const SHAPES: [number, number][] = [
  [1, 1],
  [2, 3],
  [3, 2],
  [10, 10],
  [16, 30],
  [40, 16],
  [30, 30]
];

/** Shapes that span several 32-column panels, so blocked factorizations run their trailing updates. */
export const PANEL_SHAPES: [number, number][] = [
  [100, 70],
  [70, 100],
  [97, 97]
];

/**
 * The matrix types repeated at PANEL_SHAPES (random, rank-deficient, geometric spectra, scaled by
 * 1e170), each with its shape; shared by the LU and QR tests.
 */
export function panelCases(): (TestMatrix & {m: number; n: number})[] {
  return PANEL_SHAPES.flatMap(([m, n]) =>
    matrixTypes(m, n)
      .filter((t) => /random uniform|rank-deficient|geometric|1e170/.test(t.name))
      .map((t) => ({...t, m, n}))
  );
}

/** A small, fast, seeded generator for tests (mulberry32 + Box–Muller); independent of src/random. */
export function testRng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const uniform = () => 2 * next() - 1;
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return {next, uniform, normal};
}

export type Rng = ReturnType<typeof testRng>;

export function randomMatrix(
  m: number,
  n: number,
  rng: Rng,
  draw: "uniform" | "normal" = "uniform"
): Matrix {
  const A = new Matrix(m, n);
  for (let k = 0; k < A.data.length; k++)
    A.data[k] = draw === "uniform" ? rng.uniform() : rng.normal();
  return A;
}

/** A random orthogonal n×n matrix: a product of n Householder reflectors with random normal vectors. */
export function randomOrthogonal(n: number, rng: Rng): Matrix {
  const Q = new Matrix(n, n);
  for (let i = 0; i < n; i++) Q.data[i * n + i] = 1;
  for (let r = 0; r < n; r++) {
    const v = Float64Array.from({length: n}, () => rng.normal());
    let vv = 0;
    for (const x of v) vv += x * x;
    if (vv === 0) continue;
    // Q ← Q (I − 2 v vᵀ / vᵀv)
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += Q.data[i * n + k]! * v[k]!;
      const f = (2 * s) / vv;
      for (let k = 0; k < n; k++) Q.data[i * n + k] -= f * v[k]!;
    }
  }
  return Q;
}

export type Spectrum = "evenly" | "geometric" | "clusteredSmall" | "clusteredLarge";

/** k singular values in [1/cond, 1], following xLATMS modes 4, 3, 1 and 2. */
export function spectrum(kind: Spectrum, k: number, cond = 1 / EPS): Float64Array {
  const d = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const t = k === 1 ? 0 : i / (k - 1);
    if (kind === "evenly") d[i] = 1 - t * (1 - 1 / cond);
    else if (kind === "geometric") d[i] = Math.pow(cond, -t);
    else if (kind === "clusteredSmall") d[i] = i === 0 ? 1 : 1 / cond;
    else d[i] = i === k - 1 ? 1 / cond : 1;
  }
  return d;
}

/** U · diag(d) · Vᵀ with random orthogonal U (m×m) and V (n×n); d has min(m, n) entries or fewer (rest zero). */
export function withSingularValues(m: number, n: number, d: ArrayLike<number>, rng: Rng): Matrix {
  const U = randomOrthogonal(m, rng),
    V = randomOrthogonal(n, rng);
  const A = new Matrix(m, n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < Math.min(d.length, m, n); k++)
        s += U.data[i * m + k]! * d[k]! * V.data[j * n + k]!;
      A.data[i * n + j] = s;
    }
  }
  return A;
}

/** Symmetric Q · diag(λ) · Qᵀ with a random orthogonal Q. */
export function withEigenvalues(lambda: ArrayLike<number>, rng: Rng): Matrix {
  const n = lambda.length;
  const Q = randomOrthogonal(n, rng);
  const A = new Matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += Q.data[i * n + k]! * lambda[k]! * Q.data[j * n + k]!;
      A.data[i * n + j] = s;
      A.data[j * n + i] = s;
    }
  }
  return A;
}

export function scaled(A: Matrix, factor: number): Matrix {
  return new Matrix(
    A.rows,
    A.cols,
    A.data.map((x) => x * factor)
  );
}

export interface TestMatrix {
  name: string;
  A: Matrix;
}

/** Every LAPACK matrix type for one shape, as named test cases. Deterministic in (m, n, seed). */
export function matrixTypes(m: number, n: number, seed = 1): TestMatrix[] {
  const rng = testRng(seed * 7919 + m * 131 + n);
  const k = Math.min(m, n);
  const out: TestMatrix[] = [
    {name: "zero", A: new Matrix(m, n)},
    {name: "identity", A: eyeLike(m, n)},
    {name: "diagonal geometric", A: diagonal(m, n, spectrum("geometric", k))}
  ];
  for (const kind of ["evenly", "geometric", "clusteredSmall", "clusteredLarge"] as const) {
    out.push({name: `UDVᵀ ${kind}`, A: withSingularValues(m, n, spectrum(kind, k), rng)});
  }
  const r = Math.max(1, Math.floor(k / 2));
  out.push({
    name: `rank-deficient (rank ${r})`,
    A: withSingularValues(m, n, spectrum("evenly", r, 10), rng)
  });
  const U = randomMatrix(m, n, rng);
  out.push({name: "random uniform", A: U});
  out.push(...scaledCopies("uniform", U));
  return out;
}

/** Symmetric test matrices of order n (for eigh and Cholesky-style tests): same families, symmetric. */
export function symmetricTypes(n: number, seed = 1): TestMatrix[] {
  const rng = testRng(seed * 104729 + n);
  const out: TestMatrix[] = [
    {name: "zero", A: new Matrix(n, n)},
    {name: "identity", A: eyeLike(n, n)},
    {name: "diagonal geometric", A: diagonal(n, n, spectrum("geometric", n))}
  ];
  for (const kind of ["evenly", "geometric", "clusteredSmall", "clusteredLarge"] as const) {
    const s = spectrum(kind, n).map((x, i) => (i % 2 ? -x : x)); // indefinite
    out.push({name: `QΛQᵀ ${kind}`, A: withEigenvalues(s, rng)});
  }
  const r = Math.max(1, Math.floor(n / 2));
  out.push({
    name: `rank-deficient (rank ${r})`,
    A: withEigenvalues(
      spectrum("evenly", n).map((x, i) => (i < r ? x : 0)),
      rng
    )
  });
  const R = randomMatrix(n, n, rng);
  const S = new Matrix(n, n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) S.data[i * n + j] = R.data[i * n + j]! + R.data[j * n + i]!;
  out.push({name: "random symmetric", A: S});
  out.push(...scaledCopies("symmetric", S));
  return out;
}

/** A scaled near overflow, near underflow, and by 1e±170, named "<prefix> × <scale>". */
function scaledCopies(prefix: string, A: Matrix): TestMatrix[] {
  const labels = {
    nearOverflow: "near-overflow",
    nearUnderflow: "near-underflow",
    big: "1e170",
    small: "1e-170"
  } as const;
  return (Object.keys(labels) as (keyof typeof labels)[]).map((k) => ({
    name: `${prefix} × ${labels[k]}`,
    A: scaled(A, SCALES[k])
  }));
}

function eyeLike(m: number, n: number): Matrix {
  const A = new Matrix(m, n);
  for (let i = 0; i < Math.min(m, n); i++) A.data[i * n + i] = 1;
  return A;
}

function diagonal(m: number, n: number, d: ArrayLike<number>): Matrix {
  const A = new Matrix(m, n);
  for (let i = 0; i < d.length; i++) A.data[i * n + i] = d[i]!;
  return A;
}

/** Frobenius norm without overflow or underflow (LAPACK dlassq-style scaled sum). */
export function fro(x: Matrix | ArrayLike<number>): number {
  const d = x instanceof Matrix ? x.data : x;
  let scale = 0,
    ssq = 1;
  for (let i = 0; i < d.length; i++) {
    const a = Math.abs(d[i]!);
    if (a === 0) continue;
    if (a - a !== 0) return NaN;
    if (scale < a) {
      ssq = 1 + ssq * (scale / a) ** 2;
      scale = a;
    } else ssq += (a / scale) ** 2;
  }
  return scale * Math.sqrt(ssq);
}

/** ‖A − B‖_F, computed entrywise (safe at any scale). */
export function diffFro(A: Matrix, B: Matrix): number {
  if (A.rows !== B.rows || A.cols !== B.cols)
    throw new Error(`diffFro: ${A.rows}×${A.cols} vs ${B.rows}×${B.cols}`);
  return fro(A.data.map((x, k) => x - B.data[k]!));
}

/** ‖I − QᵀQ‖_F for the columns of Q (orthonormal columns test). */
export function orthoDefect(Q: Matrix): number {
  const {rows: m, cols: n, data: q} = Q;
  const E = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < m; k++) s += q[k * n + i]! * q[k * n + j]!;
      E[i * n + j] = (i === j ? 1 : 0) - s;
    }
  }
  return fro(E);
}

/** ‖I − Q Qᵀ‖_F for the rows of Q (orthonormal rows test, e.g. Vᵀ). */
export function rowOrthoDefect(Q: Matrix): number {
  return orthoDefect(Q.T);
}

/**
 * A LAPACK test ratio: residual / (scale · dim · ε), with 0/0 counted as 0 (e.g. the zero matrix).
 * Pass when below 30 (LAPACK's default threshold).
 */
export function ratio(residual: number, scale: number, dim: number): number {
  if (residual === 0) return 0;
  const denom = (scale === 0 ? 1 : scale) * Math.max(dim, 1) * EPS;
  return residual / denom;
}

export const THRESHOLD = 30;

/** A · B computed plainly (independent of the library's matmul), for residuals in tests. */
export function mul(A: Matrix, B: Matrix): Matrix {
  const C = new Matrix(A.rows, B.cols);
  for (let i = 0; i < A.rows; i++) {
    for (let k = 0; k < A.cols; k++) {
      const a = A.data[i * A.cols + k]!;
      if (a === 0) continue;
      for (let j = 0; j < B.cols; j++) C.data[i * B.cols + j] += a * B.data[k * B.cols + j]!;
    }
  }
  return C;
}
