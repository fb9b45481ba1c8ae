// Divide-and-conquer SVD of an upper bidiagonal matrix, Jessup & Sorensen 1994 and Gu & Eisenstat 1995 (as LAPACK dbdsdc, dlasd0–dlasd3).
import {LinAlgError} from "./errors.js";
import {gemmNTSub} from "./gemm-nt.js";
import {givens, rotateColumns} from "./givens.js";
import {golubKahanSVD} from "./golub-kahan.js";
import {scratch, withScratch} from "./kernels.js";
import {secularSingularValues} from "./singular-secular.js";

const EPS = Number.EPSILON;
/** Subproblems with at most this many rows are solved by the Golub–Kahan iteration. */
const LEAF = 25;
const U_TOP = 1,
  U_MID = 2,
  U_BOTTOM = 4,
  V_TOP = 8,
  V_BOTTOM = 16;

/** B = U·diag(s)·Vᵀ: U and V row-major and square, s non-negative and unsorted. */
export interface BidiagonalSVD {
  s: Float64Array;
  U: Float64Array;
  V: Float64Array;
}

/** The scratch doubles bidiagonalDC uses for an n×n bidiagonal (reserve them with withScratch). */
export function bidiagonalDCScratch(n: number): number {
  return 14 * n * n + 64 * n + 1024;
}

/**
 * The SVD of the upper bidiagonal B = bidiag(d, e) (d length n, e length n − 1) by divide and
 * conquer: U and V are n×n row-major scratch arrays (valid until the enclosing withScratch
 * returns). d and e are not modified. Throws ConvergenceError if a leaf iteration or a secular root
 * does not converge, LinAlgError rather than return a non-finite vector.
 */
export function bidiagonalDC(d: Float64Array, e: Float64Array): BidiagonalSVD {
  const n = d.length;
  const out: BidiagonalSVD = {s: scratch(n), U: scratch(n * n), V: scratch(n * n)};
  // Scaled to max-abs 1: the leaves' iteration treats entries below 2⁻¹⁰⁰⁰ as zero.
  let scale = 0;
  for (let k = 0; k < n; k++) scale = Math.max(scale, Math.abs(d[k]!));
  for (let k = 0; k < n - 1; k++) scale = Math.max(scale, Math.abs(e[k]!));
  if (scale === 0) scale = 1;
  const ds = d.map((x) => x / scale),
    es = e.map((x) => x / scale);
  if (n > 0) withScratch(0, () => solve(ds, es, 0, n, 0, out));
  for (let k = 0; k < n; k++) out.s[k] = out.s[k]! * scale;
  return out;
}

/** bidiagonalDC with its own scratch reservation, results in fresh arrays. */
export function bidiagonalSVD(d: Float64Array, e: Float64Array): BidiagonalSVD {
  return withScratch(bidiagonalDCScratch(d.length), () => {
    const r = bidiagonalDC(d, e);
    return {s: r.s.slice(), U: r.U.slice(), V: r.V.slice()};
  });
}

/**
 * The SVD of the rows o..o+r−1 of B with their r + sqre columns (sqre = 1: the r×(r+1) block that
 * ends with e[o+r−1]); out.U is r×r, out.V is (r+sqre)×(r+sqre), and when sqre = 1 the last column
 * of out.V spans the block's null space.
 */
function solve(
  d: Float64Array,
  e: Float64Array,
  o: number,
  r: number,
  sqre: number,
  out: BidiagonalSVD
): void {
  if (r <= LEAF) {
    leaf(d, e, o, r, sqre, out);
    return;
  }
  // Row k splits B into a k×(k+1) block above and an n2×(n2+sqre) block below.
  const k = r >> 1,
    n2 = r - k - 1,
    c2 = n2 + sqre;
  withScratch(0, () => {
    const top = {s: scratch(k), U: scratch(k * k), V: scratch((k + 1) * (k + 1))};
    const bottom = {s: scratch(n2), U: scratch(n2 * n2), V: scratch(c2 * c2)};
    solve(d, e, o, k, 1, top);
    solve(d, e, o + k + 1, n2, sqre, bottom);
    merge(d[o + k]!, e[o + k]!, sqre, top, bottom, out);
  });
}

