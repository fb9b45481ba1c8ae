// Shared options of the finite-difference routines: step size and difference scheme, validated.

/** "central": (f(x + h eᵢ) − f(x − h eᵢ)) / 2h, error O(h²); "forward": (f(x + h eᵢ) − f(x)) / h, error O(h). */
export type Scheme = "central" | "forward";

export interface DifferenceOptions {
  /** The absolute step h (default 1e-6). */
  eps?: number;
  /** Default "central". */
  scheme?: Scheme;
}

/** Defaults filled in; RangeError for a non-positive or non-finite eps or an unknown scheme. */
export function resolve(fn: string, opts: DifferenceOptions): {eps: number; scheme: Scheme} {
  const eps = opts.eps ?? 1e-6;
  const scheme = opts.scheme ?? "central";
  if (!(eps > 0) || !Number.isFinite(eps))
    throw new RangeError(`${fn}: eps must be a finite positive step, got ${eps}`);
  if (scheme !== "central" && scheme !== "forward")
    throw new RangeError(`${fn}: scheme must be "central" or "forward", got ${String(scheme)}`);
  return {eps, scheme};
}
