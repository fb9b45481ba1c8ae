import {describe, expect, it} from "vitest";
import {Matrix, add, eigh, norm, scale, sub, transpose} from "../../src/linalg/index.js";
import {defaultRng} from "../../src/random/index.js";
import {maxAbsDiff} from "../../src/experiments/compare.js";
import {
  droppedSpectrumNorm,
  eigenvalueProduct,
  eigenvalueSum,
  matrixCells,
  matrixPower,
  matrixWithEigenvalues,
  powerIterates,
  spectralPartialSum
} from "../../src/experiments/spectra.js";

describe("spectrum helpers", () => {
  it("multiplies complex eigenvalues: (1+2i)(1−2i)·3 = 15", () => {
    expect(eigenvalueProduct([1, 1, 3], [2, -2, 0])).toEqual({re: 15, im: 0});
    expect(eigenvalueSum([1, 1, 3], [2, -2, 0])).toEqual({re: 5, im: 0});
    expect(eigenvalueProduct([0, 1], [1, 0])).toEqual({re: 0, im: 1});
  });

  it("spectral partial sums go from 0 to A, largest |λ| first", () => {
    const B = defaultRng(3).standardNormal([4, 4]);
    const S = scale(0.5, add(B, transpose(B)));
    const {values, vectors} = eigh(S);
    expect(norm(spectralPartialSum(values, vectors, 0), "fro")).toBe(0);
    expect(norm(sub(spectralPartialSum(values, vectors, 4), S), "fro")).toBeLessThan(1e-13);
    const big = values.reduce((i, v, k) => (Math.abs(v) > Math.abs(values[i]!) ? k : i), 0);
    expect(norm(spectralPartialSum(values, vectors, 1), 2)).toBeCloseTo(Math.abs(values[big]!), 12);
  });

  it("matrixCells lists every entry with its position", () => {
    expect(
      matrixCells(
        Matrix.from([
          [1, 2],
          [3, 4]
        ])
      )
    ).toEqual([
      {i: 0, j: 0, value: 1},
      {i: 0, j: 1, value: 2},
      {i: 1, j: 0, value: 3},
      {i: 1, j: 1, value: 4}
    ]);
  });

  it("droppedSpectrumNorm keeps the k largest |λ| and sums the squares of the rest", () => {
    expect(droppedSpectrumNorm([3, -4, 1, 0.5], 1)).toBeCloseTo(Math.sqrt(9 + 1 + 0.25), 15);
    expect(droppedSpectrumNorm([3, -4], 0)).toBe(5);
    expect(droppedSpectrumNorm([3, -4], 2)).toBe(0);
  });
});

describe("powers", () => {
  it("builds the requested eigenvalues and compares iterates with the spectral radius", () => {
    const A = matrixWithEigenvalues(0.9, 0.3);
    // trace and determinant fix the eigenvalues of a 2×2
    expect(A.get(0, 0) + A.get(1, 1)).toBeCloseTo(1.2, 14);
    expect(A.get(0, 0) * A.get(1, 1) - A.get(0, 1) * A.get(1, 0)).toBeCloseTo(0.27, 14);
    const rows = powerIterates(A, [1, 0], 60);
    expect(rows[60]!.norm / rows[59]!.norm).toBeCloseTo(0.9, 6);
    expect(
      maxAbsDiff(matrixPower(A, 3), A.toArray().length === 2 ? powerByHand(A) : A)
    ).toBeLessThan(1e-14);
  });
});

function powerByHand(A: Matrix): number[][] {
  const a = A.toArray();
  const mul = (x: number[][], y: number[][]) =>
    x.map((r) => [0, 1].map((j) => r[0]! * y[0]![j]! + r[1]! * y[1]![j]!));
  return mul(mul(a, a), a);
}
