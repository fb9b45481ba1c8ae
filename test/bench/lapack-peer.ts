// Reference LAPACK as a benchmark peer: emlapack 0.0.3 (CLAPACK + reference BLAS compiled by emscripten to
// asm.js). Each runner copies the column-major input into the emscripten heap and calls the routine, as a
// caller of the port would; workspace sizes come from a one-time lwork = −1 query.
import {createRequire} from "node:module";
import type {Matrix} from "../../src/linalg/index.js";

interface Emscripten {
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  HEAPF64: Float64Array;
  HEAP32: Int32Array;
  HEAP8: Int8Array;
  [routine: `_${string}_`]: (...pointers: number[]) => void;
}

const lapack = createRequire(import.meta.url)("emlapack") as Emscripten;
/** Every block allocated for the current case (the asm.js heap is fixed at 16 MB): see freeAll. */
const allocated: number[] = [];

function malloc(bytes: number): number {
  const p = lapack._malloc(bytes);
  if (p === 0) throw new Error(`emlapack: out of heap for ${bytes} bytes`);
  allocated.push(p);
  return p;
}
/** Free everything the runners built so far (call between cases). */
export function freeAll(): void {
  for (const p of allocated.splice(0)) lapack._free(p);
}

/** A pointer to `values` written into the heap (i32 unless `f64`). */
function ints(...values: number[]): number {
  const p = malloc(4 * values.length);
  lapack.HEAP32.set(values, p >> 2);
  return p;
}
function doubles(length: number): number {
  return malloc(8 * Math.max(length, 1));
}
function char(c: string): number {
  const p = malloc(1);
  lapack.HEAP8[p] = c.charCodeAt(0);
  return p;
}
function columnMajor(A: Matrix): Float64Array {
  const {rows: m, cols: n, data} = A;
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[j * m + i] = data[i * n + j]!;
  return out;
}
function check(pinfo: number, routine: string): void {
  const info = lapack.HEAP32[pinfo >> 2]!;
  if (info !== 0) throw new Error(`${routine}: info = ${info}`);
}
/** Workspace query (lwork = −1): allocate the optimal size the routine reports, and return its pointers. */
function workspace(query: (pwork: number, plwork: number) => void): {
  pwork: number;
  plwork: number;
} {
  const probe = doubles(1),
    plwork = ints(-1);
  query(probe, plwork);
  const lwork = Math.ceil(lapack.HEAPF64[probe >> 3]!);
  lapack.HEAP32[plwork >> 2] = lwork;
  return {pwork: doubles(lwork), plwork};
}

/** dgesdd with jobz = 'S' (thin U and Vᵀ), or 'N' (singular values only). */
export function dgesdd(A: Matrix, jobz: "S" | "N" = "S"): () => void {
  const {rows: m, cols: n} = A,
    k = Math.min(m, n);
  const a = columnMajor(A);
  const pa = doubles(m * n),
    ps = doubles(k),
    pu = doubles(m * k),
    pvt = doubles(k * n);
  const pjobz = char(jobz),
    pm = ints(m),
    pn = ints(n),
    plda = ints(m),
    pldu = ints(m),
    pldvt = ints(k);
  const piwork = ints(...new Array<number>(8 * k).fill(0)),
    pinfo = ints(0);
  const call = (pwork: number, plwork: number) =>
    lapack._dgesdd_(
      pjobz,
      pm,
      pn,
      pa,
      plda,
      ps,
      pu,
      pldu,
      pvt,
      pldvt,
      pwork,
      plwork,
      piwork,
      pinfo
    );
  const {pwork, plwork} = workspace(call);
  return () => {
    lapack.HEAPF64.set(a, pa >> 3);
    call(pwork, plwork);
    check(pinfo, "dgesdd");
  };
}

/** dgeqrf then dorgqr: R in the upper triangle and the thin Q, as qr(A) returns. */
export function dgeqrfDorgqr(A: Matrix): () => void {
  const {rows: m, cols: n} = A,
    k = Math.min(m, n);
  const a = columnMajor(A);
  const pa = doubles(m * n),
    ptau = doubles(k),
    pr = doubles(k * n);
  const pm = ints(m),
    pn = ints(n),
    pk = ints(k),
    plda = ints(m),
    pinfo = ints(0);
  const geqrf = workspace((pw, pl) => lapack._dgeqrf_(pm, pn, pa, plda, ptau, pw, pl, pinfo));
  const orgqr = workspace((pw, pl) => lapack._dorgqr_(pm, pk, pk, pa, plda, ptau, pw, pl, pinfo));
  return () => {
    const heap = lapack.HEAPF64;
    heap.set(a, pa >> 3);
    lapack._dgeqrf_(pm, pn, pa, plda, ptau, geqrf.pwork, geqrf.plwork, pinfo);
    check(pinfo, "dgeqrf");
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < k; i++)
        heap[(pr >> 3) + j * k + i] = i <= j ? heap[(pa >> 3) + j * m + i]! : 0;
    }
    lapack._dorgqr_(pm, pk, pk, pa, plda, ptau, orgqr.pwork, orgqr.plwork, pinfo);
    check(pinfo, "dorgqr");
  };
}

/** dsyevd with jobz = 'V' (eigenvalues and eigenvectors, divide and conquer). */
export function dsyevd(A: Matrix): () => void {
  const n = A.rows;
  const a = columnMajor(A);
  const pa = doubles(n * n),
    pw = doubles(n);
  const pjobz = char("V"),
    puplo = char("L"),
    pn = ints(n),
    plda = ints(n),
    pinfo = ints(0);
  const piwork = ints(0),
    pliwork = ints(-1);
  const {pwork, plwork} = workspace((pw0, pl) =>
    lapack._dsyevd_(pjobz, puplo, pn, pa, plda, pw, pw0, pl, piwork, pliwork, pinfo)
  );
  const liwork = lapack.HEAP32[piwork >> 2]!;
  const piw = ints(...new Array<number>(liwork).fill(0)),
    pliw = ints(liwork);
  return () => {
    lapack.HEAPF64.set(a, pa >> 3);
    lapack._dsyevd_(pjobz, puplo, pn, pa, plda, pw, pwork, plwork, piw, pliw, pinfo);
    check(pinfo, "dsyevd");
  };
}

/** dtrtrs with uplo = 'U', trans = 'N', diag = 'N': T X = B for upper triangular T and n×k B. */
export function dtrtrs(T: Matrix, B: Matrix): () => void {
  const n = T.rows,
    k = B.cols;
  const pa = doubles(n * n),
    pb = doubles(n * k),
    a = columnMajor(T),
    b = columnMajor(B);
  const pu = char("U"),
    pt = char("N"),
    pd = char("N"),
    pn = ints(n),
    pk = ints(k),
    pinfo = ints(0);
  return () => {
    lapack.HEAPF64.set(a, pa >> 3);
    lapack.HEAPF64.set(b, pb >> 3);
    lapack._dtrtrs_(pu, pt, pd, pn, pk, pa, pn, pb, pn, pinfo);
    check(pinfo, "dtrtrs");
  };
}
