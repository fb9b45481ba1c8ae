// Divide and conquer for the symmetric tridiagonal eigenproblem: Cuppen 1981; Gu & Eisenstat 1995; LAPACK dstedc.
import type {EighResult} from "./eigh.js";
import {ShapeError} from "./errors.js";
import {gemmNTSub} from "./gemm-nt.js";
import {rotateColumns} from "./givens.js";
import {scratch, withScratch} from "./kernels.js";
import {Matrix, type VectorLike} from "./matrix.js";
import {tridiagonalEigenvalues} from "./root-free-qr.js";
import {secularRoots} from "./secular.js";
import {symmetricTridiagonalQR} from "./symmetric-qr.js";
import {inputVector, shapeOf} from "./validate.js";

/** Subproblems of at most this order go to the implicit QR iteration (LAPACK's SMLSIZ). */
const LEAF = 25;
const EPS = Number.EPSILON;
const SMALL = 2 ** -511;

/** Options of eighTridiagonal. */
export interface EighTridiagonalOptions {
  /**
   * Eigenvalues only (default false), as SciPy's eigvals_only: they come from the root-free QL
   * iteration (as LAPACK dsterf) and no vectors are formed.
   */
  eigvalsOnly?: boolean;
}

/**
 * Eigenvalues (ascending) and orthonormal eigenvectors (columns, by divide and conquer) of the
 * symmetric tridiagonal matrix with diagonal d and off-diagonal e, as
 * scipy.linalg.eigh_tridiagonal; with {eigvalsOnly: true}, the eigenvalues alone. Inputs are not
 * modified. ShapeError unless e has n − 1 entries; NonFiniteError on NaN/±Infinity.
 */
export function eighTridiagonal(
  d: VectorLike,
  e: VectorLike,
  options?: EighTridiagonalOptions & {eigvalsOnly?: false}
): EighResult;
export function eighTridiagonal(
  d: VectorLike,
  e: VectorLike,
  options: EighTridiagonalOptions & {eigvalsOnly: true}
): Float64Array;
export function eighTridiagonal(
  d: VectorLike,
  e: VectorLike,
  options?: EighTridiagonalOptions
): EighResult | Float64Array;
export function eighTridiagonal(
  d: VectorLike,
  e: VectorLike,
  options: EighTridiagonalOptions = {}
): EighResult | Float64Array {
  const dd = inputVector("eighTridiagonal", d),
    ee = inputVector("eighTridiagonal", e);
  const n = dd.length,
    ne = Math.max(n - 1, 0);
  if (ee.length !== ne)
    throw new ShapeError(
      `eighTridiagonal: d of shape ${shapeOf(dd)} needs e of shape (${ne},), got ${shapeOf(ee)}`
    );
  if (options.eigvalsOnly ?? false) return tridiagonalEigenvalues(dd, ee);
  return withScratch(n * n + divideConquerScratch(n), () => {
    const z = scratch(n * n);
    divideConquer(dd, ee, z);
    const vectors = new Matrix(n, n);
    for (let c = 0; c < n; c++) for (let i = 0; i < n; i++) vectors.data[i * n + c] = z[c * n + i]!;
    return {values: dd, vectors};
  });
}

/** Scratch doubles divideConquer allocates for itself (beyond its output z), at most. */
export function divideConquerScratch(n: number): number {
  return 3 * n * n + 24 * n + 256;
}

/**
 * T = tridiag(e, d, e) = Z·diag(λ)·Zᵀ for n = d.length ≥ 0: d is overwritten with λ, ascending, and
 * the zeroed n×n array z receives Z by columns (eigenvector k is z[k·n .. k·n + n)). e is not
 * modified. T is split in two by a rank-one tear, the halves solved recursively (QR below LEAF),
 * and each merge finds the eigenpairs of diag + rank one; the eigenvectors of a merge are one
 * matrix product.
 */
export function divideConquer(d: Float64Array, e: Float64Array, z: Float64Array): void {
  const n = d.length;
  let norm = 0;
  for (let i = 0; i < n; i++) norm = Math.max(norm, Math.abs(d[i]!));
  for (let i = 0; i + 1 < n; i++) norm = Math.max(norm, Math.abs(e[i]!));
  if (norm === 0) {
    for (let k = 0; k < n; k++) z[k * n + k] = 1;
    return;
  }
  // Work on T/‖T‖_max (division, not a reciprocal, so no overflow at the ends of the range).
  const es = new Float64Array(Math.max(n - 1, 0));
  for (let i = 0; i < n; i++) d[i] = d[i]! / norm;
  // Off-diagonals below √(smallest normal) are dropped, as LAPACK dsteqr's test |e|² ≤ safmin: T
  // moves by far less than ε·‖T‖, and the QR leaves' bulge (a product of two such entries) cannot
  // underflow.
  for (let i = 0; i + 1 < n; i++) es[i] = Math.abs(e[i]!) / norm <= SMALL ? 0 : e[i]! / norm;
  solve(d, es, z, n, 0, n);
  for (let i = 0; i < n; i++) d[i] = d[i]! * norm;
}

