// The step that minimises a finite-difference error sweep after smoothing out round-off's random cancellations (a running geometric mean).

/** One row of an error sweep: step ε and measured error (as stepSizeSweep returns). */
export interface StepError {
  eps: number;
  error: number;
}

/**
 * The ε whose window of `2·half + 1` neighbouring rows (rows sorted by ε) has the smallest geometric-mean error.
 * A single row can land far below its neighbours when round-off happens to cancel; the window ignores such luck.
 * Rows at the ends without a full window are not candidates. Errors of 0 count as 1e-300.
 * Throws RangeError when fewer than `2·half + 1` rows are given.
 */
export function smoothedBestStep(rows: readonly StepError[], half = 2): number {
  const width = 2 * half + 1;
  if (!Number.isInteger(half) || half < 0) throw new RangeError(`half must be a non-negative integer, got ${half}`);
  if (rows.length < width) throw new RangeError(`need at least ${width} rows, got ${rows.length}`);
  const sorted = [...rows].sort((a, b) => a.eps - b.eps);
  const logs = sorted.map((r) => Math.log(Math.max(r.error, 1e-300)));
  let best = half, bestSum = Infinity;
  for (let i = half; i < sorted.length - half; i++) {
    let sum = 0;
    for (let j = i - half; j <= i + half; j++) sum += logs[j];
    if (sum < bestSum) [best, bestSum] = [i, sum];
  }
  return sorted[best].eps;
}
