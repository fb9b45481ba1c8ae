import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {gradCheck, NonFiniteValueError} from "../../src/calculus/index.js";
import {ShapeError} from "../../src/linalg/errors.js";
import {Matrix} from "../../src/linalg/matrix.js";
import {inv, slogdet} from "../../src/linalg/solve.js";
import {fro, randomMatrix, testRng} from "../linalg/generators.js";

const dot = (u: ArrayLike<number>, v: ArrayLike<number>) =>
  Array.from(u).reduce((s, x, i) => s + x * v[i]!, 0);
const matvec = (A: Matrix, x: ArrayLike<number>) =>
  Float64Array.from({length: A.rows}, (_, i) => dot(A.row(i), x));

describe("gradCheck", () => {
  const rng = testRng(77);
  const A = randomMatrix(5, 5, rng),
    x = randomMatrix(1, 5, rng).data;
  const quad = (v: Float64Array) => dot(v, matvec(A, v));

  it("accepts the right gradient of xᵀAx and rejects the 2Ax mistake for non-symmetric A", () => {
    const good = gradCheck(quad, (v) => matvec(A, v).map((y, i) => y + matvec(A.T, v)[i]!), x);
    expect(good.relError).toBeLessThan(1e-8);
    expect(good.analytic).toBeInstanceOf(Float64Array);
    expect(good.numeric.length).toBe(5);
    const bad = gradCheck(quad, (v) => matvec(A, v).map((y) => 2 * y), x);
    expect(bad.relError).toBeGreaterThan(0.1);
  });

  it("absError and relError follow their definitions", () => {
    const r = gradCheck(
      (v) => v[0]! * 3 + v[1]!,
      () => [3, 2],
      [0.5, 0.5]
    ); // true gradient (3, 1)
    expect(r.absError).toBeCloseTo(1, 8);
    expect(r.relError).toBeCloseTo(1 / Math.hypot(3, 2), 8); // ‖a − n‖ / max(‖a‖, ‖n‖)
    const zero = gradCheck(
      () => 7,
      () => [0, 0],
      [1, 2]
    );
    expect(zero.absError).toBe(0);
    expect(zero.relError).toBe(0); // 0 / tiny, not NaN
  });

  it("checks matrix gradients: ∇ log det X = X⁻ᵀ and ∇ tr(AX) = Aᵀ", () => {
    const X = randomMatrix(4, 4, rng);
    for (let i = 0; i < 4; i++) X.data[i * 4 + i] += 3;
    const r = gradCheck(
      (Z: Matrix) => slogdet(Z).logabsdet,
      (Z: Matrix) => inv(Z).T,
      X
    );
    expect(r.relError).toBeLessThan(1e-8);
    expect(r.analytic).toBeInstanceOf(Matrix);
    const B = randomMatrix(4, 4, rng);
    const tr = gradCheck(
      (Z: Matrix) => dot(B.data, Z.T.data),
      () => B.T,
      X
    ); // tr(BZ) = Σ B_ij Z_ji
    expect(tr.relError).toBeLessThan(1e-8);
    expect(() =>
      gradCheck(
        (Z: Matrix) => fro(Z),
        () => [[1, 2]],
        X
      )
    ).toThrow(ShapeError);
  });

  it("never mutates x; wrong lengths and non-finite gradients are typed errors", () => {
    const x0 = Float64Array.of(1, 2);
    gradCheck(
      (v) => dot(v, v),
      (v) => {
        const g = v.map((t) => 2 * t);
        v.fill(0);
        return g;
      },
      x0
    );
    expect(Array.from(x0)).toEqual([1, 2]);
    expect(() =>
      gradCheck(
        (v) => dot(v, v),
        () => [1],
        [1, 2]
      )
    ).toThrow(ShapeError);
    expect(() =>
      gradCheck(
        (v) => dot(v, v),
        () => [NaN, 1],
        [1, 2]
      )
    ).toThrow(NonFiniteValueError);
  });

  it("property: correct gradients of ‖Ax − b‖² pass at relError < 1e-7", () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 6}),
        fc.integer({min: 1, max: 6}),
        fc.integer({min: 0, max: 1e6}),
        (m, n, seed) => {
          const r = testRng(seed);
          const M = randomMatrix(m, n, r),
            b = randomMatrix(1, m, r).data,
            w = randomMatrix(1, n, r).data;
          const resid = (v: Float64Array) => matvec(M, v).map((y, i) => y - b[i]!);
          const out = gradCheck(
            (v) => dot(resid(v), resid(v)),
            (v) => matvec(M.T, resid(v)).map((t) => 2 * t),
            w
          );
          return out.relError < 1e-7 || out.absError < 1e-9;
        }
      ),
      {numRuns: 100}
    );
  });
});
