// The root-free (Pal–Walker–Kahan) QL iteration behind eigvalsh: eigenvalues of tridiagonals against
// mpmath, agreement with eigh's vectors path on the LAPACK matrix types, edge cases.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {NonFiniteError, eigh, eigvalsh} from "../../src/linalg/index.js";
import {tridiagonalEigenvalues} from "../../src/linalg/root-free-qr.js";
import {THRESHOLD, ratio, symmetricTypes, testRng} from "./generators.js";

interface TridiagonalCase {
  name: string;
  d: number[];
  e: number[];
  /** Eigenvalues from mpmath in high precision, ascending. */
  w: number[];
}
const fixtures: {tridiagonal: TridiagonalCase[]} = JSON.parse(
  readFileSync(new URL("../fixtures/dqds.json", import.meta.url), "utf8")
);

/** max_k |w_k − ref_k| / (max|ref| · n · ε), LAPACK's eigenvalue ratio. */
function absoluteRatio(w: Float64Array, ref: ArrayLike<number>): number {
  let err = 0,
    size = 0;
  for (let k = 0; k < ref.length; k++) {
    err = Math.max(err, Math.abs(w[k]! - ref[k]!));
    size = Math.max(size, Math.abs(ref[k]!));
  }
  return ratio(err, size, ref.length);
}

function randomTridiagonal(n: number, seed: number) {
  const rng = testRng(seed);
  return {
    d: Float64Array.from({length: n}, rng.uniform),
    e: Float64Array.from({length: Math.max(n - 1, 0)}, rng.uniform)
  };
}

describe("tridiagonalEigenvalues (root-free QL)", () => {
  it("matches mpmath to ε·‖T‖ on random, graded and Wilkinson tridiagonals; inputs untouched", () => {
    expect(fixtures.tridiagonal.length).toBeGreaterThan(3);
    for (const c of fixtures.tridiagonal) {
      const d = Float64Array.from(c.d),
        e = Float64Array.from(c.e);
      const w = tridiagonalEigenvalues(d, e);
      expect(absoluteRatio(w, c.w), c.name).toBeLessThan(THRESHOLD);
      expect(Array.from(d), c.name).toEqual(c.d);
      expect(Array.from(e), c.name).toEqual(c.e);
    }
  });

  it("eigvalsh agrees with eigh's values on every symmetric LAPACK matrix type", () => {
    for (const n of [1, 2, 5, 16, 30]) {
      for (const {name, A} of symmetricTypes(n, n)) {
        const w = eigvalsh(A),
          full = eigh(A).values;
        for (let k = 1; k < n; k++) expect(w[k]!, name).toBeGreaterThanOrEqual(w[k - 1]!);
        expect(absoluteRatio(w, full), `${n} ${name}`).toBeLessThan(THRESHOLD);
      }
    }
  });

  it("handles empty, 1×1, zero, diagonal and split tridiagonals", () => {
    expect(tridiagonalEigenvalues(new Float64Array(0), new Float64Array(0)).length).toBe(0);
    expect(Array.from(tridiagonalEigenvalues(Float64Array.of(-2), new Float64Array(0)))).toEqual([
      -2
    ]);
    expect(Array.from(tridiagonalEigenvalues(new Float64Array(3), new Float64Array(2)))).toEqual([
      0, 0, 0
    ]);
    expect(
      Array.from(tridiagonalEigenvalues(Float64Array.of(3, -1, 2), new Float64Array(2)))
    ).toEqual([-1, 2, 3]);
    const a = randomTridiagonal(6, 31),
      b = randomTridiagonal(4, 32);
    const together = tridiagonalEigenvalues(
      Float64Array.of(...a.d, ...b.d),
      Float64Array.of(...a.e, 0, ...b.e)
    );
    const apart = Float64Array.of(
      ...tridiagonalEigenvalues(a.d, a.e),
      ...tridiagonalEigenvalues(b.d, b.e)
    ).sort();
    expect(Array.from(together)).toEqual(Array.from(apart));
  });

  it("refuses NaN and ±∞ with NonFiniteError, naming the entry", () => {
    const {d, e} = randomTridiagonal(5, 9);
    e[3] = -Infinity;
    expect(() => tridiagonalEigenvalues(d, e)).toThrow(NonFiniteError);
    expect(() => tridiagonalEigenvalues(d, e)).toThrow(/row 4, column 3/);
  });

  it("the 2×2 case: eigenvalues (a + c)/2 ± √(((a − c)/2)² + b²)", () => {
    const w = tridiagonalEigenvalues(Float64Array.of(2, -1), Float64Array.of(3));
    const mid = 0.5,
      rad = Math.hypot(1.5, 3);
    expect(absoluteRatio(w, [mid - rad, mid + rad])).toBeLessThan(THRESHOLD);
  });

  it("scales: entries near overflow and near underflow give the scaled eigenvalues", () => {
    const {d, e} = randomTridiagonal(20, 7);
    const w = tridiagonalEigenvalues(d, e);
    for (const f of [1e300, 2 ** 1000, 1e-300, 2 ** -1000]) {
      const t = tridiagonalEigenvalues(
        d.map((x) => x * f),
        e.map((x) => x * f)
      );
      expect(t.every(Number.isFinite)).toBe(true);
      expect(
        absoluteRatio(
          t.map((x) => x / f),
          w
        ),
        `× ${f}`
      ).toBeLessThan(THRESHOLD);
    }
  });
});
