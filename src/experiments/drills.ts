// Seeded drill problems with integer data, and a forgiving parser/checker for typed answers.
import {Matrix, matmul, transpose} from "../linalg/index.js";

/** The one generator method the drills need (defaultRng(seed) provides it; high is exclusive, as NumPy). */
export interface IntSource {
  integers(low: number, high: number): number;
}

function pick<T>(rng: IntSource, xs: readonly T[]): T {
  return xs[rng.integers(0, xs.length)]!;
}

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}

function ints(rng: IntSource, rows: number, cols: number, lo: number, hi: number): Matrix {
  return Matrix.from(
    Array.from({length: rows}, () => Array.from({length: cols}, () => rng.integers(lo, hi + 1)))
  );
}

/**
 * Symmetric [[m+u, v], [v, m−u]] with u² + v² = w² a perfect square, so the eigenvalues m ± w are integers.
 * `topVector` is an integer eigenvector for the larger eigenvalue m + w: (u + w, v) divided by its gcd, or (0, 1) when u = −w.
 */
export function symmetricEigenDrill(rng: IntSource): {
  A: Matrix;
  eigenvalues: [number, number];
  topVector: [number, number];
  trace: number;
  det: number;
} {
  const [p, q, w] = pick(rng, [
    [3, 4, 5],
    [4, 3, 5],
    [0, 2, 2],
    [1, 0, 1],
    [6, 8, 10],
    [0, 3, 3],
    [8, 6, 10],
    [0, 1, 1]
  ] as const);
  const u = pick(rng, [1, -1]) * p,
    v = pick(rng, [1, -1]) * q,
    m = rng.integers(-4, 5);
  const [p0, q0] = u + w === 0 && v === 0 ? [0, 1] : [u + w, v];
  const g = gcd(p0, q0),
    topVector: [number, number] = [p0 / g, q0 / g];
  return {
    A: Matrix.from([
      [m + u, v],
      [v, m - u]
    ]),
    eigenvalues: [m - w, m + w],
    topVector,
    trace: 2 * m,
    det: m * m - w * w
  };
}

/** A 3×4 integer matrix built as B (3×r) C (r×4) with r from 1 to 3: its rank is at most r (ask the library for the exact value). */
export function rankDrill(rng: IntSource): {A: Matrix; builtRank: number} {
  const r = rng.integers(1, 4);
  return {A: matmul(ints(rng, 3, r, -2, 2), ints(rng, r, 4, -2, 2)), builtRank: r};
}

/**
 * f(x) = xᵀAx + bᵀx with a non-symmetric integer A: the gradient at x is (A + Aᵀ)x + b.
 * Also returns A + Aᵀ and the tempting wrong answer 2Ax + b, for the worked solution.
 */
export function quadraticGradientDrill(rng: IntSource): {
  A: Matrix;
  b: Float64Array;
  x: Float64Array;
  gradient: Float64Array;
  symmetricPart: Matrix;
  wrongGradient: Float64Array;
} {
  const A = ints(rng, 2, 2, -3, 3);
  const b = Float64Array.from(ints(rng, 1, 2, -3, 3).data);
  const x = Float64Array.from(ints(rng, 1, 2, -2, 2).data);
  const g = matmul(A, x);
  const gt = matmul(transpose(A), x);
  const symmetricPart = new Matrix(
    2,
    2,
    A.data.map((v, k) => v + transpose(A).data[k]!)
  );
  return {
    A,
    b,
    x,
    gradient: g.map((v, i) => v + gt[i]! + b[i]!),
    symmetricPart,
    wrongGradient: g.map((v, i) => 2 * v + b[i]!)
  };
}

/**
 * L(w) = ‖Xw − y‖² for a 3×2 integer X of full column rank (redrawn until det XᵀX ≠ 0): residual Xw − y,
 * gradient 2Xᵀ(Xw − y), Hessian 2XᵀX, and the closed form ŵ = (XᵀX)⁻¹Xᵀy (by the 2×2 adjugate).
 */
export function olsGradientDrill(rng: IntSource): {
  X: Matrix;
  y: Float64Array;
  w: Float64Array;
  residual: Float64Array;
  gradient: Float64Array;
  hessian: Matrix;
  closedForm: Float64Array;
} {
  let X: Matrix, XtX: Matrix;
  do {
    X = ints(rng, 3, 2, -2, 2);
    XtX = matmul(transpose(X), X);
  } while (XtX.get(0, 0) * XtX.get(1, 1) - XtX.get(0, 1) ** 2 === 0);
  const y = Float64Array.from(ints(rng, 1, 3, -3, 3).data);
  const w = Float64Array.from(ints(rng, 1, 2, -2, 2).data);
  const residual = matmul(X, w).map((v, i) => v - y[i]!);
  const g = matmul(transpose(X), residual).map((v) => 2 * v);
  const [a, b, d] = [XtX.get(0, 0), XtX.get(0, 1), XtX.get(1, 1)],
    det = a * d - b * b;
  const Xty = matmul(transpose(X), y);
  const closedForm = Float64Array.from([
    (d * Xty[0]! - b * Xty[1]!) / det,
    (a * Xty[1]! - b * Xty[0]!) / det
  ]);
  return {
    X,
    y,
    w,
    residual,
    gradient: g,
    hessian: new Matrix(
      2,
      2,
      XtX.data.map((v) => 2 * v)
    ),
    closedForm
  };
}

