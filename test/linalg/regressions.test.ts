// Defects found by review, pinned so they stay fixed.
import {describe, expect, it} from "vitest";
import {
  Matrix,
  ShapeError,
  cond,
  eig,
  lstsq,
  matmul,
  norm,
  projector,
  scale,
  svd
} from "../../src/linalg/index.js";
import {scaledNorm2} from "../../src/linalg/norms.js";

describe("review regressions", () => {
  it("a −0 entry never yields a −0 singular value (cond is +∞, as NumPy)", () => {
    expect(
      Object.is(
        svd([
          [1, 0],
          [0, -0]
        ]).s[1],
        0
      )
    ).toBe(true);
    expect(
      cond(
        scale(-1, [
          [1, 0],
          [0, 0]
        ])
      )
    ).toBe(Infinity);
    expect(
      Object.is(
        norm(
          [
            [1, 0],
            [0, -0]
          ],
          -2
        ),
        0
      )
    ).toBe(true);
  });

  it("eig rejects a maxIterations that would disable its iteration bound", () => {
    expect(() =>
      eig(
        [
          [1, 2],
          [3, 4]
        ],
        {maxIterations: NaN}
      )
    ).toThrow(RangeError);
    expect(() =>
      eig(
        [
          [1, 2],
          [3, 4]
        ],
        {maxIterations: -1}
      )
    ).toThrow(RangeError);
  });

  it("matmul accepts any typed-array vector", () => {
    expect(
      Array.from(
        matmul(
          [
            [1, 2],
            [3, 4]
          ],
          new Float32Array([1, 1])
        )
      )
    ).toEqual([3, 7]);
  });

  it("Matrix.from names a row that is not an array", () => {
    expect(() => Matrix.from([null as unknown as number[], [1, 2]])).toThrow(ShapeError);
    expect(() => Matrix.from([null as unknown as number[], [1, 2]])).toThrow(/row 0/);
  });

  it("scaledNorm2 of infinite entries is +∞, not NaN", () => {
    expect(scaledNorm2([Infinity, Infinity])).toBe(Infinity);
  });

  it("lstsq and projector refuse a negative or NaN cutoff", () => {
    expect(() =>
      lstsq(
        [
          [1, 0],
          [0, 0],
          [0, 0]
        ],
        [1, 1, 1],
        {method: "svd", rcond: -1}
      )
    ).toThrow(RangeError);
    expect(() =>
      lstsq(
        [
          [1, 0],
          [0, 0],
          [0, 0]
        ],
        [1, 1, 1],
        {rcond: NaN}
      )
    ).toThrow(RangeError);
    expect(() =>
      projector(
        [
          [1, 0],
          [0, 1]
        ],
        {tol: NaN}
      )
    ).toThrow(RangeError);
    expect(() =>
      projector(
        [
          [1, 0],
          [0, 0]
        ],
        {tol: -1}
      )
    ).toThrow(RangeError);
  });
});
