// Wall-clock timing of Cholesky against LU on the same SPD matrices (median of repeated runs; not a flop count).
import {add, cholesky, eye, luFactor, matmul, scale, transpose} from "../linalg/index.js";
import {Matrix} from "../linalg/matrix.js";

/** One size: median milliseconds per factorization and their ratio. */
export interface TimingRow {
  n: number;
  choleskyMs: number;
  luMs: number;
  ratio: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

/** Median milliseconds of f and of g over `reps` interleaved runs each (interleaving shares any drift in load). */
export function timeInterleaved(
  f: () => unknown,
  g: () => unknown,
  reps: number,
  now: () => number = () => performance.now()
): [number, number] {
  const tf: number[] = [],
    tg: number[] = [];
  for (let r = 0; r < reps; r++) {
    let t0 = now();
    f();
    tf.push(now() - t0);
    t0 = now();
    g();
    tg.push(now() - t0);
  }
  return [median(tf), median(tg)];
}

/** The SPD test matrix BᵀB/n + I for an n×n matrix B of standard normal draws. */
export function spdFromDraws(B: Matrix): Matrix {
  return add(scale(1 / B.rows, matmul(transpose(B), B)), eye(B.rows));
}

/**
 * Times cholesky(A) and luFactor(A) (the compact factorization, as LAPACK dpotrf against dgetrf) on
 * A = spdFromDraws(draw(n)) for each n: one untimed warm-up run of each, then `reps` runs each, interleaved,
 * median reported. `now` is the clock (performance.now in browsers and Node). Measures this library's
 * JavaScript kernels on this machine, allocation included; the flop counts are n³/3 and 2n³/3.
 */
export function timeCholeskyVsLU(
  sizes: readonly number[],
  draw: (n: number) => Matrix,
  reps = 5,
  now: () => number = () => performance.now()
): TimingRow[] {
  return sizes.map((n) => {
    const A = spdFromDraws(draw(n));
    cholesky(A);
    luFactor(A);
    const [choleskyMs, luMs] = timeInterleaved(
      () => cholesky(A),
      () => luFactor(A),
      reps,
      now
    );
    return {n, choleskyMs, luMs, ratio: choleskyMs / luMs};
  });
}

/**
 * Floating-point operations of the textbook algorithms at size n, counted loop by loop (comparisons
 * and row swaps not counted): Cholesky in gaxpy form (Golub & Van Loan 4th ed. Alg 4.2.2), about
 * n³/3, and LU with partial pivoting (Alg 3.4.1), about 2n³/3.
 */
export function factorizationFlops(n: number): {cholesky: number; lu: number} {
  let cholesky = 0,
    lu = 0;
  for (let j = 0; j < n; j++) {
    const below = n - j; // column j from the diagonal down
    cholesky += 2 * below * j; // subtract its products with the j finished columns
    cholesky += below; // one square root, then below − 1 divisions by it
  }
  for (let k = 0; k < n - 1; k++) {
    const rest = n - k - 1;
    lu += rest + 2 * rest * rest; // the multipliers, then the rank-one update of the rest
  }
  return {cholesky, lu};
}
