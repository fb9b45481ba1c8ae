// The article's section-7 script ("verify everything") replayed in TypeScript: same generator, same draws in the same order, same formulas, same prints.
import {
  add,
  cond,
  diag,
  linspace,
  lstsq,
  matmul,
  norm,
  qr,
  scale,
  solve,
  svd,
  vsub
} from "../../linalg/index.js";
import {numericalGradient} from "../../calculus/index.js";
import {defaultRng} from "../../random/index.js";
import {eckartYoungTable} from "../lowRank.js";
import {linearRegression} from "../gradients.js";
import {openblasMatvec} from "./numpyArithmetic.js";
import {formatExp, formatFixed} from "./pyformat.js";
import type {NumpyEckartYoungRow} from "./numpyReference.js";

/** Sizes and constants of the script; every default is the article's. */
export interface ArticleOptions {
  seed?: number;
  /** Eckart–Young block: A = U_t·diag(linspace(10, 1, trueRank))·V_tᵀ + noise·N(0,1), m×n. */
  m?: number;
  n?: number;
  trueRank?: number;
  noise?: number;
  ks?: readonly number[];
  /** Least-squares block: A is lsM×lsN, b = A x_true + lsNoise·N(0,1). */
  lsM?: number;
  lsN?: number;
  lsNoise?: number;
  /** Gradient block: X is gradN×gradD, y = X w_true + gradNoise·N(0,1), central differences with step eps. */
  gradN?: number;
  gradD?: number;
  gradNoise?: number;
  eps?: number;
}

export interface ArticleResult {
  options: Required<ArticleOptions>;
  singularValues: Float64Array;
  /**
   * The script's Eckart–Young lines in its own words (actual = ‖A − A_k‖_F, theory = √(Σ_{i>k} σᵢ²)), as
   * NumPy prints them (f"{x:6.2f}"), with the gap |actual − theory| / ‖A‖_F.
   */
  eckartYoung: (NumpyEckartYoungRow & {relativeGap: number; line: string})[];
  leastSquares: {
    kappaA: number;
    kappaAtA: number;
    /** ‖x − x_true‖ for each method: what the article prints. */
    normalError: number;
    qrError: number;
    /** ‖x − x_ls‖ against the exact least-squares solution (SVD; κ(A) is small here): the round-off part alone. */
    normalVsExact: number;
    qrVsExact: number;
    kappaAText: string;
    kappaAtAText: string;
    normalErrorText: string;
    qrErrorText: string;
  };
  gradientCheck: {
    /** ‖analytic − numeric‖ with the loss rounded as NumPy + OpenBLAS round it: NumPy's printed figure. */
    error: number;
    errorText: string;
    /** The same check with the library's own summation order: the figure is round-off, so it moves. */
    errorLibraryOrder: number;
    analytic: Float64Array;
    numeric: Float64Array;
  };
  /** The lines the script prints ("" for its blank lines). */
  lines: string[];
}

const DEFAULTS: Required<ArticleOptions> = {
  seed: 42,
  m: 100,
  n: 80,
  trueRank: 10,
  noise: 0.5,
  ks: [1, 5, 10, 20],
  lsM: 100,
  lsN: 10,
  lsNoise: 0.1,
  gradN: 100,
  gradD: 5,
  gradNoise: 0.1,
  eps: 1e-7
};

/** Run the script. Throws RangeError for ks outside 0..min(m, n) (as lowRankApprox). */
export function articleScript(overrides: ArticleOptions = {}): ArticleResult {
  const o: Required<ArticleOptions> = {...DEFAULTS, ...overrides};
  const rng = defaultRng(o.seed);
  const lines: string[] = [];

  // Eckart–Young: a rank-trueRank signal plus noise.
  const Ut = rng.standardNormal([o.m, o.trueRank]);
  const St = diag(linspace(10, 1, o.trueRank));
  const Vt0 = rng.standardNormal([o.n, o.trueRank]);
  const A = add(matmul(matmul(Ut, St), Vt0.T), scale(o.noise, rng.standardNormal([o.m, o.n])));
  const f = svd(A);
  const table = eckartYoungTable(A, o.ks, f);
  lines.push("rank-k approximation: actual vs theoretical Frobenius error");
  const eckartYoung = table.map(({k, frobenius: actual, tail: theory, relativeGap}) => {
    const actualText = formatFixed(actual, 2, 6),
      theoryText = formatFixed(theory, 2, 6);
    const line = `  k=${String(k).padStart(2)}: actual=${actualText}  theory=${theoryText}`;
    lines.push(line);
    return {k, actual, theory, actualText, theoryText, relativeGap, line};
  });

  // Least squares: normal equations (LU on AᵀA, as np.linalg.solve) against economic QR.
  const B = rng.standardNormal([o.lsM, o.lsN]);
  const xTrue = rng.standardNormal(o.lsN);
  const noiseLs = rng.standardNormal(o.lsM);
  const b = Float64Array.from(matmul(B, xTrue), (v, i) => v + o.lsNoise * noiseLs[i]!);
  const AtA = matmul(B.T, B);
  const xNormal = solve(AtA, matmul(B.T, b));
  const {Q, R} = qr(B);
  const xQr = solve(R, matmul(Q.T, b));
  const xLs = lstsq(B, b, {method: "svd"}).x;
  const kappaA = cond(B),
    kappaAtA = cond(AtA);
  const normalError = norm(vsub(xNormal, xTrue)),
    qrError = norm(vsub(xQr, xTrue));
  const leastSquares = {
    kappaA,
    kappaAtA,
    normalError,
    qrError,
    normalVsExact: norm(vsub(xNormal, xLs)),
    qrVsExact: norm(vsub(xQr, xLs)),
    kappaAText: formatFixed(kappaA, 1),
    kappaAtAText: formatFixed(kappaAtA, 1),
    normalErrorText: formatExp(normalError, 2),
    qrErrorText: formatExp(qrError, 2)
  };
  lines.push(
    "",
    `kappa(A) = ${leastSquares.kappaAText},  kappa(A^T A) = ${leastSquares.kappaAtAText}`
  );
  lines.push(
    `normal-eq error: ${leastSquares.normalErrorText}`,
    `QR error       : ${leastSquares.qrErrorText}`
  );

  // Gradient check on linear regression, central differences.
  const X = rng.standardNormal([o.gradN, o.gradD]);
  const wTrue = rng.standardNormal(o.gradD);
  const noiseG = rng.standardNormal(o.gradN);
  const y = Float64Array.from(openblasMatvec(X, wTrue), (v, i) => v + o.gradNoise * noiseG[i]!);
  const wTest = rng.standardNormal(o.gradD);
  const check = (arithmetic: "numpy" | "library") => {
    const {loss, grad} = linearRegression(X, y, {arithmetic});
    const numeric = numericalGradient(loss, wTest, {eps: o.eps, scheme: "central"}); // the article's grad_numeric, same formula
    const analytic = grad(wTest);
    return {analytic, numeric, error: norm(vsub(analytic, numeric))};
  };
  const numpyOrder = check("numpy");
  const gradientCheck = {
    ...numpyOrder,
    errorText: formatExp(numpyOrder.error, 2),
    errorLibraryOrder: check("library").error
  };
  lines.push("", `gradient check: ||analytic - numeric|| = ${gradientCheck.errorText}`);

  return {options: o, singularValues: f.s, eckartYoung, leastSquares, gradientCheck, lines};
}
