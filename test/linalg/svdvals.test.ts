// Factorizations as values: svdvals, and pinv / matrixRank / cond given an SVD instead of a matrix.
import {describe, expect, it} from "vitest";
import {
  Matrix,
  NonFiniteError,
  cond,
  eigvalsh,
  inv,
  isSVDResult,
  matrixRank,
  norm,
  pinv,
  svd,
  svdvals
} from "../../src/linalg/index.js";
import {
  SHAPES,
  THRESHOLD,
  diffFro,
  fro,
  mul,
  randomMatrix,
  ratio,
  spectrum,
  testRng,
  withSingularValues
} from "./generators.js";

/** A random m×n matrix of exact rank r (a product of m×r and r×n factors). */
function ofRank(m: number, n: number, r: number, seed: number): Matrix {
  const rng = testRng(seed);
  return mul(randomMatrix(m, r, rng, "normal"), randomMatrix(r, n, rng, "normal"));
}

describe("svdvals", () => {
  it("equals √eig(AᵀA) (eigh, an independent route) to ε·σ₁ on every test shape", () => {
    SHAPES.forEach(([m, n], seed) => {
      const A = randomMatrix(m, n, testRng(seed + 1));
      const s = svdvals(A);
      const G = m >= n ? mul(A.T, A) : mul(A, A.T);
      const fromEig = Array.from(eigvalsh(G), (v) => Math.sqrt(Math.max(v, 0))).reverse();
      expect(s.length).toBe(Math.min(m, n));
      // √ of an eigenvalue carries absolute error ≈ ε·σ₁²/σᵢ; these matrices are well conditioned
      const err = Math.max(...fromEig.map((v, i) => Math.abs(v - s[i]!)));
      expect(ratio(err, s[0]! * (s[0]! / s[s.length - 1]!), Math.max(m, n))).toBeLessThan(
        THRESHOLD
      );
    });
  });

  it("recovers prescribed singular values, descending", () => {
    const d = spectrum("geometric", 8, 1e6);
    const s = svdvals(withSingularValues(12, 8, d, testRng(5)));
    s.forEach((v, i) => expect(Math.abs(v - d[i]!)).toBeLessThan(50 * Number.EPSILON));
    for (let i = 1; i < s.length; i++) expect(s[i]!).toBeLessThanOrEqual(s[i - 1]!);
  });

  it("of an SVD result is its s; of an empty matrix, nothing; refuses NaN naming svdvals", () => {
    const f = svd(randomMatrix(5, 3, testRng(9)));
    expect(svdvals(f)).toBe(f.s);
    expect(svdvals(new Matrix(0, 4)).length).toBe(0);
    expect(() => svdvals([[1, NaN]])).toThrow(NonFiniteError);
    expect(() => svdvals([[1, NaN]])).toThrow(/svdvals/);
  });

  it("isSVDResult tells an SVD from a matrix, an array and a values-only result", () => {
    const A = randomMatrix(4, 3, testRng(2));
    expect(isSVDResult(svd(A))).toBe(true);
    expect(isSVDResult(A)).toBe(false);
    expect(isSVDResult(A.toArray())).toBe(false);
    expect(isSVDResult(svd(A, {computeUV: false}))).toBe(false);
  });
});

describe("matrixRank of an SVD", () => {
  it("equals matrixRank(A) and the rank built in, tall, wide and square, several seeds", () => {
    for (const [m, n] of [
      [12, 7],
      [6, 11],
      [9, 9]
    ] as const) {
      for (let r = 0; r <= Math.min(m, n); r += 2) {
        for (const seed of [1, 2, 3]) {
          const A = ofRank(m, n, r, 100 * r + seed);
          expect(matrixRank(svd(A))).toBe(r);
          expect(matrixRank(svd(A, {fullMatrices: true}))).toBe(matrixRank(A));
        }
      }
    }
  });

  it("applies the same default cutoff σ₁·max(m, n)·ε as from A, and an explicit tol", () => {
    // σ = 1, 1e-14, 1.5e-15, 0: the cutoff 10·ε ≈ 2.2e-15 keeps two (a min(m, n) factor would keep three)
    const A = withSingularValues(10, 4, [1, 1e-14, 1.5e-15], testRng(4));
    const f = svd(A);
    expect(matrixRank(f)).toBe(matrixRank(A));
    expect(matrixRank(f)).toBe(2);
    expect(matrixRank(f, 1e-15)).toBe(3);
    expect(matrixRank(f, 1e-13)).toBe(1);
    expect(() => matrixRank(f, -1)).toThrow(RangeError);
    expect(matrixRank(svd(new Matrix(0, 3)))).toBe(0);
  });
});

