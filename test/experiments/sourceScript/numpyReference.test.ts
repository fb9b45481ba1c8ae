import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {
  numpyArticle,
  numpyArticleSeeds
} from "../../../src/experiments/sourceScript/numpyReference.js";

const fixture = JSON.parse(
  readFileSync(new URL("../../fixtures/article.json", import.meta.url), "utf8")
);

describe("numpyArticle (chapter 7's reference figures)", () => {
  it("equals the python3-numpy fixture, value for value", () => {
    expect(numpyArticle.seed).toBe(fixture.seed);
    expect(numpyArticle.lines).toEqual(fixture.lines);
    expect(numpyArticle.environment).toBe(
      `numpy ${fixture.environment.numpy}, scipy ${fixture.environment.scipy}`
    );
    for (const [i, r] of numpyArticle.eckartYoung.entries()) {
      const f = fixture.eckartYoung[i];
      expect([r.k, r.actual, r.theory, r.actualText, r.theoryText]).toEqual([
        f.k,
        f.actual,
        f.theory,
        f.actualText,
        f.theoryText
      ]);
    }
    for (const [key, value] of Object.entries(numpyArticle.leastSquares))
      expect(value, key).toBe(fixture.leastSquares[key]);
    for (const [key, value] of Object.entries(numpyArticle.gradientCheck))
      expect(value, key).toBe(fixture.gradientCheck[key]);
  });

  it("numpyArticleSeeds equal the fixture's further seeds (7, 2024), value for value", () => {
    expect(numpyArticleSeeds.map((r) => r.seed)).toEqual(
      fixture.otherSeeds.map((f: {seed: number}) => f.seed)
    );
    for (const [i, r] of numpyArticleSeeds.entries()) {
      const f = fixture.otherSeeds[i];
      expect(r.lines).toEqual(f.lines);
      expect(r.eckartYoung).toEqual(
        f.eckartYoung.map((e: {k: number; actual: number}) => ({k: e.k, actual: e.actual}))
      );
      for (const [key, value] of Object.entries(r.leastSquares))
        expect(value, key).toBe(f.leastSquares[key]);
      expect(r.gradientCheck).toEqual({
        error: f.gradientCheck.error,
        lossAtTest: f.gradientCheck.lossAtTest
      });
    }
  });
});
