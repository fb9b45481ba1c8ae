// @vitest-environment happy-dom
// Page inputs (docs/components/inputs.ts): refused values never reach view(), and the value stays.
import {describe, expect, it} from "vitest";
import {
  integerInput,
  numberInput,
  parseTyped,
  range,
  seedInput,
  type NumberInputElement
} from "../docs/components/inputs.js";
import {matrixInput} from "../docs/components/matrix-input.js";

/** Type `text` into the element's box as a reader would; returns the values view() saw. */
function type(form: HTMLFormElement, text: string): unknown[] {
  const seen: unknown[] = [];
  const listener = (): number => seen.push((form as NumberInputElement).value);
  form.addEventListener("input", listener); // what Framework's view() listens to
  const box = form.querySelector<HTMLInputElement>("input[type=text]")!;
  box.value = text;
  box.dispatchEvent(new Event("input", {bubbles: true}));
  form.removeEventListener("input", listener);
  return seen;
}

const message = (form: HTMLElement): string =>
  form.querySelector("[role=status]")!.textContent ?? "";

describe("range", () => {
  it("names the slider by its label and starts at the given value", () => {
    document.body.innerHTML = "";
    const k = range([0, 30], {label: "rank k", step: 1, value: 3});
    document.body.append(k);
    const slider = k.querySelector<HTMLInputElement>("input[type=range]")!;
    const label = document.getElementById(slider.getAttribute("aria-labelledby")!)!;
    expect(label.textContent).toBe("rank k");
    expect(k.querySelector("label")!.htmlFor).toBe(k.querySelector("input[type=text]")!.id);
    expect(k.value).toBe(3);
    expect(slider.value).toBe("3");
  });

  it("refuses non-numbers, values outside [min, max] or off the step; the value stays", () => {
    const k = range([-2, 2], {label: "a", step: 0.25, value: 1.25});
    for (const bad of ["abc", "", "NaN", "1e400", "-5", "2.5", "0.3", "0x1", "Infinity"]) {
      expect(type(k, bad), bad).toEqual([]);
      expect(k.value, bad).toBe(1.25);
      expect(k.querySelector("input[type=text]")!.getAttribute("aria-invalid"), bad).toBe("true");
      expect(message(k), bad).toBe("Enter a number from −2 to 2 in steps of 0.25. Kept 1.25.");
    }
    expect(type(k, "−0.75")).toEqual([-0.75]);
    expect(k.querySelector<HTMLInputElement>("input[type=range]")!.value).toBe("-0.75");
    expect(message(k)).toBe("");
    expect(k.querySelector("input[type=text]")!.hasAttribute("aria-invalid")).toBe(false);
  });

  it("puts the last good value back in the box when the reader leaves it", () => {
    const k = range([0, 10], {label: "t", step: 1, value: 4});
    type(k, "12");
    const box = k.querySelector<HTMLInputElement>("input[type=text]")!;
    box.dispatchEvent(new Event("change"));
    expect(box.value).toBe("4");
    expect(k.value).toBe(4);
  });

  it("takes slider moves and snaps them to the step without rounding noise", () => {
    const x = range([0, 1], {label: "x", step: 0.1, value: 0.3});
    const slider = x.querySelector<HTMLInputElement>("input[type=range]")!;
    slider.value = "0.7";
    slider.dispatchEvent(new Event("input", {bubbles: true}));
    expect(x.value).toBe(0.7);
    expect(x.querySelector<HTMLInputElement>("input[type=text]")!.value).toBe("0.7");
  });

  it("defaults to the middle of the extent, on the step, and rejects a bad initial value", () => {
    expect(range([0, 10], {step: 3}).value).toBe(6);
    expect(range([0, 1]).value).toBe(0.5);
    expect(() => range([0, 1], {value: 2, label: "p"})).toThrow(/p: initial value 2/);
  });
});

describe("seedInput, integerInput, numberInput", () => {
  it("a seed is a whole number from 0 to 2³² − 1", () => {
    const seed = seedInput({value: 42});
    expect(seed.querySelector("label")!.textContent).toBe("seed");
    for (const bad of ["-5", "0.5", "NaN", "abc", "", "1e400", "4294967296"]) {
      expect(type(seed, bad), bad).toEqual([]);
      expect(seed.value).toBe(42);
    }
    expect(message(seed)).toBe("Enter a whole number from 0 to 4294967295. Kept 42.");
    expect(type(seed, "4294967295")).toEqual([4294967295]);
    expect(type(seed, "0")).toEqual([0]);
  });

  it("sizes stay in their range; numbers must be finite and in range", () => {
    const n = integerInput({label: "n", value: 5, min: 2, max: 12});
    expect(type(n, "13")).toEqual([]);
    expect(type(n, "7.5")).toEqual([]);
    expect(type(n, "12")).toEqual([12]);
    const x = numberInput({label: "x", value: 0.5, min: 0, max: 1});
    expect(type(x, "1e-320")).toEqual([1e-320]);
    expect(type(x, "1.5")).toEqual([]);
    expect(x.value).toBe(1e-320);
    const y = numberInput({label: "y"});
    expect(type(y, "1e400")).toEqual([]);
    expect(type(y, "-1e300")).toEqual([-1e300]);
  });

  it("parses plain decimal notation only", () => {
    expect([" 3 ", "−2.5", "1e3", ".5"].map(parseTyped)).toEqual([3, -2.5, 1000, 0.5]);
    expect(["0x10", "Infinity", "", "1/3"].map(parseTyped).every(Number.isNaN)).toBe(true);
  });
});

describe("matrixInput refusals", () => {
  it("says which entry was refused and restores the last good value when the field is left", () => {
    const A = matrixInput(
      [
        [1, 2],
        [3, 4]
      ],
      {label: "A"}
    );
    const field = A.querySelectorAll("input")[1]!;
    field.value = "";
    field.dispatchEvent(new Event("input", {bubbles: true}));
    expect(message(A)).toBe("Entry (1, 2): enter a finite number. Kept 2.");
    field.dispatchEvent(new Event("change"));
    expect(field.value).toBe("2");
    expect(A.value).toEqual([
      [1, 2],
      [3, 4]
    ]);
    field.value = "-7";
    field.dispatchEvent(new Event("input", {bubbles: true}));
    expect(message(A)).toBe("");
    expect(A.value).toEqual([
      [1, -7],
      [3, 4]
    ]);
  });
});
