// @vitest-environment happy-dom
// The drill kit (docs/components/drill.ts): verdicts on typed answers never print raw true/false/NaN.
import {describe, expect, it} from "vitest";
import {
  judgeDirection,
  judgeNumbers,
  matrixBlock,
  verdictLine
} from "../../docs/components/drill.js";

const raw = /\b(true|false|NaN|undefined|Infinity)\b/;

describe("judgeNumbers", () => {
  it("accepts right answers in order, or as a set when unordered", () => {
    expect(judgeNumbers("1/3, -0.5", [1 / 3, -0.5], {label: "ŵ"}).state).toBe("right");
    expect(judgeNumbers("5 -1", [-1, 5], {label: "λ", unordered: true}).state).toBe("right");
    expect(judgeNumbers("5 -1", [-1, 5], {label: "λ"}).state).toBe("wrong");
  });
  it("names empty, unreadable, non-finite and miscounted answers in words", () => {
    const cases: [string, string][] = [
      ["", "empty"],
      ["abc", "unreadable"],
      ["NaN", "unreadable"],
      ["1e400", "not-finite"],
      ["0/0", "not-finite"],
      ["1/0, 2", "not-finite"],
      ["1, 2, 3", "count"],
      ["-1e400, 3", "not-finite"]
    ];
    for (const [typed, state] of cases) {
      const v = judgeNumbers(typed, [1, 2], {label: "two numbers"});
      expect(v.state).toBe(state);
      expect(v.text).not.toMatch(raw);
      expect(verdictLine(v).textContent).toContain(v.text);
    }
  });
  it("respects the tolerance", () => {
    expect(judgeNumbers("4.47, 1.12", [4.4721, 1.118], {label: "σ", atol: 0.006}).state).toBe(
      "right"
    );
    expect(judgeNumbers("4.47, 1.13", [4.4721, 1.118], {label: "σ", atol: 0.006}).state).toBe(
      "wrong"
    );
  });
});

describe("judgeDirection", () => {
  it("accepts any non-zero multiple, refuses zero and other directions", () => {
    expect(judgeDirection("-4, -2", [2, 1], {label: "v"}).state).toBe("right");
    expect(judgeDirection("0, 0", [2, 1], {label: "v"}).state).toBe("wrong");
    expect(judgeDirection("1, 2", [2, 1], {label: "v"}).state).toBe("wrong");
    expect(judgeDirection("1e400, 1", [2, 1], {label: "v"}).state).toBe("not-finite");
  });
});

describe("matrixBlock", () => {
  it("labels a formatted matrix", () => {
    const el = matrixBlock("A", [
      [1, -2],
      [0.5, 3]
    ]);
    expect(el.textContent).toContain("A =");
    expect(el.querySelectorAll("td")).toHaveLength(4);
  });
});
