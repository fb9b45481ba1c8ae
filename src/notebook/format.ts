// Number formatting for pages and check badges: fixed significant digits, a true minus sign, exponents
// only when needed (one rule for prose, tables and the check helper).

/** Formatting options shared by the page helpers. */
export interface FormatOptions {
  /** Significant digits (default 4). */
  digits?: number;
}

/**
 * Format one number for prose or a table: `digits` significant digits, trailing zeros dropped,
 * "−" (U+2212) for negatives, exponent form (1.23e−8) outside [1e−3, 1e6), "∞", "NaN".
 *   formatNumber(Math.PI) → "3.142";  formatNumber(-2.5e-9) → "−2.5e−9";  formatNumber(0) → "0"
 */
export function formatNumber(x: number, {digits = 4}: FormatOptions = {}): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  if (x === 0) return "0";
  const a = Math.abs(x);
  const text =
    a >= 1e-3 && a < 1e6
      ? String(Number(x.toPrecision(digits)))
      : x
          .toExponential(Math.max(0, digits - 1))
          .replace(/\.?0+e/, "e")
          .replace("e+", "e");
  return text.replace(/-/g, "−");
}

/** Format a vector as "[1, −2.5, 3]". */
export function formatVector(v: ArrayLike<number>, options?: FormatOptions): string {
  return `[${Array.from(v, (x) => formatNumber(x, options)).join(", ")}]`;
}
