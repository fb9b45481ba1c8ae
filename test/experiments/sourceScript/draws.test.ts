import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {articleDraws} from "../../../src/experiments/sourceScript/draws.js";

const fixture = JSON.parse(readFileSync(new URL("../../fixtures/article.json", import.meta.url), "utf8"));

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
    expect([d.A.shape, d.b.length, d.X.shape, d.y.length, d.wTest.length]).toEqual([[30, 4], 30, [20, 3], 20, 3]);
    expect(Array.from(articleDraws({seed: 7}).xTrue)).not.toEqual(fixture.leastSquares.xTrue);
  });
});