/** Eigenpairs of the block [o, o + m) of the (torn) tridiagonal matrix, sorted, into d and z. */
function solve(
  d: Float64Array,
  e: Float64Array,
  z: Float64Array,
  n: number,
  o: number,
  m: number
): void {
  if (m <= LEAF) {
    leaf(d, e, z, n, o, m);
    return;
  }
  // Tear: T = diag(T₁ − |β|·e_last·e_lastᵀ, T₂ − |β|·e₁·e₁ᵀ) + |β|·u·uᵀ, u = (e_last; sign(β)·e₁).
  const n1 = m >> 1;
  const beta = e[o + n1 - 1]!;
  d[o + n1 - 1] -= Math.abs(beta);
  d[o + n1] -= Math.abs(beta);
  solve(d, e, z, n, o, n1);
  solve(d, e, z, n, o + n1, m - n1);
  withScratch(0, () => merge(d, z, n, o, n1, m - n1, beta));
}

/** A block of order ≤ LEAF by implicit QR on the identity, columns then sorted by eigenvalue. */
function leaf(
  d: Float64Array,
  e: Float64Array,
  z: Float64Array,
  n: number,
  o: number,
  m: number
): void {
  const base = o * n + o; // column o + k of the block starts at base + k·n
  for (let k = 0; k < m; k++) z[base + k * n + k] = 1;
  const dl = d.slice(o, o + m);
  symmetricTridiagonalQR(dl, e.slice(o, o + m - 1), {w: z.subarray(base), rows: m, stride: n});
  const order = sortedOrder(dl, m);
  const tmp = new Float64Array(m * m);
  for (let k = 0; k < m; k++)
    tmp.set(z.subarray(base + order[k]! * n, base + order[k]! * n + m), k * m);
  for (let k = 0; k < m; k++) {
    z.set(tmp.subarray(k * m, k * m + m), base + k * n);
    d[o + k] = dl[order[k]!]!;
  }
}

/** Indices 0..m−1 sorted by v ascending. */
function sortedOrder(v: Float64Array, m: number): Int32Array {
  return Int32Array.from({length: m}, (_, k) => k).sort((i, j) => v[i]! - v[j]!);
}

/**
 * Merge the solved halves [o, o + n1) and [o + n1, o + m): the block is diag(Λ₁, Λ₂) + ρ·z·zᵀ in
 * the basis diag(Z₁, Z₂), with z = (last row of Z₁; sign(β)·first row of Z₂)/√2 and ρ = 2|β|.
 */