describe("pinv of an SVD", () => {
  /** The four Penrose conditions as LAPACK-style ratios, κ over the kept singular values. */
  function penrose(A: Matrix, P: Matrix): number[] {
    const s = svdvals(A).filter((v, _, all) => v > 1e-15 * all[0]!);
    const kappa = s.length ? s[0]! / s[s.length - 1]! : 1;
    const dim = Math.max(A.rows, A.cols);
    const AP = mul(A, P),
      PA = mul(P, A);
    return [
      ratio(diffFro(mul(AP, A), A), kappa * fro(A), dim),
      ratio(diffFro(mul(PA, P), P), kappa * fro(P), dim),
      ratio(diffFro(AP.T, AP), kappa * Math.max(1, fro(AP)), dim),
      ratio(diffFro(PA.T, PA), kappa * Math.max(1, fro(PA)), dim)
    ];
  }

  it("satisfies the Penrose conditions from a thin or a full SVD, full rank and deficient", () => {
    for (const [m, n, r] of [
      [9, 5, 5],
      [5, 9, 5],
      [8, 8, 3],
      [10, 6, 2],
      [4, 7, 0]
    ] as const) {
      for (const seed of [1, 2]) {
        const A = ofRank(m, n, r, 10 * m + seed);
        for (const f of [svd(A), svd(A, {fullMatrices: true})]) {
          const P = pinv(f);
          expect([P.rows, P.cols]).toEqual([n, m]);
          for (const q of penrose(A, P)) expect(q).toBeLessThan(THRESHOLD);
        }
      }
    }
  });

  it("is the inverse for square invertible A (inv by LU, an independent route)", () => {
    const A = randomMatrix(6, 6, testRng(31), "normal");
    const P = pinv(svd(A)),
      X = inv(A);
    expect(diffFro(P, X)).toBeLessThan(1e-12 * fro(X));
  });

  it("keeps the rcond option and refuses a negative one; empty gives the n×m zero matrix", () => {
    const A = withSingularValues(6, 4, [1, 1e-3, 1e-9, 1e-12], testRng(8));
    expect(matrixRank(pinv(svd(A), {rcond: 1e-6}))).toBe(2);
    expect(matrixRank(pinv(svd(A), {rcond: 1e-10}))).toBe(3);
    expect(() => pinv(svd(A), {rcond: -1})).toThrow(RangeError);
    const E = pinv(svd(new Matrix(0, 3)));
    expect([E.rows, E.cols]).toEqual([3, 0]);
  });
});

describe("cond of an SVD", () => {
  it("is ‖A‖₂·‖A⁻¹‖₂ (norm of inv by LU, an independent route), square, several seeds", () => {
    for (const seed of [1, 2, 3, 4]) {
      const A = randomMatrix(7, 7, testRng(seed), "normal");
      const f = svd(A);
      const viaInverse = norm(A, 2) * norm(inv(A), 2);
      expect(Math.abs(cond(f) - viaInverse) / viaInverse).toBeLessThan(1e-10);
      expect(Math.abs(cond(f) - cond(A)) / cond(A)).toBeLessThan(1e-12);
      expect(cond(f, -2) * cond(f)).toBeCloseTo(1, 14);
    }
  });

  it("reaches a prescribed κ on rectangular A; refuses orders an SVD cannot give", () => {
    const A = withSingularValues(9, 5, spectrum("geometric", 5, 1e8), testRng(6));
    expect(Math.abs(cond(svd(A)) / 1e8 - 1)).toBeLessThan(1e-6);
    expect(() => cond(svd(A), "fro")).toThrow(RangeError);
    expect(() => cond(svd(A), 1)).toThrow(RangeError);
    expect(cond(svd(new Matrix(2, 2)))).toBe(Infinity);
  });
});
