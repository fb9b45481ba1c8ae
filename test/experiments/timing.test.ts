import {describe, expect, it} from "vitest";
import {eigvalsh} from "../../src/linalg/index.js";
import {defaultRng} from "../../src/random/index.js";
import {factorizationFlops, spdFromDraws, timeCholeskyVsLU} from "../../src/experiments/timing.js";

describe("Cholesky vs LU timing", () => {
  it("builds SPD matrices with eigenvalues ≥ 1", () => {
    expect(eigvalsh(spdFromDraws(defaultRng(1).standardNormal([6, 6])))[0]).toBeGreaterThanOrEqual(
      1 - 1e-12
    );
  });

  it("reports the median of the clock's readings per size", () => {
    // Readings per rep: start, end of cholesky, start, end of lu → durations 1, 2, 3 (cholesky) and 4, 8, 12 (lu).
    const readings = [0, 1, 1, 5, 5, 7, 7, 15, 15, 18, 18, 30];
    let k = 0;
    const rows = timeCholeskyVsLU(
      [5],
      (n) => defaultRng(2).standardNormal([n, n]),
      3,
      () => readings[k++]!
    );
    expect(rows).toEqual([{n: 5, choleskyMs: 2, luMs: 8, ratio: 0.25}]);
    expect(k).toBe(12);
  });
});

describe("factorizationFlops", () => {
  it("matches the closed forms n³/3 + n²/2 + n/6 and 2n³/3 − n²/2 − n/6", () => {
    for (const n of [1, 2, 3, 10, 57, 400]) {
      const {cholesky, lu} = factorizationFlops(n);
      expect(cholesky).toBe((2 * n ** 3 + 3 * n ** 2 + n) / 6);
      expect(lu).toBe((4 * n ** 3 - 3 * n ** 2 - n) / 6);
    }
  });
});
