import {describe, expect, it} from "vitest";
import {Matrix} from "../../src/linalg/index.js";
import {
  absCosine,
  maxAbsDiff,
  orthonormalityError,
  symmetryError
} from "../../src/experiments/compare.js";
import {rotation} from "../../src/experiments/planeGeometry.js";

describe("compare", () => {
  it("measures differences, symmetry and orthonormality", () => {
    expect(maxAbsDiff([1, 2, 3], [1, 2.5, 2])).toBe(1);
    expect(maxAbsDiff([1, 2], [1, 2, 3])).toBe(Infinity);
    expect(
      symmetryError(
        Matrix.from([
          [1, 2],
          [5, 1]
        ])
      )
    ).toBe(3);
    expect(orthonormalityError(rotation(0.7))).toBeLessThan(1e-15);
    expect(
      orthonormalityError(
        Matrix.from([
          [1, 1],
          [0, 1]
        ])
      )
    ).toBe(1);
    expect(absCosine([1, 0], [-3, 0])).toBe(1);
    expect(absCosine([1, 0], [0, 2])).toBe(0);
  });
});
