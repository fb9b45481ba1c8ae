import {describe, expect, it} from "vitest";
import {jacobian, NonFiniteValueError} from "../../src/calculus/index.js";
import {NonFiniteError, ShapeError} from "../../src/linalg/errors.js";
import {Matrix} from "../../src/linalg/matrix.js";
import {fro, randomMatrix, testRng} from "../linalg/generators.js";

const softmax = (z: ArrayLike<number>) => {
  const m = Math.max(...Array.from(z));
  const e = Array.from(z, (v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return Float64Array.from(e, (v) => v / s);
};

describe("jacobian", () => {
  it("of softmax is diag(s) − s sᵀ", () => {
    const z = [0.5, -1, 2, 0.1];
    const s = softmax(z);
    const J = jacobian(softmax, z);
    const exact = new Matrix(
      4,
      4,
      Float64Array.from(
        {length: 16},
        (_, k) => (((k / 4) | 0) === k % 4 ? s[k % 4]! : 0) - s[(k / 4) | 0]! * s[k % 4]!
      )
    );
    expect(J.shape).toEqual([4, 4]);
    expect(fro(J.data.map((v, k) => v - exact.data[k]!))).toBeLessThan(1e-9);
    // Rows of the softmax Jacobian sum to zero (the outputs sum to 1).
    for (let i = 0; i < 4; i++)
      expect(Math.abs(J.row(i).reduce((a, b) => a + b, 0))).toBeLessThan(1e-9);
  });

  it("of x ↦ Wx is W (m×n, non-square), by either scheme", () => {
    const W = randomMatrix(3, 5, testRng(1));
    const g = (x: Float64Array) =>
      Array.from({length: 3}, (_, i) => W.row(i).reduce((s, w, j) => s + w * x[j]!, 0));
    for (const scheme of ["central", "forward"] as const) {
      const J = jacobian(g, [1, 2, 3, 4, 5], {scheme});
      expect(J.shape).toEqual([3, 5]);
      expect(fro(J.data.map((v, k) => v - W.data[k]!))).toBeLessThan(1e-7);
    }
  });

  it("of a nonlinear map matches its hand-derived Jacobian", () => {
    // g(x, y) = (x²y, sin x + y³, e^{xy})
    const g = (v: Float64Array) => [
      v[0]! ** 2 * v[1]!,
      Math.sin(v[0]!) + v[1]! ** 3,
      Math.exp(v[0]! * v[1]!)
    ];
    const [x, y] = [0.7, -0.4];
    const exact = [
      [2 * x * y, x * x],
      [Math.cos(x), 3 * y * y],
      [y * Math.exp(x * y), x * Math.exp(x * y)]
    ];
    const J = jacobian(g, [x, y]);
    expect(fro(J.data.map((v, k) => v - exact.flat()[k]!))).toBeLessThan(1e-9);
  });

  it("shapes, errors and no mutation", () => {
    const x = Float64Array.of(1, 2);
    jacobian((v) => [v[0]! * v[1]!], x);
    expect(Array.from(x)).toEqual([1, 2]);
    expect(jacobian((v) => [1, 2, 3], []).shape).toEqual([3, 0]);
    let calls = 0;
    expect(() => jacobian((v) => (calls++ === 0 ? [v[0]!] : [v[0]!, 1]), [1])).toThrow(ShapeError);
    expect(() => jacobian((v) => [Math.sqrt(v[0]!)], [0])).toThrow(NonFiniteValueError);
    expect(() => jacobian((v) => [v[0]!], [NaN])).toThrow(NonFiniteError);
    expect(() => jacobian((v) => [v[0]!], [1], {eps: 0})).toThrow(RangeError);
  });
});