/** A = LLᵀ for a lower-triangular integer L with positive diagonal: a PD matrix whose Cholesky factor is L; leadingMinors = [a₁₁, det A]. */
export function choleskyDrill(rng: IntSource): {
  A: Matrix;
  L: Matrix;
  leadingMinors: [number, number];
} {
  const L = Matrix.from([
    [rng.integers(1, 4), 0],
    [rng.integers(-3, 4), rng.integers(1, 4)]
  ]);
  return {
    A: matmul(L, transpose(L)),
    L,
    leadingMinors: [L.get(0, 0) ** 2, (L.get(0, 0) * L.get(1, 1)) ** 2]
  };
}

/** An integer 2×2 with non-zero determinant; σ₁,₂² = (‖A‖_F² ± √(‖A‖_F⁴ − 4 det²)) / 2, the eigenvalues of AᵀA. */
export function singularValueDrill(rng: IntSource): {
  A: Matrix;
  singularValues: [number, number];
  det: number;
  frobenius2: number;
} {
  let A: Matrix;
  do A = ints(rng, 2, 2, -3, 3);
  while (A.get(0, 0) * A.get(1, 1) - A.get(0, 1) * A.get(1, 0) === 0);
  const f2 = A.data.reduce((s, v) => s + v * v, 0);
  const d = A.get(0, 0) * A.get(1, 1) - A.get(0, 1) * A.get(1, 0);
  const root = Math.sqrt(Math.max(f2 * f2 - 4 * d * d, 0));
  return {
    A,
    singularValues: [Math.sqrt((f2 + root) / 2), Math.sqrt(Math.max((f2 - root) / 2, 0))],
    det: d,
    frobenius2: f2
  };
}

/** A matrix as aligned text rows, for showing a drill problem (entries rounded to `digits`). */
export function formatMatrix(M: Matrix, digits = 3): string {
  const cells = M.toArray().map((row) => row.map((v) => String(+v.toFixed(digits) || 0)));
  const width = Math.max(...cells.flat().map((c) => c.length));
  return cells.map((row) => `[ ${row.map((c) => c.padStart(width)).join("  ")} ]`).join("\n");
}

/** The numbers in a typed answer: integers, decimals, exponents and simple fractions like -3/4. */
export function parseNumbers(text: string): number[] {
  const tokens = text.match(/[-+−]?\d*\.?\d+(?:e[-+]?\d+)?(?:\s*\/\s*[-+]?\d*\.?\d+)?/gi) ?? [];
  return tokens.map((t) => {
    const [num, den] = t.replace("−", "-").split("/");
    return den === undefined ? Number(num) : Number(num) / Number(den);
  });
}

/** Whether the typed vector is a non-zero multiple (either sign, any length) of `truth`: |cos angle| ≥ 1 − tol. */
export function sameDirection(
  given: readonly number[],
  truth: ArrayLike<number>,
  tol = 1e-6
): boolean {
  const t = Array.from(truth);
  if (given.length !== t.length) return false;
  const dot = given.reduce((s, v, i) => s + v * t[i]!, 0);
  const ng = Math.hypot(...given),
    nt = Math.hypot(...t);
  return ng > 0 && nt > 0 && Math.abs(dot) / (ng * nt) >= 1 - tol;
}

/** Whether the typed numbers match the truth within atol, in order or (unordered) as a multiset. */
export function answerMatches(
  given: readonly number[],
  truth: ArrayLike<number>,
  {unordered = false, atol = 1e-6} = {}
): boolean {
  const t = Array.from(truth);
  if (given.length !== t.length) return false;
  const a = unordered ? [...given].sort((x, y) => x - y) : [...given];
  const b = unordered ? [...t].sort((x, y) => x - y) : t;
  return a.every((v, i) => Math.abs(v - b[i]!) <= atol);
}

/**
 * The Hessian of f at x by second differences with step h: H_ij ≈ [f(x + heᵢ + heⱼ) − f(x + heᵢ) − f(x + heⱼ) + f(x)]/h².
 * For a quadratic f the formula is exact at any h (with h = 1 and integer data, exact in floating point too).
 */
export function secondDifferences(
  f: (x: Float64Array) => number,
  x: ArrayLike<number>,
  h = 1
): Matrix {
  const n = x.length;
  const at = (i: number, j: number): number => {
    const y = Float64Array.from(x);
    if (i >= 0) y[i]! += h;
    if (j >= 0) y[j]! += h;
    return f(y);
  };
  const f0 = at(-1, -1);
  return Matrix.from(
    Array.from({length: n}, (_, i) =>
      Array.from({length: n}, (_, j) => (at(i, j) - at(i, -1) - at(-1, j) + f0) / (h * h))
    )
  );
}
