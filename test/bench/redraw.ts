// Redraw cost of each experiment function at the pages' default sizes (readers drag sliders; the goal is < 50 ms). Run: npx tsx test/bench/redraw.ts
import {defaultRng} from "../../src/random/index.js";
import {articleScript} from "../../src/experiments/sourceScript/script.js";
import {eckartYoungTable} from "../../src/experiments/lowRank.js";
import {compareLeastSquares, kappaSweep, sweepSlopes} from "../../src/experiments/leastSquares.js";
import {
  gradientCheck,
  linearRegression,
  logSteps,
  stepSizeModel,
  stepSizeSweep
} from "../../src/experiments/gradients.js";
import {matmul} from "../../src/linalg/index.js";

const rng = defaultRng(1);
const A = rng.standardNormal([100, 80]);
const B = rng.standardNormal([100, 10]);
const b = matmul(B, rng.standardNormal(10));
const X = rng.standardNormal([100, 5]);
const y = rng.standardNormal(100);
const w = rng.standardNormal(5);
const reg = linearRegression(X, y);
const regNumpy = linearRegression(X, y, {arithmetic: "numpy"});
const steps = logSteps();

const CASES: [string, () => unknown][] = [
  ["articleScript() (all three blocks, seed 42)", () => articleScript()],
  ["eckartYoungTable 100×80, k = 1,5,10,20", () => eckartYoungTable(A, [1, 5, 10, 20])],
  ["compareLeastSquares 100×10", () => compareLeastSquares(B, b)],
  ["kappaSweep default (60×12, 11 κ) + slopes", () => sweepSlopes(kappaSweep())],
  ["gradientCheck regression 100×5", () => gradientCheck(reg.loss, reg.grad, w)],
  [
    "gradientCheck regression 100×5, NumPy order",
    () => gradientCheck(regNumpy.loss, regNumpy.grad, w)
  ],
  [
    "stepSizeSweep 45 steps × 2 schemes + model",
    () =>
      (["central", "forward"] as const).map((s) => [
        stepSizeSweep(reg.loss, reg.grad, w, steps, s),
        stepSizeModel(steps, s)
      ])
  ]
];

console.log("first call (cold) and best of 5 (warm), milliseconds; goal < 50 ms");
for (const [name, fn] of CASES) {
  let t = performance.now();
  fn();
  const cold = performance.now() - t;
  let warm = Infinity;
  for (let r = 0; r < 5; r++) {
    t = performance.now();
    fn();
    warm = Math.min(warm, performance.now() - t);
  }
  console.log(
    `${name.padEnd(48)} ${cold.toFixed(1).padStart(7)} ${warm.toFixed(1).padStart(7)}${warm > 50 ? "  over budget" : ""}`
  );
}
