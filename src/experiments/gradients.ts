// Gradients: finite-difference checks (truncation O(ε) forward / O(ε²) central against round-off
// O(ε_mach/ε); Nocedal & Wright 2nd ed. §8.1), the best step of an error sweep, worked functions with
// hand-derived gradients and Jacobians, and one dense layer's backward pass.
import {
  Matrix,
  type MatrixLike,
  ShapeError,
  type VectorLike,
  matmul,
  matvec,
  norm,
  outer,
  vadd,
  vsub
} from "../linalg/index.js";
import {asMatrix, input, inputVector} from "../linalg/validate.js";
import {type Scheme, numericalGradient} from "../calculus/index.js";
import {openblasMatvec, pairwiseSum} from "./sourceScript/numpyArithmetic.js";

export const EPS_MACHINE = 2 ** -52;

/** The article's regression objective and its gradient, closed over X (n×d) and y (length n). */
export interface Regression {
  /** 0.5/n · ‖Xw − y‖². */
  loss: (w: VectorLike) => number;
  /** Xᵀ(Xw − y)/n. */
  grad: (w: VectorLike) => Float64Array;
}

/**
 * Least-squares linear regression: loss(w) = 0.5/n·‖Xw − y‖², grad(w) = Xᵀ(Xw − y)/n. ShapeError if y's
 * length is not X's row count. `arithmetic: "numpy"` evaluates the loss in the order NumPy + OpenBLAS
 * round it (`openblasMatvec`, then `pairwiseSum`), so a finite-difference check reproduces NumPy's digits;
 * "library" (default) uses the library's matmul and a plain sum.
 */
export function linearRegression(
  x: MatrixLike,
  yIn: VectorLike,
  options: {arithmetic?: "library" | "numpy"} = {}
): Regression {
  const X = input("linearRegression", x);
  const y = inputVector("linearRegression", yIn);
  if (y.length !== X.rows)
    throw new ShapeError(
      `linearRegression: X has shape (${X.rows}, ${X.cols}) but y has shape (${y.length},)`
    );
  const n = X.rows;
  const numpy = options.arithmetic === "numpy";
  const residual = (w: VectorLike) => vsub(numpy ? openblasMatvec(X, w) : matmul(X, w), y);
  const Xt = X.T;
  return {
    loss(w) {
      const r = residual(w);
      const sq = r.map((v) => v * v);
      let s = 0;
      if (numpy) s = pairwiseSum(sq);
      else for (const v of sq) s += v;
      return (0.5 / n) * s;
    },
    grad(w) {
      const g = matmul(Xt, residual(w));
      return g.map((v) => (1 / n) * v);
    }
  };
}

/** Result of one analytic-against-numeric comparison. */
export interface GradientCheck {
  analytic: Float64Array;
  numeric: Float64Array;
  /** ‖analytic − numeric‖₂ (what the article prints). */
  error: number;
  /** error / max(‖analytic‖₂, ‖numeric‖₂), 0 when both vanish. */
  relError: number;
}

/** Compare grad(x) with a finite-difference gradient of f at x (step eps, default 1e-7 as in the article; central by default). */
export function gradientCheck(
  f: (x: Float64Array) => number,
  grad: (x: Float64Array) => ArrayLike<number>,
  xIn: VectorLike,
  options: {eps?: number; scheme?: Scheme} = {}
): GradientCheck {
  const x = inputVector("gradientCheck", xIn);
  const {eps = 1e-7, scheme = "central"} = options;
  const analytic = Float64Array.from(grad(x.slice()));
  const numeric = numericalGradient(f, x, {eps, scheme});
  const error = norm(vsub(analytic, numeric));
  const scale = Math.max(norm(analytic), norm(numeric));
  return {analytic, numeric, error, relError: scale === 0 ? 0 : error / scale};
}

/** One point of the error-against-step-size curve. */
export interface StepRow {
  eps: number;
  scheme: Scheme;
  /** ‖analytic − numeric‖₂. */
  error: number;
}

/** The finite-difference error at each step size in `epsList` (each > 0, else RangeError). */
export function stepSizeSweep(
  f: (x: Float64Array) => number,
  grad: (x: Float64Array) => ArrayLike<number>,
  x: VectorLike,
  epsList: readonly number[],
  scheme: Scheme = "central"
): StepRow[] {
  for (const eps of epsList)
    if (!(eps > 0)) throw new RangeError(`stepSizeSweep: step sizes must be positive, got ${eps}`);
  return epsList.map((eps) => ({
    eps,
    scheme,
    error: gradientCheck(f, grad, x, {eps, scheme}).error
  }));
}

/**
 * stepSizeSweep of the least-squares gradient of (X, y) (linearRegression with `options`) at w: a
 * function of data only, so it can run in a worker (the loss and gradient are built there).
 */
