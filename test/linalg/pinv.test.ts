import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {readFileSync} from "node:fs";
import {pinv} from "../../src/linalg/pinv.js";
import {svd} from "../../src/linalg/svd.js";
import {inv} from "../../src/linalg/solve.js";
import {NonFiniteError} from "../../src/linalg/errors.js";
import {Matrix} from "../../src/linalg/matrix.js";
import {
  SHAPES,
  THRESHOLD,
  diffFro,
  fro,
  matrixTypes,
  mul,
  randomMatrix,
  ratio,
  testRng,
  withSingularValues
} from "./generators.js";

const fixtures: {pinv: {A: number[][]; shape: [number, number]; pinv: number[][]}[]} = JSON.parse(
  readFileSync(new URL("../fixtures/norms.json", import.meta.url), "utf8")
);

/**
 * The four Penrose conditions as LAPACK-style ratios. Each residual is of size ε·κ·(scale), where
 * κ = σ₁/σ_r over the singular values pinv keeps (rounding in A⁺ is amplified by ‖A⁺‖ = 1/σ_r).
 */
function penroseRatios(A: Matrix, P: Matrix): number[] {
  const {s} = svd(A, {computeUV: false});
  const kept = s.filter((v) => v > 1e-15 * (s[0] ?? 0));
  const kappa = kept.length === 0 ? 1 : kept[0]! / kept[kept.length - 1]!;
  const dim = Math.max(A.rows, A.cols);
  const AP = mul(A, P),
    PA = mul(P, A);
  return [
    ratio(diffFro(mul(AP, A), A), kappa * fro(A), dim), // A A⁺ A = A
    ratio(diffFro(mul(PA, P), P), kappa * fro(P), dim), // A⁺ A A⁺ = A⁺
    ratio(diffFro(AP.T, AP), kappa * Math.max(1, fro(AP)), dim), // (A A⁺)ᵀ = A A⁺
    ratio(diffFro(PA.T, PA), kappa * Math.max(1, fro(PA)), dim) // (A⁺ A)ᵀ = A⁺ A
  ];
}

describe("pinv: Penrose conditions on LAPACK matrix types", () => {
  let worst = 0;
  for (const [m, n] of SHAPES) {
    for (const {name, A} of matrixTypes(m, n, 4)) {
      it(`${m}×${n} ${name}`, () => {
        const P = pinv(A);
        expect(P.shape).toEqual([n, m]);
        const r = penroseRatios(A, P);
        worst = Math.max(worst, ...r);
        for (const v of r) expect(v).toBeLessThan(THRESHOLD);
      });
    }
  }
  it("reports the worst ratio", () => {
    expect(worst).toBeLessThan(THRESHOLD);
    console.info(`pinv: worst Penrose ratio ${worst.toFixed(3)}`);
  });
});

describe("pinv: minimum-norm least squares on rank-deficient matrices", () => {
  const rng = testRng(21);
  for (const [m, n, r] of [
    [8, 5, 3],
    [5, 8, 3],
    [10, 10, 4],
    [6, 6, 1],
    [12, 7, 7]
  ] as const) {
    it(`${m}×${n} of rank ${r}`, () => {
      const d = Array.from({length: r}, (_, i) => 10 ** -i);
      const A = withSingularValues(m, n, d, rng);
      const b = randomMatrix(m, 1, rng);
      const P = pinv(A);
      const x = mul(P, b);
      // Least squares: the residual is orthogonal to range(A), Aᵀ(Ax − b) = 0.
      const res = mul(A, x).data.map((v, i) => v - b.data[i]!);
      const grad = mul(A.T, new Matrix(m, 1, res));
      expect(
        ratio(fro(grad), fro(A) * (fro(A) * fro(x) + fro(b)), Math.max(m, n)) / (d[0]! / d[r - 1]!)
      ).toBeLessThan(THRESHOLD);
      // Minimum norm: x has no component in null(A) (the last n − r right singular vectors)…
      const {Vt} = svd(A, {fullMatrices: true});
      for (let k = r; k < n; k++) {
        let c = 0;
        for (let j = 0; j < n; j++) c += Vt.get(k, j) * x.data[j]!;
        expect(Math.abs(c)).toBeLessThan(1e-12 * fro(x) * (d[0]! / d[r - 1]!));
      }
      // …so adding any null-space vector keeps the residual and makes x longer.
      for (let k = r; k < n; k++) {
        const z = x.data.map((v, j) => v + 0.1 * Vt.get(k, j));
        const rz = mul(A, new Matrix(n, 1, z)).data.map((v, i) => v - b.data[i]!);
        expect(Math.abs(fro(rz) - fro(res))).toBeLessThan(1e-10 * fro(b));
        expect(fro(z)).toBeGreaterThan(fro(x));
      }
    });
  }
});

