import {describe, expect, it} from "vitest";
import {pairwiseDistances} from "../../../src/experiments/kernels.js";
import {digitsLost, withCondition} from "../../../src/experiments/derivations/conditioned.js";
import {expSum, f, g, gradExpSum, gradF, jacobianG} from "../../../src/experiments/derivations/calculusExamples.js";
import {jacobian, numericalGradient} from "../../../src/calculus/index.js";
import {cond} from "../../../src/linalg/index.js";
import {defaultRng} from "../../../src/random/index.js";

describe("small derivation helpers", () => {
  it("pairwiseDistances: symmetric, zero diagonal, 3-4-5", () => {
    const D = pairwiseDistances([[0, 0], [3, 4], [0, 4]]);
    expect(D.toArray()).toEqual([[0, 5, 4], [5, 0, 3], [4, 3, 0]]);
  });

  it("withCondition hits the requested κ and refuses bad shapes", () => {
    const r = defaultRng(8);
    expect(cond(withCondition(r.standardNormal([12, 5]), r.standardNormal([5, 5]), 1e6))).toBeCloseTo(1e6, -1);
    expect(() => withCondition(r.standardNormal([3, 5]), r.standardNormal([5, 5]), 10)).toThrow(RangeError);
    expect(() => withCondition(r.standardNormal([6, 5]), r.standardNormal([5, 5]), 0.5)).toThrow(RangeError);
  });

  it("the worked functions' hand derivatives match finite differences", () => {
    const x = [0.3, -1.2, 0.7];
    jacobianG(x).data.forEach((v, i) => expect(v).toBeCloseTo(jacobian(g, x).data[i]!, 8));
    gradF([1.5, -0.4]).forEach((v, i) => expect(v).toBeCloseTo(numericalGradient(f, [1.5, -0.4])[i]!, 8));
    gradExpSum(x).forEach((v, i) => expect(v).toBeCloseTo(numericalGradient(expSum, x)[i]!, 8));
  });

  it("digitsLost: κ as prescribed, error grows with κ and stays under n·κ·ε", () => {
    const r = defaultRng(3);
    const rows = digitsLost(r.standardNormal([10, 10]), r.standardNormal([10, 10]), r.standardNormal(10), 12);
    expect(rows.map((d) => d.k)).toEqual(Array.from({length: 13}, (_, k) => k));
    rows.forEach((d) => expect(d.kappa / 10 ** d.k).toBeCloseTo(1, 3));
    rows.forEach((d) => expect(d.err).toBeLessThan(10 * d.kappa * Number.EPSILON));
    expect(rows[12]!.err).toBeGreaterThan(1e3 * rows[0]!.err);
    expect(() => digitsLost(r.standardNormal([4, 3]), r.standardNormal([3, 3]), [1, 2, 3], 2)).toThrow(RangeError);
  });
});
