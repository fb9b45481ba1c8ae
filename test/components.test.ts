// @vitest-environment happy-dom
// Page-side helpers (docs/components): formatting, tables, the matrix editor.
import {describe, expect, it} from "vitest";
import {formatNumber, formatVector} from "../src/notebook/format.js";
import {matrixRows, matrixTable, numberTable} from "../docs/components/table.js";
import {matrixInput} from "../docs/components/matrix-input.js";
import {Matrix} from "../src/linalg/index.js";

describe("formatNumber", () => {
  it("rounds to significant digits, with a true minus and exponents only at the extremes", () => {
    expect(formatNumber(Math.PI)).toBe("3.142");
    expect(formatNumber(-Math.PI, {digits: 2})).toBe("−3.1");
    expect(formatNumber(2.5)).toBe("2.5");
    expect(formatNumber(-2.5e-9)).toBe("−2.5e−9");
    expect(formatNumber(1.23456e7, {digits: 3})).toBe("1.23e7");
    expect(formatNumber(1e-3)).toBe("0.001");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
    expect([formatNumber(Infinity), formatNumber(-Infinity), formatNumber(NaN)]).toEqual([
      "∞",
      "−∞",
      "NaN"
    ]);
    expect(formatVector([1, -0.5, 1e-12])).toBe("[1, −0.5, 1e−12]");
  });
});

describe("tables", () => {
  it("formats numeric cells and right-aligns them", () => {
    const t = numberTable(
      [
        {k: 1, error: 0.123456, note: "x"},
        {k: 2, error: -1e-9, note: "y"}
      ],
      {digits: 2, header: {error: "‖A − A_k‖₂"}}
    );
    const text = (sel: string): string[] =>
      Array.from(t.querySelectorAll(sel), (c) => c.textContent ?? "");
    expect(text("thead th")).toEqual(["k", "‖A − A_k‖₂", "note"]);
    expect(text("tbody tr:nth-child(2) td")).toEqual(["2", "−1e−9", "y"]);
    expect(Array.from(t.querySelectorAll("tbody tr:first-child td"), (c) => c.className)).toEqual([
      "num",
      "num",
      ""
    ]);
    expect(numberTable([], {columns: ["a"]}).querySelectorAll("tbody tr")).toHaveLength(0);
  });

  it("shows a Matrix or nested arrays as a grid", () => {
    const A = Matrix.from([
      [1, 2, 3],
      [4, 5, 6]
    ]);
    expect(matrixRows(A)).toEqual([
      [1, 2, 3],
      [4, 5, 6]
    ]);
    const t = matrixTable(A);
    expect(
      Array.from(t.querySelectorAll("tr"), (r) =>
        Array.from(r.querySelectorAll("td"), (c) => c.textContent)
      )
    ).toEqual([
      ["1", "2", "3"],
      ["4", "5", "6"]
    ]);
    expect(matrixRows([[1], [2]])).toEqual([[1], [2]]);
  });
});

describe("matrixInput", () => {
  const type = (field: HTMLInputElement, text: string): void => {
    field.value = text;
    field.dispatchEvent(new Event("input", {bubbles: true}));
  };

  it("starts at its initial value, edits entries, and reports them with a bubbling input event", () => {
    const initial = [
      [2, 1],
      [1, 3]
    ];
    const el = matrixInput(initial, {label: "A"});
    expect(el.value).toEqual([
      [2, 1],
      [1, 3]
    ]);
    let events = 0;
    el.addEventListener("input", () => events++);
    const fields = el.querySelectorAll("input");
    expect(fields).toHaveLength(4);
    type(fields[1]!, "-0.5");
    expect(el.value).toEqual([
      [2, -0.5],
      [1, 3]
    ]);
    expect(events).toBe(1);
    expect(initial).toEqual([
      [2, 1],
      [1, 3]
    ]); // not mutated
    el.value[0]![0] = 99; // reads are copies
    expect(el.value[0]![0]).toBe(2);
  });

  it("ignores an entry that is not a finite number and marks it", () => {
    const el = matrixInput([
      [1, 0],
      [0, 1]
    ]);
    let events = 0;
    el.addEventListener("input", () => events++);
    const field = el.querySelectorAll("input")[3]!;
    type(field, "");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(el.value).toEqual([
      [1, 0],
      [0, 1]
    ]);
    expect(events).toBe(0);
    type(field, "4");
    expect(field.getAttribute("aria-invalid")).toBe("false");
    expect(el.value).toEqual([
      [1, 0],
      [0, 4]
    ]);
  });

  it("rejects empty, ragged and non-finite initial matrices", () => {
    expect(() => matrixInput([])).toThrow(/empty/);
    expect(() => matrixInput([[1, 2], [3]])).toThrow(/row 1 has 1 entries, row 0 has 2/);
    expect(() => matrixInput([[1, NaN]])).toThrow(/entry \(0, 1\) is NaN/);
  });
});
