// dqds: bidiagonal singular values to high relative accuracy (against mpmath), agreement with the
// Golub–Kahan iteration and with the vectors path of svd on the LAPACK matrix types, edge cases.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {bidiagonalSingularValues} from "../../src/linalg/dqds.js";
import {ConvergenceError, NonFiniteError, svd, svdvals} from "../../src/linalg/index.js";
import {golubKahanSVD} from "../../src/linalg/golub-kahan.js";
import {withScratch} from "../../src/linalg/kernels.js";
import {EPS, SHAPES, THRESHOLD, matrixTypes, ratio, testRng} from "./generators.js";

interface BidiagonalCase {
  name: string;
  d: number[];
  e: number[];
  /** Singular values from mpmath in high precision, descending. */
  s: number[];
}
const fixtures: {bidiagonal: BidiagonalCase[]} = JSON.parse(
  readFileSync(new URL("../fixtures/dqds.json", import.meta.url), "utf8")
);

/** max_k |s_k − ref_k| / (ref_k · n · ε): relative to each value, in LAPACK's ratio form. */
function relativeRatio(s: Float64Array, ref: ArrayLike<number>): number {
  let worst = 0;
  for (let k = 0; k < ref.length; k++) {
    const r = ref[k]!;
    worst = Math.max(worst, Math.abs(s[k]! - r) / (r * ref.length * EPS));
  }
  return worst;
}

function golubKahanValues(d: Float64Array, e: Float64Array): Float64Array {
  const x = d.slice();
  withScratch(16 * d.length + 64, () => golubKahanSVD(x, e.slice(), null, null));
  return x.map(Math.abs).sort().reverse();
}

function randomBidiagonal(n: number, seed: number) {
  const rng = testRng(seed);
  return {
    d: Float64Array.from({length: n}, rng.uniform),
    e: Float64Array.from({length: Math.max(n - 1, 0)}, rng.uniform)
  };
}

