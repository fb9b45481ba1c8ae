// Symmetric eigendecomposition: Householder tridiagonalization + implicit symmetric QR (Golub & Van Loan 4th ed. Alg 8.3.3) or divide and conquer.
import {BLOCK, BlockReflector, reflectorProductColumns} from "./householder.js";
import {getKernelPath, scratch, withScratch, type KernelPath} from "./kernels.js";
import {Matrix, type MatrixLike} from "./matrix.js";
import {tridiagonalEigenvalues} from "./root-free-qr.js";
import {symmetricTridiagonalQR} from "./symmetric-qr.js";
import {tridiagonalize, type Tridiagonalization} from "./tridiagonal.js";
import {divideConquer, divideConquerScratch} from "./tridiagonal-dc.js";
import {assertSquare, input} from "./validate.js";

export interface EighResult {
  /** Eigenvalues, ascending. */
  values: Float64Array;
  /** Orthonormal eigenvectors as columns: A·vectors[:, k] = values[k]·vectors[:, k]. */
  vectors: Matrix;
}

/**
 * Eigenvalues and eigenvectors of a real symmetric matrix, as numpy.linalg.eigh: only the lower
 * triangle is used. ShapeError unless square; NonFiniteError on NaN/±Infinity anywhere in the input;
 * ConvergenceError if the iteration does not converge (not seen in practice).
 */
export function eigh(a: MatrixLike): EighResult {
  const {values, vectors} = decompose("eigh", a, true);
  return {values, vectors: vectors!};
}

/** Eigenvalues (ascending) of a real symmetric matrix, lower triangle only, as numpy.linalg.eigvalsh. */
export function eigvalsh(a: MatrixLike): Float64Array {
  return decompose("eigvalsh", a, false).values;
}

function decompose(
  fn: string,
  a: MatrixLike,
  wantVectors: boolean
): {values: Float64Array; vectors: Matrix | null} {
  const A = input(fn, a);
  assertSquare(fn, A);
  const n = A.rows;
  if (n === 0) return {values: new Float64Array(0), vectors: wantVectors ? new Matrix(0, 0) : null};
  // Symmetrize from the lower triangle, scaled to unit max-abs.
  let scale = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) scale = Math.max(scale, Math.abs(A.data[i * n + j]!));
  if (scale === 0) scale = 1;
  const room = wantVectors ? 2 * n * n + divideConquerScratch(n) : 2 * n * n;
  return withScratch(room + 128 * n + 1024, () =>
    factor(A.data, n, scale, scratch(n * n), wantVectors)
  );
}

/** Eigenpairs of the scaled lower triangle, symmetrized into `w` (in scratch); results copied out. */
function factor(
  a: Float64Array,
  n: number,
  scale: number,
  w: Float64Array,
  wantVectors: boolean
): {values: Float64Array; vectors: Matrix | null} {
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const x = a[i * n + j]! / scale;
      w[i * n + j] = x;
      w[j * n + i] = x;
    }
  }
  const T = tridiagonalize(w, n);
  if (wantVectors && n >= DIVIDE_CONQUER_MIN[getKernelPath()]) return viaDivideConquer(T, scale);
  if (!wantVectors) {
    // Values only: the root-free QL iteration, no rotations to keep (root-free-qr.ts).
    const values = tridiagonalEigenvalues(T.d, T.e);
    for (let k = 0; k < n; k++) values[k] = values[k]! * scale;
    return {values, vectors: null};
  }
  // Q stored by columns (column c at z[c·n ..)), as the rotations want it.
  const z = wantVectors
    ? reflectorProductColumns(T.work, n, 1, 1, T.tau.subarray(0, Math.max(n - 2, 0)), n, n)
    : null;
  // Off-diagonals below √safmin (T is scaled to max|a| = 1) are dropped, as LAPACK dsteqr does:
  // beside zero diagonals the QR bulge would underflow and the iteration stall.
  for (let i = 0; i + 1 < n; i++) if (Math.abs(T.e[i]!) <= 2 ** -511) T.e[i] = 0;
  symmetricTridiagonalQR(T.d, T.e, z && {w: z, rows: n, stride: n});
  const d = T.d;
  const order = Array.from({length: n}, (_, k) => k).sort((i, j) => d[i]! - d[j]!);
  const values = Float64Array.from(order, (k) => d[k]! * scale);
  if (!z) return {values, vectors: null};
  const vectors = new Matrix(n, n);
  for (let c = 0; c < n; c++)
    for (let i = 0, o = order[c]! * n; i < n; i++) vectors.data[i * n + c] = z[o + i]!;
  return {values, vectors};
}

/**
 * Order from which the vectors come from divide and conquer rather than QR, per kernel path
 * (CPU-time crossovers: with the WASM kernels D&C ties QR at 300 and leads from 400; with the
 * TypeScript kernels it leads from 200).
 */
export const DIVIDE_CONQUER_MIN: Record<KernelPath, number> = {wasm: 300, ts: 200};

/**
 * The vectors path from DIVIDE_CONQUER_MIN on: T = Z·Λ·Zᵀ by divide and conquer, then V = Q·Z with
 * Q applied from its reflectors, a block of them at a time, to the columns of Z (as LAPACK dormtr).
 */
function viaDivideConquer(T: Tridiagonalization, scale: number): EighResult {
  const {n, d} = T;
  const z = scratch(n * n); // column c at z[c·n ..)
  divideConquer(d, T.e, z);
  const k = Math.max(n - 2, 0);
  const H = new BlockReflector(n, n);
  for (let j0 = Math.floor((k - 1) / BLOCK) * BLOCK; j0 >= 0; j0 -= BLOCK) {
    H.load(T.work, n, 1, 1, T.tau, j0, Math.min(BLOCK, k - j0), n);
    H.apply(false, z, j0 + 1, n, n);
  }
  const vectors = new Matrix(n, n);
  for (let c = 0; c < n; c++) for (let i = 0; i < n; i++) vectors.data[i * n + c] = z[c * n + i]!;
  return {values: d.map((x) => x * scale), vectors};
}