describe("pinv: NumPy fixtures and identities", () => {
  for (const f of fixtures.pinv) {
    it(`matches numpy.linalg.pinv on ${f.shape.join("×")}`, () => {
      const A = new Matrix(f.shape[0], f.shape[1], Float64Array.from(f.A.flat()));
      const P = pinv(A);
      const want = Matrix.from(f.pinv);
      const {s} = svd(A, {computeUV: false});
      const kept = s.filter((v) => v > 1e-15 * s[0]!);
      const kappa = kept[0]! / kept[kept.length - 1]!;
      expect(diffFro(P, want)).toBeLessThan(1e-13 * kappa * fro(want));
    });
  }

  it("equals inv for invertible A, and pinv(pinv(A)) = A, pinv(Aᵀ) = pinv(A)ᵀ", () => {
    const rng = testRng(30);
    for (const n of [1, 3, 7]) {
      const A = randomMatrix(n, n, rng);
      expect(diffFro(pinv(A), inv(A))).toBeLessThan(1e-12 * fro(inv(A)));
    }
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 6}),
        fc.integer({min: 1, max: 6}),
        fc.integer({min: 0, max: 1e6}),
        (m, n, seed) => {
          const A = randomMatrix(m, n, testRng(seed));
          const P = pinv(A);
          expect(diffFro(pinv(P), A)).toBeLessThan(1e-10 * fro(A));
          expect(diffFro(pinv(A.T), P.T)).toBeLessThan(1e-10 * fro(P));
        }
      ),
      {numRuns: 100}
    );
  });

  it("the relative cutoff rcond·σ₁ decides which singular values count", () => {
    const A = withSingularValues(5, 4, [2, 1, 1e-9, 1e-16], testRng(2));
    expect(Math.abs(fro(pinv(A)) - 1e9)).toBeLessThan(1e-3 * 1e9); // 1/σ₃ dominates, 1/σ₄ cut (1e-16 < 2e-15)
    const cut = pinv(A, {rcond: 1e-8});
    expect(Math.abs(fro(cut) - Math.hypot(0.5, 1))).toBeLessThan(1e-8); // σ₃ = 1e-9 < 2e-8 cut too
    expect(pinv(A, {rcond: 0}).data.some((v) => Math.abs(v) > 1e14)).toBe(true); // nothing cut: 1/σ₄ appears
  });

  it("empty and zero matrices give the n×m zero matrix; input is not mutated; typed errors", () => {
    expect(pinv(new Matrix(0, 3)).shape).toEqual([3, 0]);
    expect(pinv(new Matrix(2, 0)).shape).toEqual([0, 2]);
    const Z = pinv([
      [0, 0, 0],
      [0, 0, 0]
    ]);
    expect(Z.shape).toEqual([3, 2]);
    expect(Z.data.every((v) => v === 0)).toBe(true);
    const A = [
      [1, 2],
      [3, 4],
      [5, 6]
    ];
    pinv(A);
    expect(A).toEqual([
      [1, 2],
      [3, 4],
      [5, 6]
    ]);
    expect(() => pinv([[1, NaN]])).toThrow(NonFiniteError);
    expect(() => pinv([[1]], {rcond: -1})).toThrow(RangeError);
  });
});
