// Number inputs that refuse what a page cannot compute: a typed value that is not a number,
// lies outside [min, max] or is off the step is not taken; a short message beside the box says
// what is allowed, and the value stays the last good one. Each element works with view().

/** An input element whose `value` is the last accepted number. */
export type NumberInputElement = HTMLFormElement & {value: number};

export interface RangeOptions {
  /** Visible label; it also names the slider for assistive technology. */
  label?: string;
  /** Allowed spacing of values from `min` (default: any value). */
  step?: number;
  /** Initial value (default: the middle of the extent, on the step). */
  value?: number;
}

export interface NumberOptions {
  label?: string;
  value?: number;
  /** Smallest allowed value (numberInput: default −∞; integerInput: default 0). */
  min?: number;
  /** Largest allowed value (numberInput: default +∞; integerInput: default 2⁵³ − 1). */
  max?: number;
}

/** What an input accepts. */
interface Rule {
  min: number;
  max: number;
  /** Spacing from min, or undefined for any value. */
  step?: number;
  integer: boolean;
}

let nextId = 0;

/** "−2" with a true minus sign, as the prose writes numbers. */
function show(x: number): string {
  if (x === Infinity) return "∞";
  return String(x).replace("-", "−");
}

/** The number a reader typed, or NaN: plain decimal notation only (no "0x10", no "Infinity"). */
export function parseTyped(text: string): number {
  const t = text.trim().replace(/^\u2212/, "-");
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number(t) : NaN;
}

/** Digits after the point needed to write x exactly as typed in decimal. */
function decimals(x: number): number {
  const [mantissa = "", exponent = "0"] = String(x).split("e");
  return Math.max(0, (mantissa.split(".")[1]?.length ?? 0) - Number(exponent));
}

/** What the rule allows, in words. */
function allowed({min, max, step, integer}: Rule): string {
  const kind = integer ? "a whole number" : "a number";
  const span =
    min === -Infinity && max === Infinity
      ? ""
      : max === Infinity
        ? ` of at least ${show(min)}`
        : min === -Infinity
          ? ` of at most ${show(max)}`
          : ` from ${show(min)} to ${show(max)}`;
  const stepped = step !== undefined && !(integer && step === 1);
  const spacing = stepped ? ` in steps of ${show(step)}` : "";
  return `Enter ${kind}${span}${spacing}.`;
}

