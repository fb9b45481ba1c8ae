// Real nonsymmetric eigenproblem: balancing, Hessenberg reduction and Francis double-shift QR (Golub & Van Loan 4th ed. Alg 7.4.2, 7.5.2), eigenvectors by back-substitution on the real Schur form.
import {ConvergenceError} from "./errors.js";
import {reduceToHessenberg} from "./hessenberg.js";
import {Matrix, type MatrixLike} from "./matrix.js";
import {scaledNorm2} from "./norms.js";
import {matmul} from "./ops.js";
import {assertSquare, input} from "./validate.js";

/** Eigenvalues as real and imaginary parts; eigenvectors as the columns of two matrices. */
export interface EigResult {
  re: Float64Array;
  im: Float64Array;
  vectorsRe: Matrix;
  vectorsIm: Matrix;
}

export interface EigOptions {
  /** Permute and scale by powers of 2 first (as LAPACK's dgebal), default true. */
  balance?: boolean;
  /** Bound on the total number of Francis steps; default 30·max(10, n). */
  maxIterations?: number;
}

const EPS = Number.EPSILON;
const SAFMIN = 2.2250738585072014e-308;

/**
 * Eigen-decomposition of a real square matrix, as numpy.linalg.eig: A v_k = λ_k v_k with
 * λ_k = re[k] + i·im[k] and v_k = vectorsRe[:, k] + i·vectorsIm[:, k].
 * Complex eigenvalues come in adjacent conjugate pairs, positive imaginary part first.
 * Each eigenvector has unit 2-norm; a complex one is rotated so its largest entry is real and positive.
 * For a defective matrix the returned vectors are (numerically) parallel, as LAPACK's are:
 * [[1, 1], [0, 1]] gives the columns (1, 0) and (−1, ε).
 * Throws ShapeError (not square), NonFiniteError, ConvergenceError (iteration bound hit).
 */
export function eig(a: MatrixLike, opts: EigOptions = {}): EigResult {
  const {n, t, z, perm, d, sigma} = realSchur("eig", a, opts, true);
  const {re, im} = schurEigenvalues(n, t);
  const {yr, yi} = schurEigenvectors(n, t, re, im);
  const wr = matmul(new Matrix(n, n, z!), new Matrix(n, n, yr)).data;
  const wi = matmul(new Matrix(n, n, z!), new Matrix(n, n, yi)).data;
  // Undo the balancing: v = P D w, i.e. row i of D w becomes row perm[i].
  const vr = new Matrix(n, n),
    vi = new Matrix(n, n);
  for (let i = 0; i < n; i++) {
    const o = perm[i]! * n;
    for (let j = 0; j < n; j++) {
      vr.data[o + j] = wr[i * n + j]! * d[i]!;
      vi.data[o + j] = wi[i * n + j]! * d[i]!;
    }
  }
  normalizeColumns(n, vr.data, vi.data, im);
  return {re: re.map((x) => x * sigma), im: im.map((x) => x * sigma), vectorsRe: vr, vectorsIm: vi};
}

/** Eigenvalues only, {re, im}, in the same order as `eig` (no eigenvectors are formed). */
export function eigvals(
  a: MatrixLike,
  opts: EigOptions = {}
): {re: Float64Array; im: Float64Array} {
  const {n, t, sigma} = realSchur("eigvals", a, opts, false);
  const {re, im} = schurEigenvalues(n, t);
  return {re: re.map((x) => x * sigma), im: im.map((x) => x * sigma)};
}

/**
 * Scale, balance, reduce to Hessenberg form and run the Francis iteration to real Schur form T
 * (upper quasi-triangular; 2×2 diagonal blocks only for complex pairs). With `wantZ`, z holds
 * the Schur vectors: D⁻¹ Pᵀ A P D / σ = Z T Zᵀ, where σ is the power of 2 that brings the largest
 * entry near 1 (so squares in the shift computation neither overflow nor underflow).
 */
