import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {numpyArticle} from "../../../src/experiments/sourceScript/numpyReference.js";

const fixture = JSON.parse(readFileSync(new URL("../../fixtures/article.json", import.meta.url), "utf8"));

describe("numpyArticle (chapter 7's reference figures)", () => {
  it("equals the python3-numpy fixture, value for value", () => {
    expect(numpyArticle.seed).toBe(fixture.seed);
    expect(numpyArticle.lines).toEqual(fixture.lines);
    expect(numpyArticle.environment).toBe(`numpy ${fixture.environment.numpy}, scipy ${fixture.environment.scipy}`);
    for (const [i, r] of numpyArticle.eckartYoung.entries()) {
      const f = fixture.eckartYoung[i];
      expect([r.k, r.actual, r.theory, r.actualText, r.theoryText]).toEqual([f.k, f.actual, f.theory, f.actualText, f.theoryText]);
    }
    for (const [key, value] of Object.entries(numpyArticle.leastSquares)) expect(value, key).toBe(fixture.leastSquares[key]);
    for (const [key, value] of Object.entries(numpyArticle.gradientCheck)) expect(value, key).toBe(fixture.gradientCheck[key]);
  });
});
