// Python's float formatting ("6.2f", ".1f", ".2e"), exact: round-half-even on the double's exact binary value.

/** Exact value of a finite double as a BigInt ratio num / 2^shift (shift ≥ 0), sign dropped. */
function exactRatio(x: number): {num: bigint; shift: number} {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const mant = expBits === 0 ? frac : frac | (1n << 52n);
  const e = (expBits === 0 ? 1 : expBits) - 1075; // |x| = mant · 2^e
  return e >= 0 ? {num: mant << BigInt(e), shift: 0} : {num: mant, shift: -e};
}

/** round(num / den) with ties to even. */
function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = 2n * (num % den);
  if (r2 > den || (r2 === den && q % 2n === 1n)) return q + 1n;
  return q;
}

function special(x: number): string | null {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  return null;
}

const negative = (x: number) => x < 0 || Object.is(x, -0);

/** Python's `f"{x:.{decimals}f}"`, right-aligned in `width` characters. */
export function formatFixed(x: number, decimals: number, width = 0): string {
  let s = special(x);
  if (s === null) {
    const {num, shift} = exactRatio(x);
    const n = roundHalfEven(num * 10n ** BigInt(decimals), 1n << BigInt(shift));
    const digits = n.toString().padStart(decimals + 1, "0");
    const intPart = digits.slice(0, digits.length - decimals);
    s =
      (negative(x) ? "-" : "") +
      intPart +
      (decimals > 0 ? "." + digits.slice(digits.length - decimals) : "");
  }
  return s.padStart(width);
}

/** Python's `f"{x:.{decimals}e}"`: d.ddd, "e", sign, at least two exponent digits. */
export function formatExp(x: number, decimals: number, width = 0): string {
  let s = special(x);
  if (s === null) {
    const {num, shift} = exactRatio(x);
    const den = 1n << BigInt(shift);
    let exp = 0;
    let n = 0n;
    if (num !== 0n) {
      // Start from a float estimate of the decimal exponent, then correct it exactly.
      exp = Math.floor(Math.log10(Math.abs(x)));
      for (;;) {
        const p = exp - decimals; // |x| / 10^p rounded must have decimals + 1 digits
        n =
          p >= 0
            ? roundHalfEven(num, den * 10n ** BigInt(p))
            : roundHalfEven(num * 10n ** BigInt(-p), den);
        const lo = 10n ** BigInt(decimals),
          hi = 10n * lo;
        if (n >= hi) exp += 1;
        else if (n < lo) exp -= 1;
        else break;
      }
    }
    const digits = n.toString().padStart(decimals + 1, "0");
    const mant = digits[0] + (decimals > 0 ? "." + digits.slice(1) : "");
    const e = (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
    s = (negative(x) ? "-" : "") + mant + "e" + e;
  }
  return s.padStart(width);
}

/** Format with a Python format spec of the form `[width].{precision}(f|e)`, e.g. "6.2f", ".2e". */
export function pyFormat(x: number, spec: string): string {
  const m = /^(\d*)\.(\d+)([fe])$/.exec(spec);
  if (!m)
    throw new RangeError(
      `pyFormat: unsupported format spec "${spec}" (expected [width].precision f|e)`
    );
  const width = m[1] ? Number(m[1]) : 0;
  const decimals = Number(m[2]);
  return m[3] === "f" ? formatFixed(x, decimals, width) : formatExp(x, decimals, width);
}