function realSchur(fn: string, a: MatrixLike, opts: EigOptions, wantZ: boolean) {
  const A = input(fn, a);
  assertSquare(fn, A);
  const n = A.rows;
  let amax = 0;
  for (const x of A.data) amax = Math.max(amax, Math.abs(x));
  const sigma = amax === 0 ? 1 : 2 ** Math.max(-1000, Math.min(1000, Math.floor(Math.log2(amax))));
  const t = A.data.map((x) => x / sigma);
  const {perm, d} =
    opts.balance === false
      ? {perm: Int32Array.from({length: n}, (_, i) => i), d: new Float64Array(n).fill(1)}
      : balance(n, t);
  const z = new Float64Array(n * n);
  for (let i = 0; i < n; i++) z[i * n + i] = 1;
  reduceToHessenberg(n, t, z);
  const maxIter = opts.maxIterations ?? 30 * Math.max(10, n);
  if (!Number.isInteger(maxIter) || maxIter < 0)
    throw new RangeError(
      `eig: maxIterations must be a non-negative integer, got ${opts.maxIterations}`
    );
  francis(n, t, wantZ ? z : null, maxIter);
  return {n, t, z: wantZ ? z : null, perm, d, sigma};
}

/**
 * Balancing as LAPACK's dgebal, in place: a similarity a ← D⁻¹ Pᵀ a P D. First the permutation P
 * moves rows and columns that isolate an eigenvalue (no off-diagonal entries within the active
 * range) to the bottom and top, leaving an active block lo..hi. Then D, a power of 2 per index
 * (exact in floating point), makes row i and column i of that block have comparable 2-norms.
 * As in LAPACK ≥ 3.5 (after James, Langou & Lowery 2014) the norms include the diagonal entry,
 * which keeps D mild when the diagonal dominates; otherwise matrices such as Frank's get a D so
 * spread that the residual in A's own norm suffers. A row or column whose norm is below ε·max|aᵢⱼ|
 * is left alone, so a negligible coupling cannot dictate D.
 * Returns perm (balanced index i is original index perm[i]) and the diagonal d of D.
 */
function balance(n: number, a: Float64Array): {perm: Int32Array; d: Float64Array} {
  const perm = Int32Array.from({length: n}, (_, i) => i);
  const d = new Float64Array(n).fill(1);
  const swap = (i: number, j: number) => {
    if (i === j) return;
    for (let k = 0; k < n; k++) [a[i * n + k], a[j * n + k]] = [a[j * n + k]!, a[i * n + k]!];
    for (let k = 0; k < n; k++) [a[k * n + i], a[k * n + j]] = [a[k * n + j]!, a[k * n + i]!];
    [perm[i], perm[j]] = [perm[j]!, perm[i]!];
  };
  const offDiagonalZero = (j: number, lo: number, hi: number, alongRow: boolean) => {
    for (let k = lo; k <= hi; k++)
      if (k !== j && a[alongRow ? j * n + k : k * n + j] !== 0) return false;
    return true;
  };
  let lo = 0,
    hi = n - 1;
  for (let j = hi; j >= lo; j--) {
    if (!offDiagonalZero(j, lo, hi, true)) continue;
    swap(j, hi);
    hi--;
    j = hi + 1; // restart the search over the smaller range
  }
  for (let j = lo; j <= hi; j++) {
    if (!offDiagonalZero(j, lo, hi, false)) continue;
    swap(j, lo);
    lo++;
    j = lo - 1;
  }
  let amax = 0;
  for (const x of a) amax = Math.max(amax, Math.abs(x));
  const negligible = EPS * amax;
  const col = new Float64Array(hi - lo + 1);
  let changed = hi > lo;
  while (changed) {
    changed = false;
    for (let i = lo; i <= hi; i++) {
      for (let k = lo; k <= hi; k++) col[k - lo] = a[k * n + i]!;
      const c = scaledNorm2(col),
        r = scaledNorm2(a.subarray(i * n + lo, i * n + hi + 1));
      if (c <= negligible || r <= negligible) continue;
      // Column i times f, row i divided by f: the norms become about c·f and r/f.
      let f = 1,
        cf = c,
        rf = r;
      while (cf < rf / 2) {
        f *= 2;
        cf *= 2;
        rf /= 2;
      }
      while (rf < cf / 2) {
        f /= 2;
        cf /= 2;
        rf *= 2;
      }
      if (cf + rf >= 0.95 * (c + r)) continue;
      changed = true;
      d[i] *= f;
      for (let k = 0; k < n; k++) {
        a[k * n + i] *= f;
        a[i * n + k] /= f;
      }
    }
  }
  return {perm, d};
}

