// Roots of the secular equation of a rank-one update D + ρ·z·zᵀ, by rational interpolation with two poles (Li's middle way, as LAPACK dlaed4).
import {ConvergenceError} from "./errors.js";

const EPS = Number.EPSILON;
/** Iterations per root; a root takes 2–6 in practice, the bisection fallback at most about 110. */
const MAX_ITER = 200;

/**
 * The K eigenvalues of diag(d) + ρ·z·zᵀ: the roots of f(λ) = 1/ρ + Σ z_i²/(d_i − λ) = 0, for d
 * strictly ascending, every z_i ≠ 0 and ρ > 0. Root j lies in (d_j, d_{j+1}), the last in (d_{K−1},
 * d_{K−1} + ρ‖z‖²). Writes λ_j to lambda[j] and d_i − λ_j to delta[j·K + i]. Each root is found as
 * τ = λ − d_o measured from its nearer pole d_o, so every difference d_i − λ_j = (d_i − d_o) − τ
 * keeps its relative accuracy (the differences, not λ, are what the eigenvectors are built from).
 * ConvergenceError after MAX_ITER steps.
 */
export function secularRoots(
  d: Float64Array,
  z: Float64Array,
  rho: number,
  lambda: Float64Array,
  delta: Float64Array
): void {
  const K = d.length;
  if (K === 1) {
    const t = rho * z[0]! * z[0]!;
    lambda[0] = d[0]! + t;
    delta[0] = -t;
    return;
  }
  let zz = 0;
  for (let i = 0; i < K; i++) zz += z[i]! * z[i]!;
  const shifted = new Float64Array(K);
  for (let j = 0; j < K; j++)
    root(d, z, rho, zz, j, lambda, delta.subarray(j * K, (j + 1) * K), shifted);
}

/** Root j; `del` receives d_i − λ_j; `sh` is workspace for the poles shifted to the origin. */
function root(
  d: Float64Array,
  z: Float64Array,
  rho: number,
  zz: number,
  j: number,
  lambda: Float64Array,
  del: Float64Array,
  sh: Float64Array
): void {
  const K = d.length,
    last = j === K - 1;
  const rinv = 1 / rho;
  // The interpolant's two poles p1 < p2: the root lies between them (the last root beyond p2).
  const p1 = last ? K - 2 : j,
    p2 = p1 + 1;
  // The terms of f at the interval's midpoint (at ρ‖z‖²/2 for the last root) other than the two
  // poles': the constant of the first guess, and with the poles' terms the sign of f there, which
  // says which pole is nearer the root, the origin.
  const gap = d[p2]! - d[p1]!;
  const tm = last ? gap + (rho * zz) / 2 : gap / 2; // midpoint, measured from d_p1
  let c = rinv;
  for (let i = 0; i < K; i++)
    if (i !== p1 && i !== p2) c += (z[i]! * z[i]!) / (d[i]! - d[p1]! - tm);
  const w1 = z[p1]! * z[p1]!,
    w2 = z[p2]! * z[p2]!;
  const fm = c - w1 / tm + w2 / (gap - tm);
  // τ = λ − d_origin is bracketed by (lo, hi).
  let origin: number, lo: number, hi: number;
  if (last) {
    origin = p2;
    lo = fm < 0 ? tm - gap : 0;
    hi = fm < 0 ? rho * zz : tm - gap;
  } else if (fm >= 0) {
    origin = p1;
    lo = 0;
    hi = tm;
  } else {
    origin = p2;
    lo = -tm;
    hi = 0;
  }
  const dO = d[origin]!;
  for (let i = 0; i < K; i++) sh[i] = d[i]! - dO; // shifted poles δ_i
  // First guess: the two nearest poles exactly, the other terms frozen at the midpoint.
  let tau = twoPoleGuess(c, sh[p1]!, sh[p2]!, w1, w2, lo, hi);
  // Each pass forms δ_i − τ afresh, one rounding from the exact difference whatever the path of the
  // iterates (updating by each step instead would carry the rounding of the largest iterate).
  for (let it = 0; ; it++) {
    if (it === MAX_ITER) throw new ConvergenceError("eigh (secular equation)", MAX_ITER);
    // f, its parts ψ (poles ≤ p1) and φ (poles ≥ p2) with slopes, and a bound on f's round-off.
    let psi = 0,
      dpsi = 0,
      phi = 0,
      dphi = 0;
    for (let i = 0; i <= p1; i++) {
      const t = z[i]! / (del[i] = sh[i]! - tau);
      psi += z[i]! * t;
      dpsi += t * t;
    }
    for (let i = p2; i < K; i++) {
      const t = z[i]! / (del[i] = sh[i]! - tau);
      phi += z[i]! * t;
      dphi += t * t;
    }
    const f = rinv + psi + phi;
    const err = 8 * (rinv + Math.abs(psi) + Math.abs(phi)) + Math.abs(tau) * (dpsi + dphi);
    if (f < 0) lo = Math.max(lo, tau);
    else hi = Math.min(hi, tau);
    if (Math.abs(f) <= EPS * err || hi - lo <= 2 * EPS * Math.max(Math.abs(lo), Math.abs(hi)))
      break;
    // Middle way: ψ ≈ a₁ + b₁/(δ_p1 − τ), φ ≈ a₂ + b₂/(δ_p2 − τ) matching values and slopes at τ;
    // the step η solves c·η² − a·η + b = 0 with Δ₁ = δ_p1 − τ, Δ₂ = δ_p2 − τ.
    const D1 = del[p1]!,
      D2 = del[p2]!;
    const cc = f - D1 * dpsi - D2 * dphi;
    const a = (D1 + D2) * f - D1 * D2 * (dpsi + dphi);
    const b = D1 * D2 * f;
    const next = tau + quadraticRoot(cc, a, b, lo - tau, hi - tau);
    const t = next > lo && next < hi ? next : (lo + hi) / 2;
    if (t === tau) break;
    tau = t;
  }
  lambda[j] = dO + tau;
}

/**
 * Root in (lo, hi) of c + w₁/(δ₁ − τ) + w₂/(δ₂ − τ) = 0 (the two-pole model), or the middle of
 * (lo, hi) if none is inside. Multiplying out gives c·τ² − a·τ + b = 0.
 */
function twoPoleGuess(
  c: number,
  d1: number,
  d2: number,
  w1: number,
  w2: number,
  lo: number,
  hi: number
): number {
  const a = c * (d1 + d2) + w1 + w2;
  const b = c * d1 * d2 + w1 * d2 + w2 * d1;
  const t = quadraticRoot(c, a, b, lo, hi);
  return t > lo && t < hi ? t : (lo + hi) / 2;
}

/**
 * The root of c·x² − a·x + b = 0 inside (lo, hi) if there is one, else NaN; cancellation-free
 * forms.
 */
function quadraticRoot(c: number, a: number, b: number, lo: number, hi: number): number {
  if (c === 0) return b / a;
  const s = Math.sqrt(Math.abs(a * a - 4 * b * c));
  const q = (a + (a >= 0 ? s : -s)) / 2; // roots q/c and b/q
  const r1 = q / c,
    r2 = b / q;
  if (r1 > lo && r1 < hi) return r1;
  if (r2 > lo && r2 < hi) return r2;
  return NaN;
}