export function regressionStepSweep(
  x: MatrixLike,
  y: VectorLike,
  w: VectorLike,
  epsList: readonly number[],
  options: {arithmetic?: "library" | "numpy"} = {}
): StepRow[] {
  const {loss, grad} = linearRegression(x, y, options);
  return stepSizeSweep(loss, grad, w, epsList);
}

/** Log-spaced step sizes 10^from … 10^to, `count` points (default 10⁻¹² … 10⁻¹, 45 points). */
export function logSteps(from = -12, to = -1, count = 45): number[] {
  return Array.from({length: count}, (_, i) => 10 ** (from + ((to - from) * i) / (count - 1)));
}

/** Scales for the error model: |f| near x (round-off) and the size of the derivative that truncation involves. */
export interface ModelScales {
  /** |f(x)|, or a typical size of f near x. Default 1. */
  fScale?: number;
  /** |f''| (forward) or |f'''| (central) along the coordinate directions. Default 1. */
  derivScale?: number;
}

/** Model of the error: truncation M·ε/2 (forward) or M·ε²/6 (central), round-off 2ε_mach|f|/ε or ε_mach|f|/ε. */
export function stepSizeModel(
  epsList: readonly number[],
  scheme: Scheme,
  scales: ModelScales = {}
): {eps: number; scheme: Scheme; truncation: number; roundoff: number; total: number}[] {
  const {fScale = 1, derivScale = 1} = scales;
  return epsList.map((eps) => {
    const truncation = scheme === "central" ? (derivScale * eps * eps) / 6 : (derivScale * eps) / 2;
    const roundoff = ((scheme === "central" ? 1 : 2) * EPS_MACHINE * fScale) / eps;
    return {eps, scheme, truncation, roundoff, total: truncation + roundoff};
  });
}

/**
 * The step that minimizes `stepSizeModel`: (3ε_mach|f|/M)^{1/3} ≈ ∛ε_mach for central differences,
 * 2(ε_mach|f|/M)^{1/2} ≈ √ε_mach for forward ones (with unit scales: 8.7e-6 and 3.0e-8).
 */
export function optimalStep(scheme: Scheme, scales: ModelScales = {}): number {
  const {fScale = 1, derivScale = 1} = scales;
  return scheme === "central"
    ? Math.cbrt((3 * EPS_MACHINE * fScale) / derivScale)
    : 2 * Math.sqrt((EPS_MACHINE * fScale) / derivScale);
}

/**
 * The ε whose window of `2·half + 1` neighbouring rows (rows sorted by ε) has the smallest geometric-mean error.
 * A single row can land far below its neighbours when round-off happens to cancel; the window ignores such luck.
 * Rows at the ends without a full window are not candidates. Errors of 0 count as 1e-300.
 * Throws RangeError when fewer than `2·half + 1` rows are given.
 */
export function smoothedBestStep(
  rows: readonly Pick<StepRow, "eps" | "error">[],
  half = 2
): number {
  const width = 2 * half + 1;
  if (!Number.isInteger(half) || half < 0)
    throw new RangeError(`half must be a non-negative integer, got ${half}`);
  if (rows.length < width) throw new RangeError(`need at least ${width} rows, got ${rows.length}`);
  const sorted = [...rows].sort((a, b) => a.eps - b.eps);
  const logs = sorted.map((r) => Math.log(Math.max(r.error, 1e-300)));
  let best = half,
    bestSum = Infinity;
  for (let i = half; i < sorted.length - half; i++) {
    let sum = 0;
    for (let j = i - half; j <= i + half; j++) sum += logs[j];
    if (sum < bestSum) [best, bestSum] = [i, sum];
  }
  return sorted[best].eps;
}

/** g : ℝ³ → ℝ², g(x) = (x₁x₂ + sin x₃, x₁² − x₂x₃). */
export function gInner(x: ArrayLike<number>): Float64Array {
  return Float64Array.of(x[0] * x[1] + Math.sin(x[2]), x[0] * x[0] - x[1] * x[2]);
}

/** The 2×3 Jacobian of gInner, derived by hand: rows are ∇g₁ᵀ and ∇g₂ᵀ. */
export function jacobianG(x: ArrayLike<number>): Matrix {
  return Matrix.from([
    [x[1], x[0], Math.cos(x[2])],
    [2 * x[0], -x[2], -x[1]]
  ]);
}

/** f : ℝ² → ℝ, f(u) = u₁² + 3u₂ + u₁u₂. */
export function fOuter(u: ArrayLike<number>): number {
  return u[0] * u[0] + 3 * u[1] + u[0] * u[1];
}

/** ∇fOuter(u) = (2u₁ + u₂, 3 + u₁). */
export function gradF(u: ArrayLike<number>): Float64Array {
  return Float64Array.of(2 * u[0] + u[1], 3 + u[0]);
}