/** Householder vector for (x, y, z): P = I − β v vᵀ maps it to a multiple of e₁. β = 0 means P = I. */
function reflector(x: number, y: number, z: number): [number, number, number, number] {
  const s = Math.abs(x) + Math.abs(y) + Math.abs(z);
  if (s === 0) return [1, 0, 0, 0];
  x /= s;
  y /= s;
  z /= s;
  const nrm = Math.sqrt(x * x + y * y + z * z);
  const v0 = x >= 0 ? x + nrm : x - nrm;
  return [v0, y, z, 1 / (nrm * Math.abs(v0))];
}

/** Rows k..k+m−1 of the n×n buffer times P (from the left), over columns c0..c1−1. */
function reflectRows(
  h: Float64Array,
  n: number,
  k: number,
  m: 2 | 3,
  v: readonly number[],
  c0: number,
  c1: number
): void {
  const [v0, v1, v2, beta] = v as [number, number, number, number];
  if (beta === 0) return;
  const r0 = k * n,
    r1 = r0 + n,
    r2 = r1 + n;
  for (let j = c0; j < c1; j++) {
    let s = v0 * h[r0 + j]! + v1 * h[r1 + j]!;
    if (m === 3) s += v2 * h[r2 + j]!;
    s *= beta;
    h[r0 + j] -= s * v0;
    h[r1 + j] -= s * v1;
    if (m === 3) h[r2 + j] -= s * v2;
  }
}

/** Columns k..k+m−1 of the n×n buffer times P (from the right), over rows r0..r1−1. */
function reflectCols(
  h: Float64Array,
  n: number,
  k: number,
  m: 2 | 3,
  v: readonly number[],
  r0: number,
  r1: number
): void {
  const [v0, v1, v2, beta] = v as [number, number, number, number];
  if (beta === 0) return;
  for (let i = r0; i < r1; i++) {
    const o = i * n + k;
    let s = v0 * h[o]! + v1 * h[o + 1]!;
    if (m === 3) s += v2 * h[o + 2]!;
    s *= beta;
    h[o] -= s * v0;
    h[o + 1] -= s * v1;
    if (m === 3) h[o + 2] -= s * v2;
  }
}

/**
 * Francis double-shift QR on the Hessenberg buffer h (in place, the whole matrix is updated so h
 * ends in real Schur form), accumulating into z when given. Deflates from the bottom; a 2×2 block
 * with real eigenvalues is rotated to triangular form. Every 10th step on one block uses an
 * exceptional shift. Throws ConvergenceError after maxIter steps in total.
 */
function francis(n: number, h: Float64Array, z: Float64Array | null, maxIter: number): void {
  const at = (i: number, j: number) => h[i * n + j]!;
  let hnorm = 0;
  for (let k = 0; k < n * n; k++) hnorm = Math.max(hnorm, Math.abs(h[k]!));
  const smlnum = SAFMIN * (n / EPS);
  let hi = n - 1;
  let total = 0,
    its = 0;
  while (hi >= 0) {
    // Deflation: the lowest l with a negligible subdiagonal entry h[l][l−1] starts the active block.
    // Negligible means relative to its diagonal neighbours (which keeps small eigenvalues accurate),
    // or, once 20 steps (two exceptional shifts) have not split the block, relative to ‖H‖: still
    // backward stable, and it ends the stagnation seen when tiny entries meet a large one.
    let l = hi;
    for (; l > 0; l--) {
      const sub = Math.abs(at(l, l - 1));
      let tst = Math.abs(at(l - 1, l - 1)) + Math.abs(at(l, l));
      if (tst === 0 || its >= 20) tst = Math.max(tst, hnorm);
      if (sub <= EPS * tst || sub < smlnum) {
        h[l * n + l - 1] = 0;
        break;
      }
    }
    if (l === hi) {
      hi -= 1;
      its = 0;
      continue;
    }
    if (l === hi - 1) {
      splitTwoByTwo(n, h, z, hi - 1);
      hi -= 2;
      its = 0;
      continue;
    }
    if (total >= maxIter) throw new ConvergenceError("eig (Francis double-shift QR)", maxIter);
    total++;
    its++;
    // The two shifts are the eigenvalues of a 2×2 block: the trailing one, or an ad hoc one every
    // 10th step. They enter only through s = σ₁ + σ₂ and t = σ₁σ₂. Everything in the first column
    // of (H − σ₁I)(H − σ₂I) is divided by a common scale c first, so it cannot underflow.
    let p: number, q: number, r: number, u: number;
    if (its % 10 === 0) {
      const w = Math.abs(at(hi, hi - 1)) + Math.abs(at(hi - 1, hi - 2));
      p = u = at(hi, hi) + 0.75 * w;
      q = -0.4375 * w;
      r = w;
    } else {
      p = at(hi - 1, hi - 1);
      q = at(hi - 1, hi);
      r = at(hi, hi - 1);
      u = at(hi, hi);
    }
    const h00 = at(l, l),
      h01 = at(l, l + 1),
      h10 = at(l + 1, l),
      h11 = at(l + 1, l + 1),
      h21 = at(l + 2, l + 1);
    const c = Math.max(
      Math.abs(p),
      Math.abs(q),
      Math.abs(r),
      Math.abs(u),
      Math.abs(h00),
      Math.abs(h01),
      Math.abs(h10),
      Math.abs(h11),
      Math.abs(h21)
    );
    const s = (p + u) / c;
    const t = (p / c) * (u / c) - (q / c) * (r / c);
    // First column of (H − σ₁I)(H − σ₂I)/c², then chase the bulge down the block l..hi.
    let x = (h00 / c) * (h00 / c) + (h01 / c) * (h10 / c) - s * (h00 / c) + t;
    let y = (h10 / c) * ((h00 + h11) / c - s);
    let w = (h10 / c) * (h21 / c);
    for (let k = l; k <= hi - 2; k++) {
      const v = reflector(x, y, w);
      reflectRows(h, n, k, 3, v, Math.max(l, k - 1), n);
      reflectCols(h, n, k, 3, v, 0, Math.min(k + 4, hi + 1));
      if (z) reflectCols(z, n, k, 3, v, 0, n);
      if (k > l) {
        h[(k + 1) * n + k - 1] = 0;
        h[(k + 2) * n + k - 1] = 0;
      }
      x = at(k + 1, k);
      y = at(k + 2, k);
      if (k < hi - 2) w = at(k + 3, k);
    }
    const v = reflector(x, y, 0);
    reflectRows(h, n, hi - 1, 2, v, hi - 2, n);
    reflectCols(h, n, hi - 1, 2, v, 0, hi + 1);
    if (z) reflectCols(z, n, hi - 1, 2, v, 0, n);
    h[hi * n + hi - 2] = 0;
  }
}