describe("bidiagonalSingularValues (dqds)", () => {
  it("matches mpmath to a small multiple of ε relative to every singular value, graded ones too", () => {
    expect(fixtures.bidiagonal.length).toBeGreaterThan(10);
    for (const c of fixtures.bidiagonal) {
      const d = Float64Array.from(c.d),
        e = Float64Array.from(c.e);
      const s = bidiagonalSingularValues(d, e);
      expect(s.length, c.name).toBe(c.s.length);
      expect(relativeRatio(s, c.s), c.name).toBeLessThan(THRESHOLD);
      // The inputs are left as they were.
      expect(Array.from(d), c.name).toEqual(c.d);
      expect(Array.from(e), c.name).toEqual(c.e);
    }
  });

  it("finds singular values 300 decades apart that an absolute-accuracy method cannot resolve", () => {
    const c = fixtures.bidiagonal.find((x) => x.name === "graded falling 40")!;
    const smallest = c.s[c.s.length - 1]!;
    expect(c.s[0]! / smallest).toBeGreaterThan(1e290);
    const s = bidiagonalSingularValues(Float64Array.from(c.d), Float64Array.from(c.e));
    expect(Math.abs(s[s.length - 1]! - smallest)).toBeLessThan(4 * EPS * smallest);
  });

  it("agrees with the Golub–Kahan iteration to ε·σ₁ on random bidiagonals", () => {
    for (const n of [1, 2, 3, 7, 30, 120]) {
      const {d, e} = randomBidiagonal(n, n);
      const s = bidiagonalSingularValues(d, e),
        g = golubKahanValues(d, e);
      const err = Math.max(...Array.from(s, (x, k) => Math.abs(x - g[k]!)));
      expect(ratio(err, g[0]!, n), `n = ${n}`).toBeLessThan(THRESHOLD);
    }
  });

  it("agrees with the vectors path of svd on every LAPACK matrix type and shape", () => {
    SHAPES.forEach(([m, n], seed) => {
      for (const {name, A} of matrixTypes(m, n, seed + 1)) {
        const values = svd(A, {computeUV: false}).s,
          full = svd(A).s;
        expect(values.length).toBe(Math.min(m, n));
        let err = 0;
        for (let k = 0; k < full.length; k++) {
          err = Math.max(err, Math.abs(values[k]! - full[k]!));
          if (k > 0) expect(values[k]!, name).toBeLessThanOrEqual(values[k - 1]!);
          expect(values[k]!, name).toBeGreaterThanOrEqual(0);
        }
        expect(ratio(err, full[0] ?? 0, Math.max(m, n)), `${m}×${n} ${name}`).toBeLessThan(
          THRESHOLD
        );
      }
    });
  });

  it("handles empty, 1×1, zero and sign-flipped bidiagonals", () => {
    expect(bidiagonalSingularValues(new Float64Array(0), new Float64Array(0)).length).toBe(0);
    expect(Array.from(bidiagonalSingularValues(Float64Array.of(-3), new Float64Array(0)))).toEqual([
      3
    ]);
    expect(Array.from(bidiagonalSingularValues(new Float64Array(4), new Float64Array(3)))).toEqual([
      0, 0, 0, 0
    ]);
    const {d, e} = randomBidiagonal(12, 4);
    const s = bidiagonalSingularValues(d, e);
    // Flipping signs is an orthogonal diagonal scaling on each side: the same singular values.
    const flipped = bidiagonalSingularValues(
      d.map((x, k) => (k % 3 ? x : -x)),
      e.map((x, k) => (k % 2 ? -x : x))
    );
    expect(relativeRatio(flipped, s)).toBeLessThan(THRESHOLD);
  });

  it("splits at zero couplings: the values are those of the blocks", () => {
    const a = randomBidiagonal(5, 21),
      b = randomBidiagonal(7, 22);
    const d = Float64Array.of(...a.d, ...b.d),
      e = Float64Array.of(...a.e, 0, ...b.e);
    const together = bidiagonalSingularValues(d, e);
    const apart = Float64Array.of(
      ...bidiagonalSingularValues(a.d, a.e),
      ...bidiagonalSingularValues(b.d, b.e)
    )
      .sort()
      .reverse();
    expect(Array.from(together)).toEqual(Array.from(apart));
  });

  it("gives exact zeros for zero diagonal entries, and the rest to relative accuracy", () => {
    // B with d[k] = 0 is singular; the others are those of B with row k removed, up to a rotation.
    const {d, e} = randomBidiagonal(9, 8);
    d[4] = 0;
    const s = bidiagonalSingularValues(d, e);
    expect(s[s.length - 1]!).toBeLessThanOrEqual(8 * EPS * s[0]!);
    const g = golubKahanValues(d, e);
    const err = Math.max(...Array.from(s, (x, k) => Math.abs(x - g[k]!)));
    expect(ratio(err, g[0]!, 9)).toBeLessThan(THRESHOLD);
  });

  it("scales: entries near overflow and near underflow give the scaled values", () => {
    const {d, e} = randomBidiagonal(15, 5);
    const s = bidiagonalSingularValues(d, e);
    for (const f of [2 ** 1000, 2 ** -1000, 1e300, 1e-300]) {
      const t = bidiagonalSingularValues(
        d.map((x) => x * f),
        e.map((x) => x * f)
      );
      expect(
        relativeRatio(
          t.map((x) => x / f),
          s
        ),
        `× ${f}`
      ).toBeLessThan(THRESHOLD);
    }
    // Subnormal entries (a few bits each), subnormal results: those of exactly these entries scaled
    // back up, then down, within a unit in the last place of the subnormal range.
    const f = 2 ** -1060;
    const dt = d.map((x) => x * f),
      et = e.map((x) => x * f);
    const back = bidiagonalSingularValues(
      dt.map((x) => x / f),
      et.map((x) => x / f)
    );
    const t = bidiagonalSingularValues(dt, et);
    t.forEach((x, k) => expect(Math.abs(x - back[k]! * f)).toBeLessThanOrEqual(Number.MIN_VALUE));
  });

  it("throws ConvergenceError when the sweep budget runs out and NonFiniteError on NaN or ±∞", () => {
    const {d, e} = randomBidiagonal(20, 6);
    expect(() => bidiagonalSingularValues(d, e, 3)).toThrow(ConvergenceError);
    expect(() => bidiagonalSingularValues(d, e, 3)).toThrow(/dqds/);
    expect(bidiagonalSingularValues(d, e).every(Number.isFinite)).toBe(true);
    e[7] = NaN;
    expect(() => bidiagonalSingularValues(d, e)).toThrow(NonFiniteError);
    d[2] = Infinity;
    expect(() => bidiagonalSingularValues(d, e)).toThrow(/row 2, column 2/);
  });

  it("svdvals of a matrix built from graded singular values keeps the small ones relatively", () => {
    // A diagonal matrix is its own bidiagonal: the values-only path returns its entries exactly.
    const diag = [1e150, 3e40, 1e-20, 7e-150];
    const A = diag.map((x, i) => diag.map((_, j) => (i === j ? x : 0)));
    const s = svdvals(A);
    expect(relativeRatio(s, diag)).toBeLessThan(1);
  });
});
