// The check helper: pass/fail logic, what the badge shows, and the log the runners read.
// @vitest-environment happy-dom
import {describe, expect, it} from "vitest";
import {check, checkLog, claimStatusKey, evaluate} from "../../src/notebook/check.js";
import {Matrix} from "../../src/linalg/matrix.js";

describe("evaluate", () => {
  it("booleans pass only when true, and say so in words (never a raw true/false)", () => {
    expect(evaluate("t", true)).toMatchObject({pass: true, measured: "holds"});
    expect(evaluate("f", false)).toMatchObject({pass: false, measured: "does not hold"});
  });
  it("numbers: |a − e| ≤ atol + rtol·|e|, default rtol 1e-9", () => {
    expect(evaluate("close", 1 + 1e-10, 1).pass).toBe(true);
    expect(evaluate("far", 1 + 1e-8, 1).pass).toBe(false);
    expect(evaluate("atol", 1e-13, 0, {atol: 1e-12}).pass).toBe(true);
    expect(evaluate("atol fails", 1e-11, 0, {atol: 1e-12}).pass).toBe(false);
  });
  it("NaN never passes, whatever the tolerance", () => {
    expect(evaluate("nan", NaN, 1, {atol: Infinity}).pass).toBe(false);
    expect(evaluate("nan expected", 1, NaN, {atol: 1}).pass).toBe(false);
  });
  it("arrays and matrices compare elementwise; a scalar expectation broadcasts; shapes must agree", () => {
    expect(evaluate("vec", [1, 2], [1, 2 + 1e-12]).pass).toBe(true);
    expect(evaluate("vec off", [1, 2], [1, 2.1]).pass).toBe(false);
    expect(evaluate("matrix", Matrix.from([[1, 2]]), Matrix.from([[1, 2]])).pass).toBe(true);
    expect(evaluate("broadcast", [0, 1e-15], 0, {atol: 1e-14}).pass).toBe(true);
    const r = evaluate("shape", [1, 2, 3], [1, 2]);
    expect(r.pass).toBe(false);
    expect(r.measured).toMatch(/shape 3/);
    expect(evaluate("empty", [], []).pass).toBe(false);
  });
  it("reports the measured value and the tolerance", () => {
    const r = evaluate("σ₁", 3.000000001, 3, {rtol: 1e-6});
    expect(r.measured).toBe("3");
    expect(r.expected).toBe("3 (rtol 1e−6)");
    expect(evaluate("tiny", 1.5e-12, 1.5e-12).measured).toBe("1.5e−12");
    expect(evaluate("unbounded", Infinity, 1).measured).toBe("∞");
  });
});

describe("check", () => {
  it("renders a badge with data-check, data-status and the values, and logs the result", () => {
    const before = checkLog.length;
    const ok = check("P² = P", 1, 1);
    const bad = check("wrong", 1, 2);
    expect(ok.getAttribute("data-check")).toBe("P² = P");
    expect(ok.getAttribute("data-status")).toBe("pass");
    expect(ok.textContent).toContain("✓");
    expect(bad.getAttribute("data-status")).toBe("fail");
    expect(bad.textContent).toContain("✗");
    expect(bad.textContent).toContain("vs 2");
    expect(checkLog.slice(before).map((r) => r.pass)).toEqual([true, false]);
  });
});

describe("claims", () => {
  it("a check names its ledger claim: the log, data-claim and a link to the ledger row", () => {
    const el = check("σ₁ = ‖A‖₂", 2, 2, {claim: "DD-3.4"});
    expect(el.getAttribute("data-claim")).toBe("DD-3.4");
    expect(el.querySelector("a.check-claim")!.getAttribute("href")).toBe("/claims#DD-3.4");
    expect(checkLog.at(-1)).toMatchObject({name: "σ₁ = ‖A‖₂", pass: true, claim: "DD-3.4"});
  });
  it("the boolean form takes its options third", () => {
    const el = check("P is symmetric", false, {claim: "DD-8.2"});
    expect(el.getAttribute("data-status")).toBe("fail");
    expect(el.getAttribute("data-claim")).toBe("DD-8.2");
  });
  it("a numeric check with options but no expected value is a mistake, said so", () => {
    const misuse = {claim: "DD-1.1"} as never; // the types refuse it too
    expect(() => check("x", 1, misuse)).toThrow(/needs a value to compare/);
  });
  it("records what each claim's checks computed in this browser, for the claims page", () => {
    localStorage.removeItem(claimStatusKey);
    check("first", true, {claim: "MD-4.1"});
    check("second", 1, 1.5, {claim: "MD-4.1"});
    const status = JSON.parse(localStorage.getItem(claimStatusKey)!);
    expect(status["MD-4.1"].checks).toEqual({first: true, second: false});
  });
  it("a check without a claim has no claim attribute", () => {
    expect(check("plain", true).hasAttribute("data-claim")).toBe(false);
  });
});