/**
 * The deflated 2×2 block at rows p, p+1: if its eigenvalues are real, rotate it (and the rest of
 * h and z) to upper triangular form; a block with a complex pair is left as it is.
 */
function splitTwoByTwo(n: number, h: Float64Array, z: Float64Array | null, p: number): void {
  const a = h[p * n + p]!,
    b = h[p * n + p + 1]!,
    c = h[(p + 1) * n + p]!,
    d = h[(p + 1) * n + p + 1]!;
  const half = (a - d) / 2;
  const disc = half * half + b * c;
  if (disc < 0) return;
  let cs = 0,
    sn = 1; // b = 0: the exact swap G = [[0, −1], [1, 0]] (as LAPACK's dlanv2), no rounding
  if (b !== 0) {
    // λ = d + g is the eigenvalue farther from d; (g, c) is its eigenvector, the first column of G.
    const g = half + (half >= 0 ? 1 : -1) * Math.sqrt(disc);
    const r = Math.hypot(g, c);
    cs = g / r;
    sn = c / r;
  }
  for (let j = p; j < n; j++) {
    const u = h[p * n + j]!,
      w = h[(p + 1) * n + j]!;
    h[p * n + j] = cs * u + sn * w;
    h[(p + 1) * n + j] = -sn * u + cs * w;
  }
  for (const [buf, rows] of [
    [h, p + 2],
    [z, n]
  ] as const) {
    if (!buf) continue;
    for (let i = 0; i < rows; i++) {
      const u = buf[i * n + p]!,
        w = buf[i * n + p + 1]!;
      buf[i * n + p] = cs * u + sn * w;
      buf[i * n + p + 1] = -sn * u + cs * w;
    }
  }
  h[(p + 1) * n + p] = 0;
}

/** Eigenvalues read off the real Schur form: diagonal entries and the pairs of the 2×2 blocks. */
function schurEigenvalues(n: number, t: Float64Array): {re: Float64Array; im: Float64Array} {
  const re = new Float64Array(n),
    im = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (i < n - 1 && t[(i + 1) * n + i] !== 0) {
      const a = t[i * n + i]!,
        b = t[i * n + i + 1]!,
        c = t[(i + 1) * n + i]!,
        d = t[(i + 1) * n + i + 1]!;
      const half = (a - d) / 2;
      const q = Math.sqrt(Math.max(0, -(half * half + b * c)));
      re[i] = re[i + 1] = (a + d) / 2;
      im[i] = q;
      im[i + 1] = -q;
      i++;
    } else {
      re[i] = t[i * n + i]!;
    }
  }
  return {re, im};
}