function merge(
  d: Float64Array,
  Z: Float64Array,
  n: number,
  o: number,
  n1: number,
  n2: number,
  beta: number
): void {
  const m = n1 + n2;
  const base = o * n + o;
  const col = (c: number) => base + c * n; // start of column c of the block
  const rho = 2 * Math.abs(beta);
  const sign = beta < 0 ? -1 : 1;
  const D = d.slice(o, o + m);
  const zv = new Float64Array(m);
  // Support of each basis column: 1 top half only, 3 bottom half only, 2 both (after a rotation).
  const type = new Int8Array(m);
  for (let c = 0; c < m; c++) {
    zv[c] = c < n1 ? Z[col(c) + n1 - 1]! * Math.SQRT1_2 : sign * Z[col(c) + n1]! * Math.SQRT1_2;
    type[c] = c < n1 ? 1 : 3;
  }
  const order = sortedOrder(D, m);
  let dmax = 0,
    zmax = 0;
  for (let c = 0; c < m; c++) {
    dmax = Math.max(dmax, Math.abs(D[c]!));
    zmax = Math.max(zmax, Math.abs(zv[c]!));
  }
  const tol = 8 * EPS * Math.max(dmax, rho * zmax);
  // Deflation, in ascending order of D: a negligible z component leaves its pair as it is; two
  // poles close enough are rotated so that one z component vanishes (Gu & Eisenstat's test |t·c·s|
  // ≤ tol).
  const kept: number[] = [],
    deflated: number[] = [];
  let pj = -1;
  for (let k = 0; k < m; k++) {
    const nj = order[k]!;
    if (rho * Math.abs(zv[nj]!) <= tol) {
      deflated.push(nj);
      continue;
    }
    if (pj < 0) {
      pj = nj;
      continue;
    }
    const r = Math.hypot(zv[pj]!, zv[nj]!);
    const c = zv[nj]! / r,
      s = -zv[pj]! / r;
    const t = D[nj]! - D[pj]!;
    if (Math.abs(t * c * s) <= tol) {
      zv[nj] = r;
      zv[pj] = 0;
      rotateColumns(Z.subarray(base), m, n, pj, nj, c, s);
      const dp = D[pj]!,
        dn = D[nj]!;
      D[pj] = dp * c * c + dn * s * s;
      D[nj] = dp * s * s + dn * c * c;
      if (type[pj] !== type[nj]) type[pj] = type[nj] = 2;
      deflated.push(pj);
    } else kept.push(pj);
    pj = nj;
  }
  if (pj >= 0) kept.push(pj);
  const K = kept.length;
  const lambda = new Float64Array(K);
  let C: Float64Array = new Float64Array(0);
  if (K > 0) {
    const dl = Float64Array.from(kept, (c) => D[c]!),
      zl = Float64Array.from(kept, (c) => zv[c]!);
    const U = scratch(K * K);
    secularRoots(dl, zl, rho, lambda, U);
    // Basis columns grouped by support (top only, both, bottom only), so each half's product skips
    // zeros.
    const group = Int32Array.from({length: K}, (_, k) => k).sort(
      (i, j) => type[kept[i]!]! - type[kept[j]!]!
    );
    let k1 = 0,
      k3 = 0;
    for (const c of kept) {
      if (type[c] === 1) k1++;
      else if (type[c] === 3) k3++;
    }
    const top = K - k3,
      bottom = K - k1;
    eigenvectors(dl, zl, U, group);
    const Bt = scratch(n1 * top),
      Bb = scratch(n2 * bottom);
    for (let g = 0; g < K; g++) {
      const src = col(kept[group[g]!]!);
      if (g < top) for (let r = 0; r < n1; r++) Bt[r * top + g] = Z[src + r]!;
      if (g >= k1) for (let r = 0; r < n2; r++) Bb[r * bottom + g - k1] = Z[src + n1 + r]!;
    }
    // C[j][r] = Σ_g U[j][g]·B[r][g]: row j of C is eigenvector j of the block (U holds −u).
    C = scratch(K * m);
    gemmNTSub(K, n1, top, U, 0, K, Bt, 0, top, C, 0, m);
    gemmNTSub(K, n2, bottom, U, k1, K, Bb, 0, bottom, C, n1, m);
  }
  // Every pair of the block, ascending: the merged ones (rows of C), the deflated ones (columns of
  // Z).
  const nd = deflated.length;
  const W = scratch(nd * m);
  for (let q = 0; q < nd; q++) W.set(Z.subarray(col(deflated[q]!), col(deflated[q]!) + m), q * m);
  const value = new Float64Array(m);
  value.set(lambda);
  for (let q = 0; q < nd; q++) value[K + q] = D[deflated[q]!]!;
  const all = sortedOrder(value, m);
  for (let k = 0; k < m; k++) {
    const s = all[k]!;
    const src = s < K ? C.subarray(s * m, s * m + m) : W.subarray((s - K) * m, (s - K) * m + m);
    Z.set(src, col(k));
    d[o + k] = value[s]!;
  }
}

/**
 * Overwrite delta (row j: d_i − λ_j) with −(eigenvector j of diag(d) + ρ·z·zᵀ), its entries in the
 * order `group`. The vector is ẑ_i/(d_i − λ_j), normalized, with ẑ recomputed from the computed λ
 * by Löwner's formula ẑ_i² ∝ Π_j (λ_j − d_i) / Π_{j≠i} (d_j − d_i) (Gu & Eisenstat): ẑ is the exact
 * update vector for the computed eigenvalues, so the vectors are orthogonal to working precision
 * however close λ_j are.
 */
function eigenvectors(
  d: Float64Array,
  z: Float64Array,
  delta: Float64Array,
  group: Int32Array
): void {
  const K = d.length;
  const zh = new Float64Array(K);
  for (let i = 0; i < K; i++) zh[i] = delta[i * K + i]!;
  for (let j = 0; j < K; j++) {
    const row = j * K,
      dj = d[j]!;
    for (let i = 0; i < j; i++) zh[i] *= delta[row + i]! / (d[i]! - dj);
    for (let i = j + 1; i < K; i++) zh[i] *= delta[row + i]! / (d[i]! - dj);
  }
  for (let i = 0; i < K; i++) zh[i] = z[i]! < 0 ? -Math.sqrt(-zh[i]!) : Math.sqrt(-zh[i]!);
  const u = new Float64Array(K);
  for (let j = 0; j < K; j++) {
    const row = j * K;
    let ss = 0;
    for (let g = 0; g < K; g++) {
      const i = group[g]!;
      const x = zh[i]! / delta[row + i]!;
      u[g] = x;
      ss += x * x;
    }
    const f = -1 / Math.sqrt(ss);
    for (let g = 0; g < K; g++) delta[row + g] = u[g]! * f;
  }
}
