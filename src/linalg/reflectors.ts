// Householder reflectors in strided storage and the backward accumulation of their products, Golub & Van Loan 4th ed. Alg 5.1.1 and §5.1.6.

/** Below this, a sum of squares may have lost terms to underflow: recompute it scaled. */
const SUMSQ_SAFE = 2 ** -900;
/** A reflector tail below this is dropped (H = I): callers work on matrices scaled to unit max-abs, so it is far below ε·‖A‖. */
const NEGLIGIBLE = 2 ** -600;

/**
 * Turn the `len` entries x[off], x[off + step], … into a Householder reflector H = I − τ·v·vᵀ with
 * H·x = β·e₁: v[0] = 1 is implicit and v[1..] overwrites x[off + step..]. Returns [τ, β]; τ = 0 when
 * the tail is zero (or negligible, below 2⁻⁶⁰⁰) already.
 */
export function reflector(x: Float64Array, off: number, step: number, len: number): [number, number] {
  const alpha = x[off]!;
  let ss = 0;
  for (let i = 1, o = off + step; i < len; i++, o += step) ss += x[o]! * x[o]!;
  let tail: number;
  if (ss >= SUMSQ_SAFE) tail = Math.sqrt(ss);
  else {
    let big = 0;
    for (let i = 1, o = off + step; i < len; i++, o += step) big = Math.max(big, Math.abs(x[o]!));
    if (big < NEGLIGIBLE) return [0, alpha];
    let sc = 0;
    for (let i = 1, o = off + step; i < len; i++, o += step) sc += (x[o]! / big) ** 2;
    tail = big * Math.sqrt(sc);
  }
  const aa = Math.abs(alpha), hi = Math.max(aa, tail), lo = Math.min(aa, tail);
  const norm = hi * Math.sqrt(1 + (lo / hi) * (lo / hi));
  const beta = alpha > 0 ? -norm : norm;
  const tau = (beta - alpha) / beta;
  const f = 1 / (alpha - beta);
  for (let i = 1, o = off + step; i < len; i++, o += step) x[o] = x[o]! * f;
  return [tau, beta];
}

/**
 * H₀·H₁·…·H_{k−1} for the reflectors stored by column in the row-major m×n workspace `w` (reflector j
 * in column j below the diagonal, v[j] = 1 implicit, τ in `tau`, k = tau.length), restricted to its
 * first `cols` columns (k ≤ cols ≤ m): a fresh row-major m×cols array.
 */
export function columnReflectorProduct(w: Float64Array, m: number, n: number, tau: Float64Array, cols: number): Float64Array {
  const k0 = tau.length;
  const u = new Float64Array(m * cols);
  for (let i = 0; i < cols; i++) u[i * cols + i] = 1;
  const acc = new Float64Array(cols);
  for (let k = k0 - 1; k >= 0; k--) {
    const t = tau[k]!;
    if (t === 0) continue;
    const width = cols - k;
    // acc = vᵀ·U[k:, k:], then U[k:, k:] −= τ·v·acc.
    for (let j = 0; j < width; j++) acc[j] = u[k * cols + k + j]!;
    for (let i = k + 1; i < m; i++) {
      const vi = w[i * n + k]!, o = i * cols + k;
      if (vi !== 0) for (let j = 0; j < width; j++) acc[j] += vi * u[o + j]!;
    }
    for (let j = 0; j < width; j++) u[k * cols + k + j] -= t * acc[j]!;
    for (let i = k + 1; i < m; i++) {
      const f = t * w[i * n + k]!, o = i * cols + k;
      if (f !== 0) for (let j = 0; j < width; j++) u[o + j] -= f * acc[j]!;
    }
  }
  return u;
}

/**
 * G₀·G₁·…·G_{n−3} for the reflectors stored by row in the row-major n-column workspace `w` (reflector k
 * acts on indices k+1..n−1 and sits in row k from column k+1 on, v[0] = 1 implicit, τ in `tau`): a fresh
 * row-major n×n array.
 */
export function rowReflectorProduct(w: Float64Array, n: number, tau: Float64Array): Float64Array {
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  const acc = new Float64Array(n);
  for (let k = n - 3; k >= 0; k--) {
    const t = tau[k]!;
    if (t === 0) continue;
    const r0 = k + 1, width = n - r0, vo = k * n + r0;
    for (let j = 0; j < width; j++) acc[j] = v[r0 * n + r0 + j]!;
    for (let i = r0 + 1; i < n; i++) {
      const vi = w[vo + i - r0]!, o = i * n + r0;
      if (vi !== 0) for (let j = 0; j < width; j++) acc[j] += vi * v[o + j]!;
    }
    for (let j = 0; j < width; j++) v[r0 * n + r0 + j] -= t * acc[j]!;
    for (let i = r0 + 1; i < n; i++) {
      const f = t * w[vo + i - r0]!, o = i * n + r0;
      if (f !== 0) for (let j = 0; j < width; j++) v[o + j] -= f * acc[j]!;
    }
  }
  return v;
}