type Complex = [number, number];

/** Complex quotient a/b, Smith's algorithm. */
function cdiv([ar, ai]: Complex, [br, bi]: Complex): Complex {
  if (Math.abs(br) >= Math.abs(bi)) {
    const r = bi / br,
      den = br + bi * r;
    return [(ar + ai * r) / den, (ai - ar * r) / den];
  }
  const r = br / bi,
    den = bi + br * r;
  return [(ar * r + ai) / den, (ai * r - ar) / den];
}

const cabs = (z: Complex) => Math.abs(z[0]) + Math.abs(z[1]);
const csub = (a: Complex, b: Complex): Complex => [a[0] - b[0], a[1] - b[1]];
const cmul = (a: Complex, b: Complex): Complex => [
  a[0] * b[0] - a[1] * b[1],
  a[0] * b[1] + a[1] * b[0]
];

/**
 * Solve the complex 2×2 system M x = r by elimination with complete pivoting; a pivot smaller
 * than smin is replaced by smin (so a singular M gives a large but finite x). With |r| ≤ 1 the
 * result stays below ~3/smin.
 */
function solve2(
  M: [Complex, Complex, Complex, Complex],
  r: [Complex, Complex],
  smin: number
): [Complex, Complex] {
  let p = 0;
  for (let k = 1; k < 4; k++) if (cabs(M[k]!) > cabs(M[p]!)) p = k;
  if (cabs(M[p]!) < smin) return [cdiv(r[0], [smin, 0]), cdiv(r[1], [smin, 0])];
  const pr = p >> 1,
    pc = p & 1,
    qr = 1 - pr,
    qc = 1 - pc;
  const at = (i: number, j: number) => M[2 * i + j]!;
  const l = cdiv(at(qr, pc), at(pr, pc));
  let u = csub(at(qr, qc), cmul(l, at(pr, qc)));
  if (cabs(u) < smin) u = [smin, 0];
  const x: [Complex, Complex] = [
    [0, 0],
    [0, 0]
  ];
  x[qc] = cdiv(csub(r[qr], cmul(l, r[pr])), u);
  x[pc] = cdiv(csub(r[pr], cmul(at(pr, qc), x[qc])), at(pr, pc));
  return x;
}

/**
 * Eigenvectors of the quasi-triangular T by back-substitution, in complex arithmetic by parts.
 * Column k of (yr, yi) belongs to eigenvalue k; the second column of a conjugate pair is the
 * conjugate of the first. A pivot below smin (a repeated eigenvalue) is replaced by smin, and the
 * partial vector is rescaled to keep |x| ≤ 1 and each right-hand side ≤ 1 (as LAPACK's dtrevc),
 * so defective and badly scaled matrices give finite vectors.
 */
