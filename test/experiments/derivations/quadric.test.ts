import {describe, expect, it} from "vitest";
import {ellipse, quadraticGrid, semiAxes} from "../../../src/experiments/derivations/quadric.js";

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

describe("quadraticGrid", () => {
  it("samples wᵀHw + gᵀw + c at cell centres, row-major from (x1, y1)", () => {
    const G = quadraticGrid([[1, 2], [0, 3]], [1, -1], 0.5, [0, 2, -1, 1], 2);
    expect([G.width, G.height, G.x1, G.y2]).toEqual([2, 2, 0, 1]);
    const q = (x: number, y: number) => x * x + 2 * x * y + 3 * y * y + x - y + 0.5;
    expect(Array.from(G.values)).toEqual([q(0.5, -0.5), q(1.5, -0.5), q(0.5, 0.5), q(1.5, 0.5)]);
  });
});
