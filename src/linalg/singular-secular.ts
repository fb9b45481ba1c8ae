// Roots of the singular-value secular equation, Li's fixed-weight rational iteration with d − σ and d + σ kept apart, Gu & Eisenstat 1995 (as LAPACK dlasd4).
import {ConvergenceError} from "./errors.js";

const EPS = Number.EPSILON;
const MAX_ITERATIONS = 80;

/**
 * The singular values σ_0 < … < σ_{n−1} of M = [zᵀ; diag(d)] with d[0] = 0 < d[1] < … < d[n−1]
 * (strictly increasing) and z[j] ≠ 0: the roots of f(σ) = 1 + Σ_j z_j² / (d_j² − σ²), root i in
 * (d_i, d_{i+1}) and the last in (d_{n−1}, (d_{n−1}² + zᵀz)^½). Writes σ_i to sigma[i], and
 * d_j − σ_i to minus[i·n + j] and d_j + σ_i to plus[i·n + j], each computed from the nearer pole so
 * that d_j² − σ_i² = minus·plus keeps its relative accuracy. Entries should be scaled to about 1.
 * Throws ConvergenceError if a root takes more than 80 iterations.
 */
export function secularSingularValues(
  d: Float64Array,
  z: Float64Array,
  sigma: Float64Array,
  minus: Float64Array,
  plus: Float64Array
): void {
  const n = d.length;
  let zz = 0;
  for (let j = 0; j < n; j++) zz += z[j]! * z[j]!;
  const delta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    sigma[i] = root(d, z, i, zz, delta, minus.subarray(row, row + n), plus.subarray(row, row + n));
  }
}

/** Root i, as σ = d_o + τ for the nearer pole o; μ = σ² − d_o² is what the iteration solves for. */
function root(
  d: Float64Array,
  z: Float64Array,
  i: number,
  zz: number,
  delta: Float64Array,
  minus: Float64Array,
  plus: Float64Array
): number {
  const n = d.length;
  if (n === 1) {
    const s = Math.hypot(d[0]!, z[0]!);
    minus[0] = d[0]! - s;
    plus[0] = d[0]! + s;
    return s;
  }
  const last = i === n - 1;
  // The two poles the model keeps exact: s and s + 1 (the last root lies right of both).
  const s = last ? n - 2 : i;
  let o: number, lo: number, hi: number;
  // rest: 1 plus the terms of every pole but s and s + 1, at the far end of the bracket.
  let rest = 1;
  if (last) {
    o = n - 1;
    lo = 0;
    hi = zz;
    const dl = d[o]!;
    for (let j = 0; j < n - 2; j++) rest += (z[j]! * z[j]!) / ((d[j]! - dl) * (d[j]! + dl) - hi);
  } else {
    // The sign of f halfway (in σ²) between the poles tells which pole is nearer.
    const dl = d[i]!,
      dr = d[i + 1]!;
    const half = ((dr - dl) * (dr + dl)) / 2;
    for (let j = 0; j < n; j++)
      if (j !== i && j !== i + 1) rest += (z[j]! * z[j]!) / ((d[j]! - dl) * (d[j]! + dl) - half);
    const f = rest - (z[i]! * z[i]!) / half + (z[i + 1]! * z[i + 1]!) / half;
    if (f >= 0) {
      o = i;
      lo = 0;
      hi = half;
    } else {
      o = i + 1;
      lo = -half;
      hi = 0;
    }
  }
  const dOrigin = d[o]!;
  for (let j = 0; j < n; j++) delta[j] = (d[j]! - dOrigin) * (d[j]! + dOrigin);
  // Start from the model with the other poles frozen there (the midpoint for the inner roots).
  let mu = twoPoleRoot(
    rest,
    z[s]! * z[s]!,
    delta[s]!,
    z[s + 1]! * z[s + 1]!,
    delta[s + 1]!,
    lo,
    hi
  );
  if (!(mu > lo && mu < hi)) mu = (lo + hi) / 2;
  for (let iteration = 0; ; iteration++) {
    if (iteration === MAX_ITERATIONS)
      throw new ConvergenceError("svd (secular equation)", MAX_ITERATIONS);
    let psi = 0,
      dpsi = 0,
      phi = 0,
      dphi = 0,
      err = 0;
    for (let j = 0; j <= s; j++) {
      const t = z[j]! / (delta[j]! - mu);
      psi += z[j]! * t;
      dpsi += t * t;
      err += Math.abs(psi);
    }
    for (let j = n - 1; j > s; j--) {
      const t = z[j]! / (delta[j]! - mu);
      phi += z[j]! * t;
      dphi += t * t;
      err += Math.abs(phi);
    }
    const f = 1 + psi + phi;
    const bound = 8 * (Math.abs(psi) + Math.abs(phi)) + err + 2 + 3 * Math.abs(mu) * (dpsi + dphi);
    if (Math.abs(f) <= EPS * bound) break;
    // f increases with μ: keep the bracket.
    if (f < 0) lo = mu;
    else hi = mu;
    const a = delta[s]! - mu,
      b = delta[s + 1]! - mu;
    let eta = twoPoleRoot(
      f - a * dpsi - b * dphi,
      a * a * dpsi,
      a,
      b * b * dphi,
      b,
      lo - mu,
      hi - mu
    );
    if (!(mu + eta > lo && mu + eta < hi)) eta = -f / (dpsi + dphi);
    if (!(mu + eta > lo && mu + eta < hi)) eta = (lo + hi) / 2 - mu;
    const next = mu + eta;
    if (next === mu || hi - lo <= 2 * EPS * Math.max(Math.abs(lo), Math.abs(hi))) break;
    mu = next;
  }
  // τ = σ − d_o without cancellation.
  const tau = mu / (dOrigin + Math.sqrt(dOrigin * dOrigin + mu));
  for (let j = 0; j < n; j++) {
    minus[j] = d[j]! - dOrigin - tau;
    plus[j] = d[j]! + dOrigin + tau;
  }
  return dOrigin + tau;
}

/**
 * The root x in (lo, hi) of c + s1/(a − x) + s2/(b − x) = 0, that is of c·x² − p·x + q = 0 with
 * p = c(a + b) + s1 + s2 and q = c·a·b + s1·b + s2·a; NaN when neither root lies there.
 */
function twoPoleRoot(
  c: number,
  s1: number,
  a: number,
  s2: number,
  b: number,
  lo: number,
  hi: number
): number {
  const p = c * (a + b) + s1 + s2,
    q = c * a * b + s1 * b + s2 * a;
  if (c === 0) return q / p;
  const disc = p * p - 4 * q * c;
  if (disc < 0) return NaN;
  const w = (p + (p >= 0 ? 1 : -1) * Math.sqrt(disc)) / 2;
  const r1 = w / c,
    r2 = q / w;
  if (r1 > lo && r1 < hi) return r1;
  return r2;
}