function schurEigenvectors(n: number, t: Float64Array, re: Float64Array, im: Float64Array) {
  const T = (i: number, j: number) => t[i * n + j]!;
  const yr = new Float64Array(n * n),
    yi = new Float64Array(n * n);
  const xr = new Float64Array(n),
    xi = new Float64Array(n);
  const smlnum = SAFMIN * (n / EPS);
  for (let k = 0; k < n; k++) {
    const lr = re[k]!,
      li = im[k]!;
    if (li < 0) continue; // filled as the conjugate of column k−1
    const lambda: Complex = [lr, li];
    const smin = Math.max(EPS * (Math.abs(lr) + Math.abs(li)), smlnum);
    xr.fill(0);
    xi.fill(0);
    let end: number;
    if (li === 0) {
      xr[k] = 1;
      end = k;
    } else {
      // (B − λI) x = 0 for the 2×2 block B = [[a, b], [c, e]] at rows k, k+1.
      const a = T(k, k),
        b = T(k, k + 1),
        c = T(k + 1, k),
        e = T(k + 1, k + 1);
      if (Math.abs(b) >= Math.abs(c)) {
        xr[k] = b;
        xr[k + 1] = lr - a;
        xi[k + 1] = li;
      } else {
        xr[k] = lr - e;
        xi[k] = li;
        xr[k + 1] = c;
      }
      end = k + 1;
      rescale(xr, xi, k, end, 1 / Math.max(cabs([xr[k]!, xi[k]!]), cabs([xr[k + 1]!, xi[k + 1]!])));
    }
    // Rows i = k−1 … 0: (T[i][i] − λ) x_i = −Σ_{j>i} T[i][j] x_j, 2×2 blocks solved together.
    let i = k - 1;
    while (i >= 0) {
      const i0 = i > 0 && T(i, i - 1) !== 0 ? i - 1 : i;
      const rhs: Complex[] = [];
      for (let row = i0; row <= i; row++) {
        let sr = 0,
          si = 0;
        for (let j = i + 1; j <= end; j++) {
          sr -= T(row, j) * xr[j]!;
          si -= T(row, j) * xi[j]!;
        }
        rhs.push([sr, si]);
      }
      const rmax = Math.max(...rhs.map(cabs));
      if (rmax > 1) {
        rescale(xr, xi, i + 1, end, 1 / rmax);
        for (const z of rhs) {
          z[0] /= rmax;
          z[1] /= rmax;
        }
      }
      if (i0 === i) {
        let d = csub([T(i, i), 0], lambda);
        if (cabs(d) < smin) d = [smin, 0];
        [xr[i], xi[i]] = cdiv(rhs[0]!, d);
      } else {
        const M: [Complex, Complex, Complex, Complex] = [
          csub([T(i0, i0), 0], lambda),
          [T(i0, i), 0],
          [T(i, i0), 0],
          csub([T(i, i), 0], lambda)
        ];
        const [x0, x1] = solve2(M, [rhs[0]!, rhs[1]!], smin);
        [xr[i0], xi[i0]] = x0;
        [xr[i], xi[i]] = x1;
      }
      let big = 0;
      for (let j = i0; j <= i; j++) big = Math.max(big, cabs([xr[j]!, xi[j]!]));
      if (big > 1) rescale(xr, xi, i0, end, 1 / big);
      i = i0 - 1;
    }
    for (let r = 0; r <= end; r++) {
      yr[r * n + k] = xr[r]!;
      yi[r * n + k] = xi[r]!;
      if (li > 0) {
        yr[r * n + k + 1] = xr[r]!;
        yi[r * n + k + 1] = -xi[r]!;
      }
    }
  }
  return {yr, yi};
}

function rescale(xr: Float64Array, xi: Float64Array, from: number, to: number, f: number): void {
  for (let j = from; j <= to; j++) {
    xr[j] *= f;
    xi[j] *= f;
  }
}

/**
 * Scale each eigenvector column to unit 2-norm (overflow-safe); a complex pair is also rotated so
 * the entry of largest modulus is real and positive (LAPACK dgeev's convention).
 */
function normalizeColumns(n: number, vr: Float64Array, vi: Float64Array, im: Float64Array): void {
  for (let k = 0; k < n; k++) {
    if (im[k]! < 0) continue;
    let scale = 0;
    for (let i = 0; i < n; i++)
      scale = Math.max(scale, Math.abs(vr[i * n + k]!), Math.abs(vi[i * n + k]!));
    if (scale === 0) continue;
    let ss = 0,
      best = -1,
      bi = 0;
    for (let i = 0; i < n; i++) {
      const u = vr[i * n + k]! / scale,
        w = vi[i * n + k]! / scale;
      const m2 = u * u + w * w;
      ss += m2;
      if (m2 > best) {
        best = m2;
        bi = i;
      }
    }
    const nrm = scale * Math.sqrt(ss);
    // Multiply by conj(v_b)/|v_b| (complex case) and divide by the norm.
    let cr = 1 / nrm,
      ci = 0;
    if (im[k]! > 0) {
      const br = vr[bi * n + k]! / scale,
        bim = vi[bi * n + k]! / scale;
      const m = Math.hypot(br, bim);
      cr = br / m / nrm;
      ci = -bim / m / nrm;
    }
    for (let i = 0; i < n; i++) {
      const u = vr[i * n + k]!,
        w = vi[i * n + k]!;
      const pr = u * cr - w * ci,
        pi = u * ci + w * cr;
      vr[i * n + k] = pr;
      vi[i * n + k] = pi;
      if (im[k]! > 0) {
        vr[i * n + k + 1] = pr;
        vi[i * n + k + 1] = -pi;
      }
    }
    if (im[k]! > 0) {
      vi[bi * n + k] = 0;
      vi[bi * n + k + 1] = 0;
    }
  }
}