/** A leaf: Golub–Kahan iteration, once right rotations have zeroed the extra column (sqre = 1). */
function leaf(
  d: Float64Array,
  e: Float64Array,
  o: number,
  r: number,
  sqre: number,
  out: BidiagonalSVD
): void {
  const c = r + sqre;
  withScratch(0, () => {
    const dd = d.slice(o, o + r);
    const ee = e.slice(o, o + r - 1);
    const u = scratch(r * r),
      v = scratch(c * c);
    for (let i = 0; i < r; i++) u[i * r + i] = 1;
    for (let i = 0; i < c; i++) v[i * c + i] = 1;
    if (sqre) {
      let f = e[o + r - 1]!;
      for (let j = r - 1; j >= 0 && f !== 0; j--) {
        const G = givens(dd[j]!, f);
        dd[j] = G.r;
        rotateColumns(v, c, c, j, r, G.c, G.s);
        if (j > 0) {
          f = -G.s * ee[j - 1]!;
          ee[j - 1] = G.c * ee[j - 1]!;
        }
      }
    }
    golubKahanSVD(dd, ee, {w: u, rows: r, stride: r}, {w: v, rows: c, stride: c});
    out.s.set(dd);
    // The targets hold their vectors by columns; out is row-major.
    for (let j = 0; j < r; j++) for (let i = 0; i < r; i++) out.U[i * r + j] = u[j * r + i]!;
    for (let j = 0; j < c; j++) for (let i = 0; i < c; i++) out.V[i * c + j] = v[j * c + i]!;
  });
}

/**
 * Merge the SVDs of the blocks above and below row k (entries alpha = d_k, beta = e_k): in the
 * bases of the two halves, B becomes M = [zᵀ; diag(0, s_top, s_bottom)] (plus a zero column when
 * sqre = 1), whose SVD the secular equation gives after deflation.
 */
function merge(
  alpha: number,
  beta: number,
  sqre: number,
  top: BidiagonalSVD,
  bottom: BidiagonalSVD,
  out: BidiagonalSVD
): void {
  const n1 = top.s.length,
    n2 = bottom.s.length;
  const k = n1,
    r = n1 + n2 + 1,
    c = r + sqre,
    c1 = n1 + 1,
    c2 = n2 + sqre;
  const U1 = top.U,
    V1 = top.V,
    U2 = bottom.U,
    V2 = bottom.V;
  // qu (r×r) and qv (c×c), row-major: column j is the basis vector paired with index j of M.
  const qu = scratch(r * r),
    qv = scratch(c * c);
  const dm = new Float64Array(r),
    z = new Float64Array(r);
  // Which row blocks each basis column touches: U_TOP (rows < k), U_MID (row k), U_BOTTOM, V_TOP
  // (rows ≤ n1 of qv), V_BOTTOM; the products below skip the zero blocks.
  const touch = new Uint8Array(r + sqre);
  touch[0] = U_MID | V_TOP | (sqre ? V_BOTTOM : 0);
  touch.fill(U_TOP | V_TOP, 1, c1);
  touch.fill(U_BOTTOM | V_BOTTOM, c1, r);
  // Index 0: row k of B, and the null vector of the top block (turned with the bottom one's).
  qu[k * r] = 1;
  const G = givens(alpha * V1[n1 * c1 + n1]!, sqre ? beta * V2[n2]! : 0);
  z[0] = G.r;
  for (let i = 0; i < c1; i++) {
    qv[i * c] = G.c * V1[i * c1 + n1]!;
    if (sqre) qv[i * c + r] = -G.s * V1[i * c1 + n1]!;
  }
  if (sqre)
    for (let i = 0; i < c2; i++) {
      qv[(c1 + i) * c] = G.s * V2[i * c2 + n2]!;
      qv[(c1 + i) * c + r] = G.c * V2[i * c2 + n2]!;
    }
  // Indices 1..n1: the top block's vectors; n1+1..r−1: the bottom block's.
  for (let i = 0; i < n1; i++) qu.set(U1.subarray(i * n1, (i + 1) * n1), i * r + 1);
  for (let i = 0; i < c1; i++) qv.set(V1.subarray(i * c1, i * c1 + n1), i * c + 1);
  for (let i = 0; i < n2; i++) qu.set(U2.subarray(i * n2, (i + 1) * n2), (k + 1 + i) * r + c1);
  for (let i = 0; i < c2; i++) qv.set(V2.subarray(i * c2, i * c2 + n2), (c1 + i) * c + c1);
  for (let t = 0; t < n1; t++) {
    z[1 + t] = alpha * V1[n1 * c1 + t]!;
    dm[1 + t] = top.s[t]!;
  }
  for (let t = 0; t < n2; t++) {
    z[c1 + t] = beta * V2[t]!;
    dm[c1 + t] = bottom.s[t]!;
  }
  // Scale to 1, so the secular equation neither overflows nor underflows.
  let orm = Math.max(Math.abs(alpha), Math.abs(beta));
  for (let j = 1; j < r; j++) orm = Math.max(orm, dm[j]!);
  const tol = orm > 0 ? 64 * EPS : 0;
  if (orm === 0) orm = 1;
  for (let j = 0; j < r; j++) {
    dm[j] = dm[j]! / orm;
    z[j] = z[j]! / orm;
  }
  const {kept, deflated} = deflate(dm, z, tol, qu, r, qv, c, touch);
  const K = kept.length;
  const dk = Float64Array.from(kept, (j) => dm[j]!),
    zk = Float64Array.from(kept, (j) => z[j]!);
  const sigma = new Float64Array(K);
  // um and vm: the singular vectors of M on the kept indices, vector i at [i·K, (i+1)·K).
  const um = scratch(K * K),
    vm = scratch(K * K);
  if (K === 1) {
    sigma[0] = Math.abs(zk[0]!);
    um[0] = 1;
    vm[0] = zk[0]! < 0 ? -1 : 1;
  } else secularVectors(dk, zk, sigma, um, vm);
  for (let i = 0; i < K; i++) out.s[i] = sigma[i]! * orm;
  for (let q = 0; q < deflated.length; q++) out.s[K + q] = dm[deflated[q]!]! * orm;
  // New vectors: the kept basis columns times the vectors of M, one product per block of rows
  // (each uses only the columns nonzero in its rows); deflated columns are copied.
  const used = (bit: number) => kept.filter((j) => touch[j]! & bit);
  blockProduct(qu, r, 0, k, kept, used(U_TOP), um, out.U);
  blockProduct(qu, r, k, k + 1, kept, used(U_MID), um, out.U);
  blockProduct(qu, r, k + 1, r, kept, used(U_BOTTOM), um, out.U);
  blockProduct(qv, c, 0, c1, kept, used(V_TOP), vm, out.V);
  blockProduct(qv, c, c1, c, kept, used(V_BOTTOM), vm, out.V);
  for (let q = 0; q < deflated.length; q++) {
    const j = deflated[q]!;
    for (let i = 0; i < r; i++) out.U[i * r + K + q] = qu[i * r + j]!;
    for (let i = 0; i < c; i++) out.V[i * c + K + q] = qv[i * c + j]!;
  }
  if (sqre) for (let i = 0; i < c; i++) out.V[i * c + r] = qv[i * c + r]!;
}

