import {describe, expect, it} from "vitest";
import {layerBackward, layerLoss} from "../../../src/experiments/derivations/denseLayer.js";
import {numericalGradient, numericalGradientMatrix} from "../../../src/calculus/index.js";
import {defaultRng} from "../../../src/random/index.js";

describe("one dense tanh layer", () => {
  const rng = defaultRng(5);
  const W = rng.standardNormal([3, 4]), b = rng.standardNormal(3), x = rng.standardNormal(4), t = rng.standardNormal(3);

  it("loss is ½‖tanh(Wx + b) − t‖² (zero weights: ½‖t‖²)", () => {
    expect(layerLoss([[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], [0, 0, 0], x, t)).toBeCloseTo(0.5 * t.reduce((s, v) => s + v * v, 0), 14);
  });

  it("equation 7 matches finite differences for W and b", () => {
    const {dW, db} = layerBackward(W, b, x, t);
    const fdW = numericalGradientMatrix((V) => layerLoss(V, b, x, t), W);
    const fdb = numericalGradient((c) => layerLoss(W, c, x, t), b);
    dW.data.forEach((v, i) => expect(v).toBeCloseTo(fdW.data[i]!, 8));
    db.forEach((v, i) => expect(v).toBeCloseTo(fdb[i]!, 8));
  });
});
