import {describe, expect, it} from "vitest";
import {ellipse, semiAxes} from "../../../src/experiments/derivations/quadric.js";

describe("quadric level sets", () => {
  it("diag(4, 1): semi-axes 1/2 and 1 along the coordinate axes", () => {
    const [a1, a2] = semiAxes([[4, 0], [0, 1]]);
    expect([a1!.lambda, a2!.lambda]).toEqual([1, 4]);
    expect(a1!.length).toBeCloseTo(1, 15);
    expect(a2!.length).toBeCloseTo(0.5, 15);
    expect(Math.abs(a2!.q[0])).toBeCloseTo(1, 15);
  });

  it("ellipse points satisfy xᵀAx = 1", () => {
    const A = [[2, 0.8], [0.8, 1]];
    for (const p of ellipse(A, 30)) expect(A[0]![0]! * p.x * p.x + 2 * A[0]![1]! * p.x * p.y + A[1]![1]! * p.y * p.y).toBeCloseTo(1, 12);
  });

  it("refuses an indefinite matrix", () => {
    expect(() => semiAxes([[1, 2], [2, -1]])).toThrow(RangeError);
  });
});