/**
 * Deflation (as dlasd2): indices 1.. sorted by d; a tiny z_j makes d_j a singular value as it
 * stands, and of two d within tol a rotation (applied to the basis columns) moves all of z onto
 * one. Index 0 (d = 0) always stays, with |z_0| at least tol. Returns the kept indices (d
 * ascending, gaps above tol) and the deflated ones.
 */
function deflate(
  dm: Float64Array,
  z: Float64Array,
  tol: number,
  qu: Float64Array,
  r: number,
  qv: Float64Array,
  c: number,
  touch: Uint8Array
): {kept: number[]; deflated: number[]} {
  const order = Array.from({length: r - 1}, (_, j) => j + 1).sort((a, b) => dm[a]! - dm[b]!);
  if (Math.abs(z[0]!) <= tol) z[0] = tol;
  const kept = [0],
    deflated: number[] = [];
  for (const j of order) {
    if (Math.abs(z[j]!) <= tol) {
      deflated.push(j);
      continue;
    }
    const prev = kept[kept.length - 1]!;
    if (prev > 0 && dm[j]! - dm[prev]! <= tol) {
      const h = Math.hypot(z[prev]!, z[j]!);
      const cs = z[j]! / h,
        sn = -z[prev]! / h;
      z[j] = h;
      z[prev] = 0;
      rotatePair(qu, r, r, prev, j, cs, sn);
      rotatePair(qv, c, c, prev, j, cs, sn);
      touch[j] = touch[prev] = touch[j]! | touch[prev]!;
      deflated.push(prev);
      kept[kept.length - 1] = j;
    } else kept.push(j);
  }
  // Keep the smallest kept d apart from d_0 = 0.
  if (kept.length > 1 && dm[kept[1]!]! < tol / 2) dm[kept[1]!] = tol / 2;
  return {kept, deflated};
}

/** Columns a and b of the row-major rows×ld array q become c·a + s·b and c·b − s·a. */
function rotatePair(
  q: Float64Array,
  rows: number,
  ld: number,
  a: number,
  b: number,
  c: number,
  s: number
): void {
  for (let i = 0, o = 0; i < rows; i++, o += ld) {
    const x = q[o + a]!,
      y = q[o + b]!;
    q[o + a] = c * x + s * y;
    q[o + b] = c * y - s * x;
  }
}