/** A smooth test function with every derivative known: h(x) = Σ exp(xᵢ), ∇h = exp(x), all higher derivatives exp(xᵢ). */
export function expSum(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.exp(x[i]);
  return s;
}

/** ∇ of expSum. */
export function gradExpSum(x: ArrayLike<number>): Float64Array {
  return Float64Array.from(x, Math.exp);
}

// One dense layer z = Wx + b, a = tanh(z), with loss L = ½‖a − t‖² (equation 7; Goodfellow et al., Deep
// Learning §6.5).
/** The loss of the layer for weights W (h×d), bias b (h), input x (d) and target t (h). */
export function layerLoss(
  w: MatrixLike,
  b: ArrayLike<number>,
  x: ArrayLike<number>,
  t: ArrayLike<number>
): number {
  const a = vadd(matvec(asMatrix(w), Float64Array.from(x)), b).map(Math.tanh);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - t[i]) ** 2;
  return s / 2;
}

/** Gradients by equation 7: δ = ∂L/∂a ⊙ σ'(z) with ∂L/∂a = a − t and tanh' = 1 − a²; ∂L/∂W = δxᵀ, ∂L/∂b = δ. */
export function layerBackward(
  w: MatrixLike,
  b: ArrayLike<number>,
  x: ArrayLike<number>,
  t: ArrayLike<number>
): {delta: Float64Array; dW: Matrix; db: Float64Array} {
  const a = vadd(matvec(asMatrix(w), Float64Array.from(x)), b).map(Math.tanh);
  const delta = a.map((ai, i) => (ai - t[i]) * (1 - ai * ai));
  return {delta, dW: outer(delta, x), db: delta.slice()};
}

// A two-layer network x → a = tanh(W₁x) → z = W₂a, loss L = ½‖z − t‖²: reverse mode as a chain of
// vector–Jacobian products (equation 6 applied layer by layer, from the loss back to W₁).
/** The loss of the two-layer network for weights W₁ (h×d), W₂ (k×h), input x (d) and target t (k). */
export function twoLayerLoss(
  w1: MatrixLike,
  w2: MatrixLike,
  x: ArrayLike<number>,
  t: ArrayLike<number>
): number {
  const a = matvec(asMatrix(w1), Float64Array.from(x)).map(Math.tanh);
  const z = matvec(asMatrix(w2), a);
  let s = 0;
  for (let i = 0; i < z.length; i++) s += (z[i] - t[i]) ** 2;
  return s / 2;
}

/**
 * ∂L/∂W₁ and ∂L/∂W₂ by reverse mode: g_z = z − t; ∂L/∂W₂ = g_z aᵀ; g_a = W₂ᵀ g_z (the vector–Jacobian
 * product of z = W₂a); δ = g_a ⊙ (1 − a²); ∂L/∂W₁ = δ xᵀ. No Jacobian is ever formed.
 */
export function twoLayerBackward(
  w1: MatrixLike,
  w2: MatrixLike,
  x: ArrayLike<number>,
  t: ArrayLike<number>
): {dW1: Matrix; dW2: Matrix} {
  const W2 = asMatrix(w2);
  const a = matvec(asMatrix(w1), Float64Array.from(x)).map(Math.tanh);
  const gz = matvec(W2, a).map((zi, i) => zi - t[i]);
  const ga = matvec(W2.T, gz);
  const delta = ga.map((g, i) => g * (1 - a[i] * a[i]));
  return {dW1: outer(delta, x), dW2: outer(gz, a)};
}

/**
 * Schwarz's counterexample f(x, y) = xy(x² − y²)/(x² + y²), f(0, 0) = 0: C¹, with every second partial
 * derivative defined, but not C² at the origin, where the mixed partials differ (f_xy = −1, f_yx = +1)
 * because they are not continuous there.
 */
export function schwarzCounterexample(x: number, y: number): number {
  const r2 = x * x + y * y;
  return r2 === 0 ? 0 : (x * y * (x * x - y * y)) / r2;
}

/**
 * ∂/∂x_j (∂f/∂x_i) at p by nested central differences: the inner partial with step `inner`, the outer with
 * step `outer` (inner ≪ outer, so the inner difference resolves the function at the outer offsets).
 */
export function mixedPartial(
  f: (x: number, y: number) => number,
  p: readonly [number, number],
  i: 0 | 1,
  j: 0 | 1,
  outer = 1e-3,
  inner = 1e-7
): number {
  const partial = (q: [number, number]) => {
    const qp: [number, number] = [...q],
      qm: [number, number] = [...q];
    qp[i] += inner;
    qm[i] -= inner;
    return (f(...qp) - f(...qm)) / (2 * inner);
  };
  const up: [number, number] = [...p],
    down: [number, number] = [...p];
  up[j] += outer;
  down[j] -= outer;
  return (partial(up) - partial(down)) / (2 * outer);
}
