// Finite-difference gradient checks: truncation O(ε) forward / O(ε²) central against round-off O(ε_mach/ε) (Nocedal & Wright 2nd ed. §8.1).
import {type MatrixLike, ShapeError, type VectorLike, matmul, norm, vsub} from "../linalg/index.js";
import {input, inputVector} from "../linalg/validate.js";
import {type Scheme, numericalGradient} from "../calculus/index.js";
import {openblasMatvec, pairwiseSum} from "./numpyArithmetic.js";

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
export function linearRegression(x: MatrixLike, yIn: VectorLike, options: {arithmetic?: "library" | "numpy"} = {}): Regression {
  const X = input("linearRegression", x);
  const y = inputVector("linearRegression", yIn);
  if (y.length !== X.rows) throw new ShapeError(`linearRegression: X has shape (${X.rows}, ${X.cols}) but y has shape (${y.length},)`);
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
    },
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
export function gradientCheck(f: (x: Float64Array) => number, grad: (x: Float64Array) => ArrayLike<number>, xIn: VectorLike, options: {eps?: number; scheme?: Scheme} = {}): GradientCheck {
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
export function stepSizeSweep(f: (x: Float64Array) => number, grad: (x: Float64Array) => ArrayLike<number>, x: VectorLike, epsList: readonly number[], scheme: Scheme = "central"): StepRow[] {
  for (const eps of epsList) if (!(eps > 0)) throw new RangeError(`stepSizeSweep: step sizes must be positive, got ${eps}`);
  return epsList.map((eps) => ({eps, scheme, error: gradientCheck(f, grad, x, {eps, scheme}).error}));
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
export function stepSizeModel(epsList: readonly number[], scheme: Scheme, scales: ModelScales = {}): {eps: number; scheme: Scheme; truncation: number; roundoff: number; total: number}[] {
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
  return scheme === "central" ? Math.cbrt((3 * EPS_MACHINE * fScale) / derivScale) : 2 * Math.sqrt((EPS_MACHINE * fScale) / derivScale);
}