/** The accepted value for `x` (on the step grid, without rounding noise), or undefined. */
function accept(x: number, rule: Rule): number | undefined {
  if (!Number.isFinite(x) || x < rule.min || x > rule.max) return undefined;
  if (rule.integer && !Number.isInteger(x)) return undefined;
  if (rule.step === undefined) return x;
  const k = Math.round((x - rule.min) / rule.step);
  const places = Math.max(decimals(rule.min), decimals(rule.step));
  const snapped = Number((rule.min + k * rule.step).toFixed(places));
  return Math.abs(snapped - x) <= 1e-9 * Math.max(1, Math.abs(rule.step)) ? snapped : undefined;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {}
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/**
 * The shared input: a label, a text box (typed numbers, checked here rather than by the browser, so
 * "abc" and "1e400" are seen and refused), an optional slider, and a polite live message.
 */
function create(rule: Rule, label: string, initial: number, slider: boolean): NumberInputElement {
  const start = accept(initial, rule);
  if (start === undefined) {
    const name = label || "input";
    throw new RangeError(`${name}: initial value ${initial} is not allowed. ${allowed(rule)}`);
  }
  let value = start;
  const id = `wb-input-${++nextId}`;
  const form = element("form", {className: "wb-input"}) as NumberInputElement;
  Object.assign(form.dataset, {min: String(rule.min), max: String(rule.max)}); // for tests and tools
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    restore();
  });
  const caption = element("label", {id: `${id}-label`, htmlFor: id, textContent: label});
  const whole = rule.integer || (rule.min >= 0 && rule.step === 1);
  const box = element("input", {id, type: "text", inputMode: whole ? "numeric" : "decimal"});
  box.autocomplete = "off";
  box.spellcheck = false;
  const message = element("span", {id: `${id}-message`, className: "wb-input-message"});
  message.setAttribute("role", "status");
  message.setAttribute("aria-live", "polite");
  box.setAttribute("aria-describedby", message.id);
  const row = element("div", {className: "wb-input-row"});
  row.append(box);
  let range: HTMLInputElement | undefined;
  if (slider) {
    const step = rule.step === undefined ? "any" : String(rule.step);
    range = element("input", {type: "range", min: String(rule.min), max: String(rule.max), step});
    range.setAttribute("aria-labelledby", caption.id);
    range.addEventListener("input", () => set(accept(range!.valueAsNumber, rule) ?? value));
    row.append(range);
  }
  if (label) form.append(caption);
  else box.setAttribute("aria-label", "value");
  form.append(row, message);
  function set(v: number): void {
    value = v;
    box.value = String(v);
    if (range) range.value = String(v);
    box.removeAttribute("aria-invalid");
    message.textContent = "";
  }
  function refuse(): void {
    box.setAttribute("aria-invalid", "true");
    message.textContent = `${allowed(rule)} Kept ${show(value)}.`;
  }
  /** Put the last good value back in the box (leaving it, or pressing Enter). */
  function restore(): void {
    if (box.getAttribute("aria-invalid") !== "true") return;
    box.value = String(value);
    box.removeAttribute("aria-invalid");
  }
  box.addEventListener("input", (event) => {
    const v = accept(parseTyped(box.value), rule);
    if (v === undefined) {
      event.stopPropagation(); // view() listens on the form: it never sees a refused value
      refuse();
      return;
    }
    value = v;
    if (range) range.value = String(v);
    box.removeAttribute("aria-invalid");
    message.textContent = "";
  });
  box.addEventListener("change", restore);
  box.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    const delta = (rule.step ?? 1) * (event.key === "ArrowUp" ? 1 : -1);
    const v = accept(value + delta, rule);
    event.preventDefault();
    if (v === undefined) return;
    set(v);
    form.dispatchEvent(new Event("input", {bubbles: true}));
  });
  Object.defineProperty(form, "value", {
    get: () => value,
    set: (v: number) => {
      const a = accept(+v, rule);
      if (a !== undefined) set(a);
    }
  });
  set(start);
  return form;
}

/**
 * A slider with a number box, a drop-in for Inputs.range:
 *   const k = view(range([0, 10], {label: "k", step: 1, value: 3}));
 * The slider is named by the label; typed values that are not numbers, lie outside [min, max]
 * or are off the step are refused with a message beside the box; the value stays the last good one.
 */
export function range(
  [min, max]: readonly [number, number],
  {label = "", step, value}: RangeOptions = {}
): NumberInputElement {
  if (!(Number.isFinite(min) && Number.isFinite(max) && min <= max)) {
    throw new RangeError(`range: bad extent [${min}, ${max}]`);
  }
  if (step !== undefined && !(step > 0)) throw new RangeError(`range: step ${step} is not > 0`);
  const rule: Rule = {min, max, step, integer: false};
  const half = (max - min) / 2;
  const mid = min + (step === undefined ? half : Math.round(half / step) * step);
  return create(rule, label, value ?? accept(mid, rule) ?? min, true);
}

/** A seed box: whole numbers 0 … 2³² − 1 only (the range of the library's generators). */
export function seedInput({
  label = "seed",
  value = 0
}: {label?: string; value?: number} = {}): NumberInputElement {
  return create({min: 0, max: 2 ** 32 - 1, integer: true}, label, value, false);
}

/** A box for sizes and counts: whole numbers in [min, max] (default 0 … 2⁵³ − 1). */
export function integerInput({
  label = "",
  value,
  min = 0,
  max = Number.MAX_SAFE_INTEGER
}: NumberOptions = {}): NumberInputElement {
  return create({min, max, integer: true}, label, value ?? min, false);
}

/** A box for finite numbers in [min, max] (default: any finite number). */
export function numberInput({
  label = "",
  value,
  min = -Infinity,
  max = Infinity
}: NumberOptions = {}): NumberInputElement {
  const start = value ?? (Number.isFinite(min) ? min : 0);
  return create({min, max, integer: false}, label, start, false);
}
