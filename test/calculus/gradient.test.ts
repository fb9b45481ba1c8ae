import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {
  numericalGradient,
  numericalGradientMatrix,
  NonFiniteValueError
} from "../../src/calculus/index.js";
import {NonFiniteError} from "../../src/linalg/errors.js";
import {Matrix} from "../../src/linalg/matrix.js";
import {inv, slogdet} from "../../src/linalg/solve.js";
import {fro, mul, randomMatrix, testRng} from "../linalg/generators.js";

const rng = testRng(2026);
const dot = (u: ArrayLike<number>, v: ArrayLike<number>) =>
  Array.from(u).reduce((s, x, i) => s + x * v[i]!, 0);
const matvec = (A: Matrix, x: ArrayLike<number>) =>
  Float64Array.from({length: A.rows}, (_, i) => dot(A.row(i), x));
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i]!)));

describe("numericalGradient", () => {
  it("∇(xᵀAx) = (A + Aᵀ)x for a non-symmetric A", () => {
    const A = randomMatrix(6, 6, rng),
      x = randomMatrix(1, 6, rng).data;
    const g = numericalGradient((v) => dot(v, matvec(A, v)), x);
    const exact = Float64Array.from(matvec(A, x), (v, i) => v + matvec(A.T, x)[i]!);
    expect(maxDiff(g, exact)).toBeLessThan(1e-8);
  });

  it("∇‖Ax − b‖² = 2Aᵀ(Ax − b)", () => {
    const A = randomMatrix(8, 4, rng),
      b = randomMatrix(1, 8, rng).data,
      x = randomMatrix(1, 4, rng).data;
    const f = (v: Float64Array) => {
      const r = matvec(A, v).map((y, i) => y - b[i]!);
      return dot(r, r);
    };
    const r = matvec(A, x).map((y, i) => y - b[i]!);
    const exact = matvec(A.T, r).map((v) => 2 * v);
    expect(maxDiff(numericalGradient(f, x), exact)).toBeLessThan(1e-8);
    expect(maxDiff(numericalGradient(f, x, {scheme: "forward"}), exact)).toBeLessThan(1e-4);
  });

  it("central differences are O(h²), forward O(h): the error falls 100× and 10× per decade of h", () => {
    const f = (v: Float64Array) => Math.exp(v[0]!) + Math.sin(v[1]!);
    const x = [0.3, 0.7],
      exact = [Math.exp(0.3), Math.cos(0.7)];
    const err = (eps: number, scheme: "central" | "forward") =>
      maxDiff(numericalGradient(f, x, {eps, scheme}), exact);
    const c1 = err(1e-2, "central"),
      c2 = err(1e-3, "central");
    const f1 = err(1e-2, "forward"),
      f2 = err(1e-3, "forward");
    expect(c1 / c2).toBeGreaterThan(70);
    expect(c1 / c2).toBeLessThan(130);
    expect(f1 / f2).toBeGreaterThan(7);
    expect(f1 / f2).toBeLessThan(13);
  });

  it("never mutates x, and a function that mutates its argument does not corrupt the result", () => {
    const x = Float64Array.of(1, 2, 3);
    const arr = [1, 2, 3];
    const rude = (v: Float64Array) => {
      const s = dot(v, v);
      v.fill(100);
      return s;
    };
    const g = numericalGradient(rude, x);
    expect(Array.from(x)).toEqual([1, 2, 3]);
    expect(maxDiff(g, [2, 4, 6])).toBeLessThan(1e-8);
    numericalGradient(rude, arr, {scheme: "forward"});
    expect(arr).toEqual([1, 2, 3]);
  });

  it("non-finite values of f raise NonFiniteValueError naming the probe", () => {
    expect(() => numericalGradient((v) => Math.log(v[0]!), [0])).toThrow(NonFiniteValueError);
    expect(() => numericalGradient((v) => Math.log(v[0]!), [1e-7])).toThrow(/x − h·e_0/);
    expect(() => numericalGradient((v) => 1 / v[1]!, [1, 0], {scheme: "forward"})).toThrow(
      /returned Infinity at x\b/
    );
    expect(() => numericalGradient(() => NaN, [1])).toThrow(NonFiniteValueError);
  });

  it("bad input and options raise typed errors", () => {
    const f = (v: Float64Array) => dot(v, v);
    expect(() => numericalGradient(f, [1, NaN])).toThrow(NonFiniteError);
    expect(() => numericalGradient(f, [1], {eps: 0})).toThrow(RangeError);
    expect(() => numericalGradient(f, [1], {eps: -1e-6})).toThrow(RangeError);
    expect(() => numericalGradient(f, [1], {eps: Infinity})).toThrow(RangeError);
    expect(() => numericalGradient(f, [1], {scheme: "backward" as "central"})).toThrow(RangeError);
    expect(numericalGradient(f, []).length).toBe(0);
  });

  it("property: gradients of random quadratics agree with (A + Aᵀ)x + c", () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 6}), fc.integer({min: 0, max: 1e6}), (n, seed) => {
        const r = testRng(seed);
        const A = randomMatrix(n, n, r),
          c = randomMatrix(1, n, r).data,
          x = randomMatrix(1, n, r).data;
        const g = numericalGradient((v) => dot(v, matvec(A, v)) + dot(c, v), x);
        const exact = matvec(A, x).map((v, i) => v + matvec(A.T, x)[i]! + c[i]!);
        return maxDiff(g, exact) < 1e-8;
      }),
      {numRuns: 100}
    );
  });
});

describe("numericalGradientMatrix", () => {
  it("∇ log det X = X⁻ᵀ", () => {
    const n = 5;
    const X = randomMatrix(n, n, rng);
    for (let i = 0; i < n; i++) X.data[i * n + i] += 3; // keep det X away from 0
    const g = numericalGradientMatrix((Z) => slogdet(Z).logabsdet, X);
    const exact = inv(X).T;
    expect(g.shape).toEqual([n, n]);
    expect(fro(g.data.map((v, k) => v - exact.data[k]!))).toBeLessThan(1e-8 * fro(exact));
  });

  it("∇ tr(AX) = Aᵀ for a non-square X", () => {
    const A = randomMatrix(3, 4, rng),
      X = randomMatrix(4, 3, rng);
    const tr = (Z: Matrix) => {
      const P = mul(A, Z);
      return [0, 1, 2].reduce((s, i) => s + P.get(i, i), 0);
    };
    const g = numericalGradientMatrix(tr, X);
    expect(g.shape).toEqual([4, 3]);
    expect(fro(g.data.map((v, k) => v - A.T.data[k]!))).toBeLessThan(1e-8);
  });

  it("does not mutate X and accepts number[][]", () => {
    const X = Matrix.from([
      [1, 2],
      [3, 4]
    ]);
    const copy = X.data.slice();
    const g = numericalGradientMatrix((Z) => fro(Z) ** 2, X);
    expect(X.data).toEqual(copy);
    expect(fro(g.data.map((v, k) => v - 2 * copy[k]!))).toBeLessThan(1e-8);
    expect(numericalGradientMatrix((Z) => Z.get(0, 1), [[1, 2]]).toArray()[0]![1]).toBeCloseTo(
      1,
      9
    );
    expect(() => numericalGradientMatrix(() => Infinity, [[1]])).toThrow(NonFiniteValueError);
  });
});
