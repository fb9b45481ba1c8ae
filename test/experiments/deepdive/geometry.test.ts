import {describe, expect, it} from "vitest";
import {Matrix} from "../../../src/linalg/index.js";
import {absCosine, maxAbsDiff, orthonormalityError, symmetryError} from "../../../src/experiments/deepdive/compare.js";
import {directionFan, polygonArea, rotation, unitBallImage, unitCircleImage, unitSquareImage} from "../../../src/experiments/deepdive/planar.js";
import {matrixPower, matrixWithEigenvalues, powerIterates} from "../../../src/experiments/deepdive/powers.js";

describe("compare", () => {
  it("measures differences, symmetry and orthonormality", () => {
    expect(maxAbsDiff([1, 2, 3], [1, 2.5, 2])).toBe(1);
    expect(maxAbsDiff([1, 2], [1, 2, 3])).toBe(Infinity);
    expect(symmetryError(Matrix.from([[1, 2], [5, 1]]))).toBe(3);
    expect(orthonormalityError(rotation(0.7))).toBeLessThan(1e-15);
    expect(orthonormalityError(Matrix.from([[1, 1], [0, 1]]))).toBe(1);
    expect(absCosine([1, 0], [-3, 0])).toBe(1);
    expect(absCosine([1, 0], [0, 2])).toBe(0);
  });
});

describe("planar pictures", () => {
  it("maps the square's corner (1,1) to the column sum and the circle onto an ellipse", () => {
    const A = [[2, 1], [0, 3]];
    const img = unitSquareImage(A).filter((p) => p.shape !== "unit square");
    expect(img[2]).toMatchObject({x: 3, y: 3});
    const circle = unitCircleImage(rotation(0.3), 8).filter((p) => p.shape === "image");
    for (const p of circle) expect(Math.hypot(p.x, p.y)).toBeCloseTo(1, 14);
  });
  it("finds alignment 1 exactly on the eigen-directions of a diagonal map", () => {
    const fan = directionFan([[3, 0], [0, 1]], 4);
    expect(fan.map((r) => r.alignment)).toEqual([1, expect.any(Number), 1, expect.any(Number)]);
    expect(fan[1]!.alignment).toBeLessThan(0.95);
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
    expect(maxAbsDiff(matrixPower(A, 3), A.toArray().length === 2 ? powerByHand(A) : A)).toBeLessThan(1e-14);
  });
});

function powerByHand(A: Matrix): number[][] {
  const a = A.toArray();
  const mul = (x: number[][], y: number[][]) => x.map((r) => [0, 1].map((j) => r[0]! * y[0]![j]! + r[1]! * y[1]![j]!));
  return mul(mul(a, a), a);
}

describe("unit p-ball images", () => {
  it("reach exactly the induced norm at the corners for p = 1 and ∞", () => {
    const A = [[1, -2], [3, 0.5]];
    const one = unitBallImage(A, 1, 3.5, 16).filter((p) => p.shape === "image A·ball");
    expect(Math.max(...one.map((p) => p.size))).toBeCloseTo(4, 12); // max column sum: |1|+|3|, |-2|+|0.5|
    const inf = unitBallImage(A, Infinity, 3.5, 16).filter((p) => p.shape === "image A·ball");
    expect(Math.max(...inf.map((p) => p.size))).toBeCloseTo(3.5, 12); // max row sum
    const ball = unitBallImage(A, 1, 2, 16).filter((p) => p.shape === "unit ball");
    for (const p of ball) expect(Math.abs(p.x) + Math.abs(p.y)).toBeCloseTo(1, 14);
  });

  it("measures images of huge and tiny matrices without overflow or underflow", () => {
    for (const [p, c] of [[2, 1e200], [1, 1e200], [2, 1e-200]] as const) {
      const img = unitBallImage([[c, 0], [0, c / 4]], p, c, 16).filter((q) => q.shape === "image A·ball");
      expect(Math.max(...img.map((q) => q.size)) / c).toBeCloseTo(1, 12);
    }
  });
});

describe("polygon area", () => {
  it("is |det A| for the image of the unit square, either orientation", () => {
    const img = unitSquareImage([[2, 1], [0.5, 3]]).filter((p) => p.shape !== "unit square").slice(0, 4);
    expect(polygonArea(img)).toBeCloseTo(5.5, 14);
    expect(polygonArea([...img].reverse())).toBeCloseTo(5.5, 14);
    expect(polygonArea(unitSquareImage([[1, 2], [2, 4]]).filter((p) => p.shape !== "unit square"))).toBe(0);
  });
});
