import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {articleDraws, continueFrom} from "../../../src/experiments/sourceScript/draws.js";
import {defaultRng} from "../../../src/random/index.js";

const fixture = JSON.parse(
  readFileSync(new URL("../../fixtures/article.json", import.meta.url), "utf8")
);

describe("articleDraws", () => {
  it("replays NumPy's draws: x_true and w_test equal the fixture's bit for bit", () => {
    const d = articleDraws();
    expect(Array.from(d.xTrue)).toEqual(fixture.leastSquares.xTrue);
    expect(Array.from(d.wTest)).toEqual(fixture.gradientCheck.wTest);
    expect(d.A.shape).toEqual([100, 10]);
    expect(d.X.shape).toEqual([100, 5]);
  });

  it("follows the sizes it is given, and a different seed gives different draws", () => {
    const d = articleDraws({seed: 7, lsM: 30, lsN: 4, gradN: 20, gradD: 3});
    expect([d.A.shape, d.b.length, d.X.shape, d.y.length, d.wTest.length]).toEqual([
      [30, 4],
      30,
      [20, 3],
      20,
      3
    ]);
    expect(Array.from(articleDraws({seed: 7}).xTrue)).not.toEqual(fixture.leastSquares.xTrue);
  });

  it("continueFrom: the copy draws what the original would draw next, and leaves it untouched", () => {
    const rng = defaultRng(42);
    rng.standardNormal(7);
    const copy = continueFrom(rng);
    const fromCopy = Array.from(copy.standardNormal(5));
    expect(Array.from(copy.standardNormal(3))).not.toEqual(fromCopy.slice(0, 3));
    expect(Array.from(rng.standardNormal(5))).toEqual(fromCopy);
    expect(Array.from(defaultRng(42).standardNormal(12)).slice(7)).toEqual(fromCopy);
  });
});
