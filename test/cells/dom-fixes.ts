// happy-dom departures from browsers that change what a page computes, corrected to the HTML spec.

/**
 * happy-dom's `validity.stepMismatch` takes `value % step` with no step base (min) and no rounding
 * tolerance, so `<input type=range min=0 step=0.01 value=0.4>` counts as invalid and
 * Inputs.range(…, {step: 0.01, value: 0.4}) yields `undefined`. Browsers compute
 * (value − min) / step with a tolerance; do the same.
 */
export function fixStepMismatch(): void {
  const proto = (globalThis as {ValidityState?: {prototype: object}}).ValidityState?.prototype;
  if (!proto) return;
  Object.defineProperty(proto, "stepMismatch", {
    configurable: true,
    get(this: {element: HTMLInputElement}): boolean {
      const el = this.element;
      if (
        el.localName !== "input" ||
        (el.type !== "number" && el.type !== "range") ||
        el.value === ""
      )
        return false;
      const stepAttr = el.getAttribute("step");
      if (stepAttr?.toLowerCase() === "any") return false;
      const step = stepAttr !== null && Number(stepAttr) > 0 ? Number(stepAttr) : 1;
      const min = Number(el.getAttribute("min"));
      const base = el.hasAttribute("min") && Number.isFinite(min) ? min : 0;
      const q = (Number(el.value) - base) / step;
      return Math.abs(q - Math.round(q)) > 1e-7 * Math.max(1, Math.abs(q));
    }
  });
}
