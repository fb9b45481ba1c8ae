import {describe, expect, it} from "vitest";
import {droppedSpectrumNorm, eigenvalueProduct, eigenvalueSum, matrixCells, spectralPartialSum} from "../../../src/experiments/derivations/spectrum.js";
import {Matrix, add, eigh, norm, sub, transpose, scale} from "../../../src/linalg/index.js";
import {defaultRng} from "../../../src/random/index.js";

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
    expect(matrixCells(Matrix.from([[1, 2], [3, 4]]))).toEqual([{i: 0, j: 0, value: 1}, {i: 0, j: 1, value: 2}, {i: 1, j: 0, value: 3}, {i: 1, j: 1, value: 4}]);
  });

  it("droppedSpectrumNorm keeps the k largest |λ| and sums the squares of the rest", () => {
    expect(droppedSpectrumNorm([3, -4, 1, 0.5], 1)).toBeCloseTo(Math.sqrt(9 + 1 + 0.25), 15);
    expect(droppedSpectrumNorm([3, -4], 0)).toBe(5);
    expect(droppedSpectrumNorm([3, -4], 2)).toBe(0);
  });
});
