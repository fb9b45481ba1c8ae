// Householder QR by panels (Golub & Van Loan 4th ed. Alg 5.2.1, each panel applied as one block reflector in compact WY form, §5.1.7; Q by backward accumulation, §5.1.6).
import {applyHouse, BLOCK, BlockReflector, house, reflectorProduct} from "./householder.js";
import {scratch, withScratch} from "./kernels.js";
import {Matrix, type MatrixLike} from "./matrix.js";
import {input} from "./validate.js";

/**
 * The compact (LAPACK dgeqrf) form of A = QR, for solvers that never need Q explicitly.
 * `qr` is m×n COLUMN-major: R on and above the diagonal, the reflector vectors v_j (below their implicit
 * leading 1) under it. Q = H₀ H₁ ⋯ H_{k−1} with H_j = I − tau[j] v_j v_jᵀ, k = min(m, n).
 */
export interface HouseholderQR {
  readonly m: number;
  readonly n: number;
  readonly qr: Float64Array;
  readonly tau: Float64Array;
}

/** Columns per panel (one compact-WY block): the panel is reduced column by column, then its reflectors reach the rest as one block reflector. */
const PANEL = BLOCK;
/** Shorter reflectors are applied one at a time: for them the block form's setup costs more than it saves. */
const MIN_BLOCK_LEN = 48;

/**
 * Householder QR of an m×n matrix in compact form (see HouseholderQR). The input is not modified.
 * Inside withScratch the factors live in scratch: copy out what must outlive it.
 */
export function householderQR(a: MatrixLike, fn = "householderQR"): HouseholderQR {
  const A = input(fn, a);
  const {rows: m, cols: n} = A;
  // Column-major copy: column j is qr[j·m .. (j+1)·m), so every reflector works on contiguous memory.
  const qr = scratch(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) qr[j * m + i] = A.data[i * n + j]!;
  const k = Math.min(m, n);
  const tau = new Float64Array(k);
  const H = new BlockReflector(m, n);
  for (let j0 = 0; j0 < k; j0 += PANEL) {
    const j1 = Math.min(j0 + PANEL, k);
    // Panel: zero A(j+1:m, j) with H_j and apply H_j to the rest of the panel, for j = j0 … j1−1.
    for (let j = j0; j < j1; j++) {
      const d = j * m + j;
      tau[j] = house(qr, d, m - j);
      applyHouse(qr, d, tau[j]!, m - j, qr, d + m, m, j1 - j - 1);
    }
    // Trailing columns: A(j0:m, j1:n) ← (H_{j0} ⋯ H_{j1−1})ᵀ A(j0:m, j1:n) = (I − Y Tᵀ Yᵀ) A(j0:m, j1:n).
    if (j1 < n && m - j0 >= MIN_BLOCK_LEN) {
      H.load(qr, m, 1, 0, tau, j0, j1 - j0, m);
      H.apply(true, qr, j1 * m + j0, m, n - j1);
    } else {
      for (let c = j1; c < n; c++)
        for (let j = j0; j < j1; j++)
          applyHouse(qr, j * m + j, tau[j]!, m - j, qr, c * m + j, m, 1);
    }
  }
  return {m, n, qr, tau};
}

/** The upper-trapezoidal R (rows×n, rows ≤ m) from the compact factors. */
export function formR(f: HouseholderQR, rows: number): Matrix {
  const {m, n, qr} = f;
  const R = new Matrix(rows, n);
  for (let i = 0; i < rows; i++) for (let j = i; j < n; j++) R.data[i * n + j] = qr[j * m + i]!;
  return R;
}

/**
 * Qᵀ B for an m×p block B given column-major (column c at b[c·m ..)), in place.
 * Used by least squares to reduce the right-hand side without forming Q.
 */
export function applyQt(f: HouseholderQR, b: Float64Array, p: number): void {
  const {m, qr, tau} = f;
  for (let j = 0; j < tau.length; j++) applyHouse(qr, j * m + j, tau[j]!, m - j, b, j, m, p);
}

/**
 * Q B for an m×p block B given column-major, whose column c is b[c·m ..), in place.
 * Used by minimum-norm least squares (x = Q y for wide systems) without forming Q.
 */
export function applyQ(f: HouseholderQR, b: Float64Array, p: number): void {
  const {m, qr, tau} = f;
  for (let j = tau.length - 1; j >= 0; j--) applyHouse(qr, j * m + j, tau[j]!, m - j, b, j, m, p);
}

export interface QROptions {
  /** "reduced" (default): Q m×k, R k×n with k = min(m, n). "complete": Q m×m, R m×n. As numpy.linalg.qr. */
  mode?: "reduced" | "complete";
}

/**
 * A = QR with Q orthonormal columns and R upper triangular (trapezoidal when A is wide), any shape.
 * Signs follow LAPACK/NumPy: R's diagonal is not forced positive. Throws NonFiniteError on NaN/±Infinity.
 */
export function qr(a: MatrixLike, options: QROptions = {}): {Q: Matrix; R: Matrix} {
  const mode = options.mode ?? "reduced";
  if (mode !== "reduced" && mode !== "complete")
    throw new TypeError(`qr: mode must be "reduced" or "complete", got ${String(mode)}`);
  const A = input("qr", a),
    {rows: m, cols: n} = A;
  const k = mode === "reduced" ? Math.min(m, n) : m;
  return withScratch(m * n + m * k + 48 * (m + n + k) + 1024, () => {
    const f = householderQR(A, "qr");
    return {Q: new Matrix(m, k, reflectorProduct(f.qr, m, 1, 0, f.tau, m, k)), R: formR(f, k)};
  });
}
