// Householder bidiagonalization, Golub & Van Loan 4th ed. Alg 5.4.2, with backward accumulation of the factors (§5.1.6).

/** The reduction A = U_B · B · V_Bᵀ of an m×n workspace (m ≥ n): B upper bidiagonal, reflectors kept in the workspace. */
export interface Bidiagonalization {
  m: number;
  n: number;
  /** Diagonal of B (length n). */
  d: Float64Array;
  /** Superdiagonal of B (length n − 1): e[k] = B[k][k+1]. */
  e: Float64Array;
  /** Row-major m×n workspace: left reflector k below the diagonal in column k, right reflector k right of the superdiagonal in row k. */
  work: Float64Array;
  tauLeft: Float64Array;
  tauRight: Float64Array;
}

/**
 * Turn the `len` entries x[off], x[off + step], … into a Householder reflector H = I − τ·v·vᵀ with
 * H·x = β·e₁: v[0] = 1 is implicit and v[1..] overwrites x[off + step..]. Returns [τ, β]; τ = 0 when
 * the tail is zero already.
 */
function reflector(x: Float64Array, off: number, step: number, len: number): [number, number] {
  const alpha = x[off]!;
  let ss = 0;
  for (let i = 1, o = off + step; i < len; i++, o += step) ss += x[o]! * x[o]!;
  if (ss === 0) return [0, alpha];
  const norm = Math.sqrt(alpha * alpha + ss);
  const beta = alpha > 0 ? -norm : norm;
  const tau = (beta - alpha) / beta;
  const f = 1 / (alpha - beta);
  for (let i = 1, o = off + step; i < len; i++, o += step) x[o] = x[o]! * f;
  return [tau, beta];
}

/** Reduce the row-major m×n workspace `w` (m ≥ n ≥ 1) to upper bidiagonal form. Overwrites `w`. */
export function bidiagonalize(w: Float64Array, m: number, n: number): Bidiagonalization {
  const d = new Float64Array(n), e = new Float64Array(Math.max(n - 1, 0));
  const tauLeft = new Float64Array(n), tauRight = new Float64Array(n);
  const acc = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    // Left reflector: zero column k below the diagonal.
    const [tl, bl] = reflector(w, k * n + k, n, m - k);
    tauLeft[k] = tl;
    d[k] = bl;
    const c0 = k + 1, width = n - c0;
    if (width === 0) break;
    // acc = vᵀ·W[k:, k+1:] (v[0] = 1), accumulated row by row.
    if (tl !== 0) {
      for (let j = 0; j < width; j++) acc[j] = w[k * n + c0 + j]!;
      for (let i = k + 1; i < m; i++) {
        const vi = w[i * n + k]!, o = i * n + c0;
        if (vi !== 0) for (let j = 0; j < width; j++) acc[j] += vi * w[o + j]!;
      }
      for (let j = 0; j < width; j++) w[k * n + c0 + j] -= tl * acc[j]!;
    }
    // Right reflector from row k: zero it to the right of the superdiagonal.
    const [tr, br] = reflector(w, k * n + c0, 1, width);
    tauRight[k] = tr;
    e[k] = br;
    // One pass over the remaining rows: finish the left update, then apply the right reflector.
    const vo = k * n + c0;
    for (let i = k + 1; i < m; i++) {
      const o = i * n + c0;
      if (tl !== 0) {
        const f = tl * w[i * n + k]!;
        if (f !== 0) for (let j = 0; j < width; j++) w[o + j] -= f * acc[j]!;
      }
      if (tr !== 0) {
        let dotp = w[o]!;
        for (let j = 1; j < width; j++) dotp += w[o + j]! * w[vo + j]!;
        const f = tr * dotp;
        if (f !== 0) {
          w[o] -= f;
          for (let j = 1; j < width; j++) w[o + j] -= f * w[vo + j]!;
        }
      }
    }
  }
  return {m, n, d, e, work: w, tauLeft, tauRight};
}

/**
 * U_B = H₀·H₁·…·H_{n−1} restricted to its first `cols` columns (n ≤ cols ≤ m), as a fresh row-major
 * m×cols array (columns are the left basis vectors).
 */
export function leftFactor(b: Bidiagonalization, cols: number): Float64Array {
  const {m, n, work: w, tauLeft} = b;
  const u = new Float64Array(m * cols);
  for (let i = 0; i < cols; i++) u[i * cols + i] = 1;
  const acc = new Float64Array(cols);
  for (let k = n - 1; k >= 0; k--) {
    const tau = tauLeft[k]!;
    if (tau === 0) continue;
    const width = cols - k;
    // acc = vᵀ·U[k:, k:], then U[k:, k:] −= τ·v·acc.
    for (let j = 0; j < width; j++) acc[j] = u[k * cols + k + j]!;
    for (let i = k + 1; i < m; i++) {
      const vi = w[i * n + k]!, o = i * cols + k;
      if (vi !== 0) for (let j = 0; j < width; j++) acc[j] += vi * u[o + j]!;
    }
    for (let j = 0; j < width; j++) u[k * cols + k + j] -= tau * acc[j]!;
    for (let i = k + 1; i < m; i++) {
      const f = tau * w[i * n + k]!, o = i * cols + k;
      if (f !== 0) for (let j = 0; j < width; j++) u[o + j] -= f * acc[j]!;
    }
  }
  return u;
}

/** V_B = G₀·G₁·…·G_{n−3} as a fresh row-major n×n array (columns are the right basis vectors). */
export function rightFactor(b: Bidiagonalization): Float64Array {
  const {n, work: w, tauRight} = b;
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  const acc = new Float64Array(n);
  for (let k = n - 3; k >= 0; k--) {
    const tau = tauRight[k]!;
    if (tau === 0) continue;
    const r0 = k + 1, width = n - r0, vo = k * n + r0;
    for (let j = 0; j < width; j++) acc[j] = v[r0 * n + r0 + j]!;
    for (let i = r0 + 1; i < n; i++) {
      const vi = w[vo + i - r0]!, o = i * n + r0;
      if (vi !== 0) for (let j = 0; j < width; j++) acc[j] += vi * v[o + j]!;
    }
    for (let j = 0; j < width; j++) v[r0 * n + r0 + j] -= tau * acc[j]!;
    for (let i = r0 + 1; i < n; i++) {
      const f = tau * w[vo + i - r0]!, o = i * n + r0;
      if (f !== 0) for (let j = 0; j < width; j++) v[o + j] -= f * acc[j]!;
    }
  }
  return v;
}
