import {describe, expect, it} from "vitest";
import {formatExp, formatFixed, pyFormat} from "../../../src/experiments/sourceScript/pyformat.js";
import fixture from "../../fixtures/article_arithmetic.json";

describe("Python float formatting", () => {
  it("matches Python's format() on every value × spec in the fixture (ties, tiny, huge, signed zero)", () => {
    const wrong = fixture.formats
      .filter((c) => pyFormat(c.value, c.spec) !== c.text)
      .map((c) => `${c.value}:${c.spec} → ${pyFormat(c.value, c.spec)} ≠ ${c.text}`);
    expect(wrong).toEqual([]);
  });

  it("rounds exact binary ties to even, where Number#toFixed rounds up", () => {
    expect(formatFixed(0.125, 2)).toBe("0.12");
    expect((0.125).toFixed(2)).toBe("0.13");
    expect(formatFixed(2.5, 0)).toBe("2");
    expect(formatExp(2.5, 0)).toBe("2e+00");
  });

  it("uses at least two exponent digits and pads to the width", () => {
    expect(formatExp(1.35e-8, 2)).toBe("1.35e-08");
    expect(formatExp(1e100, 1)).toBe("1.0e+100");
    expect(formatFixed(40.2, 2, 6)).toBe(" 40.20");
    expect(formatFixed(-0, 1)).toBe("-0.0");
    expect(formatExp(0, 2)).toBe("0.00e+00");
  });

  it("refuses specs it does not implement", () => {
    expect(() => pyFormat(1, "6.2g")).toThrow(RangeError);
  });
});