/**
 * The SVD of M = [zᵀ; diag(d)] (d[0] = 0, d increasing, z nonzero): σ from the secular equation,
 * then z recomputed by Löwner's formula so that σ are the exact singular values of the nearby [ẑᵀ;
 * diag(d)], whose singular vectors, built from ẑ, are orthogonal to working precision.
 */
function secularVectors(
  d: Float64Array,
  z: Float64Array,
  sigma: Float64Array,
  um: Float64Array,
  vm: Float64Array
): void {
  const K = d.length;
  const minus = scratch(K * K),
    plus = scratch(K * K);
  secularSingularValues(d, z, sigma, minus, plus);
  // ẑ_j² = (σ_{K−1}² − d_j²) Π_{i<j} (σ_i² − d_j²)/(d_i² − d_j²)
  //        · Π_{j≤i<K−1} (σ_i² − d_j²)/(d_{i+1}² − d_j²),
  // accumulated a row i at a time (σ_i² − d_j² = −minus·plus).
  const zhat = new Float64Array(K);
  const lastRow = (K - 1) * K;
  for (let j = 0; j < K; j++) zhat[j] = -minus[lastRow + j]! * plus[lastRow + j]!;
  for (let i = 0, o = 0; i < K - 1; i++, o += K) {
    const di = d[i]!,
      dn = d[i + 1]!;
    for (let j = 0; j <= i; j++)
      zhat[j] = (zhat[j]! * (-minus[o + j]! * plus[o + j]!)) / ((dn - d[j]!) * (dn + d[j]!));
    for (let j = i + 1; j < K; j++)
      zhat[j] = (zhat[j]! * (-minus[o + j]! * plus[o + j]!)) / ((di - d[j]!) * (di + d[j]!));
  }
  for (let j = 0; j < K; j++) zhat[j] = (z[j]! < 0 ? -1 : 1) * Math.sqrt(Math.abs(zhat[j]!));
  for (let i = 0, o = 0; i < K; i++, o += K) {
    // v_i ∝ (D² − σ_i²)⁻¹ ẑ and u_i ∝ M v_i = (−1, d_j v_ij).
    let vn = 0,
      un = 1;
    for (let j = 0; j < K; j++) {
      const v = zhat[j]! / (minus[o + j]! * plus[o + j]!);
      vm[o + j] = v;
      vn += v * v;
    }
    um[o] = -1;
    for (let j = 1; j < K; j++) {
      const u = d[j]! * vm[o + j]!;
      um[o + j] = u;
      un += u * u;
    }
    if (!Number.isFinite(vn * un))
      throw new LinAlgError("svd: divide and conquer met a non-finite singular vector");
    const vs = 1 / Math.sqrt(vn),
      us = 1 / Math.sqrt(un);
    for (let j = 0; j < K; j++) {
      vm[o + j] = vm[o + j]! * vs;
      um[o + j] = um[o + j]! * us;
    }
  }
}

/**
 * Rows a..b−1 of the first K columns of out (row-major, width ld): Σ_t q[:, kept[t]]·w[i·K + t], as
 * one matrix product over `cols`, the kept columns of q that are nonzero in these rows.
 */
function blockProduct(
  q: Float64Array,
  ld: number,
  a: number,
  b: number,
  kept: number[],
  cols: number[],
  w: Float64Array,
  out: Float64Array
): void {
  const K = kept.length,
    m = cols.length;
  if (m === 0 || b <= a) return;
  // used[p]: the position in kept of cols[p].
  const position = new Int32Array(ld);
  for (let t = 0; t < K; t++) position[kept[t]!] = t;
  const used = Int32Array.from(cols, (j) => position[j]!);
  withScratch(0, () => {
    const x = scratch((b - a) * m),
      y = scratch(K * m);
    for (let i = a, xo = 0; i < b; i++, xo += m)
      for (let p = 0, qo = i * ld; p < m; p++) x[xo + p] = q[qo + cols[p]!]!;
    for (let i = 0, yo = 0; i < K; i++, yo += m)
      for (let p = 0, wo = i * K; p < m; p++) y[yo + p] = -w[wo + used[p]!]!;
    // out is zero here, and gemmNTSub subtracts: out = x·(−y)ᵀ.
    gemmNTSub(b - a, K, m, x, 0, m, y, 0, m, out, a * ld, ld);
  });
}
