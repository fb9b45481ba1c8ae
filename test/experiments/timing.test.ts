import {describe, expect, it} from "vitest";
import {eigvalsh} from "../../src/linalg/index.js";
import {defaultRng} from "../../src/random/index.js";
import {spdFromDraws, timeCholeskyVsLU} from "../../src/experiments/timing.js";

describe("Cholesky vs LU timing", () => {
  it("builds SPD matrices with eigenvalues ≥ 1", () => {
    expect(eigvalsh(spdFromDraws(defaultRng(1).standardNormal([6, 6])))[0]).toBeGreaterThanOrEqual(1 - 1e-12);
  });

  it("reports the median of the clock's readings per size", () => {
    // Readings per rep: start, end of cholesky, start, end of lu → durations 1, 2, 3 (cholesky) and 4, 8, 12 (lu).
    const readings = [0, 1, 1, 5, 5, 7, 7, 15, 15, 18, 18, 30];
    let k = 0;
    const rows = timeCholeskyVsLU([5], (n) => defaultRng(2).standardNormal([n, n]), 3, () => readings[k++]!);
    expect(rows).toEqual([{n: 5, choleskyMs: 2, luMs: 8, ratio: 0.25}]);
    expect(k).toBe(12);
  });
});
