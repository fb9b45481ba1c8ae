// WASM SIMD (fixed-width f64x2) kernels, AssemblyScript source: the level-3 product C −= A·Bᵀ (blocked as
// Golub & Van Loan 4th ed. §1.5 / BLAS dgemm) and the level-2 products of the Householder panels.
// Pointers are byte offsets into this module's memory, leading dimensions count doubles. The host (src/linalg/
// kernels.ts) owns the memory above heapBase(); nothing here allocates. Build: npm run build:wasm.

/** First byte the host may use. */
export function heapBase(): usize {
  return __heap_base;
}

@inline function hsum(v: v128): f64 {
  return f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1);
}

@inline function fma2(acc: v128, x: v128, y: v128): v128 {
  return f64x2.add(acc, f64x2.mul(x, y));
}

/** Σ_k a[k]·b[k], k < K. */
@inline function dot(a: usize, b: usize, K: i32): f64 {
  let s0 = f64x2.splat(0), s1 = f64x2.splat(0);
  let k = 0;
  for (; k + 3 < K; k += 4) {
    const o = <usize>k << 3;
    s0 = fma2(s0, v128.load(a + o), v128.load(b + o));
    s1 = fma2(s1, v128.load(a + o, 16), v128.load(b + o, 16));
  }
  let s = hsum(f64x2.add(s0, s1));
  for (; k < K; k++) s += load<f64>(a + (<usize>k << 3)) * load<f64>(b + (<usize>k << 3));
  return s;
}

/** The 2×4 tile: c[i][j] −= Σ_k a_i[k]·b_j[k] for rows a0, a1 and rows b, b+ldb, b+2ldb, b+3ldb. */
@inline function tile24(a0: usize, a1: usize, b0: usize, ldb: usize, K: i32, c0: usize, ldc: usize): void {
  const b1 = b0 + ldb, b2 = b1 + ldb, b3 = b2 + ldb;
  let s00 = f64x2.splat(0), s01 = f64x2.splat(0), s02 = f64x2.splat(0), s03 = f64x2.splat(0);
  let s10 = f64x2.splat(0), s11 = f64x2.splat(0), s12 = f64x2.splat(0), s13 = f64x2.splat(0);
  let k = 0;
  for (; k + 1 < K; k += 2) {
    const o = <usize>k << 3;
    const x0 = v128.load(a0 + o), x1 = v128.load(a1 + o);
    const y0 = v128.load(b0 + o), y1 = v128.load(b1 + o), y2 = v128.load(b2 + o), y3 = v128.load(b3 + o);
    s00 = fma2(s00, x0, y0); s01 = fma2(s01, x0, y1); s02 = fma2(s02, x0, y2); s03 = fma2(s03, x0, y3);
    s10 = fma2(s10, x1, y0); s11 = fma2(s11, x1, y1); s12 = fma2(s12, x1, y2); s13 = fma2(s13, x1, y3);
  }
  let r00 = hsum(s00), r01 = hsum(s01), r02 = hsum(s02), r03 = hsum(s03);
  let r10 = hsum(s10), r11 = hsum(s11), r12 = hsum(s12), r13 = hsum(s13);
  if (k < K) {
    const o = <usize>k << 3;
    const x0 = load<f64>(a0 + o), x1 = load<f64>(a1 + o);
    const y0 = load<f64>(b0 + o), y1 = load<f64>(b1 + o), y2 = load<f64>(b2 + o), y3 = load<f64>(b3 + o);
    r00 += x0 * y0; r01 += x0 * y1; r02 += x0 * y2; r03 += x0 * y3;
    r10 += x1 * y0; r11 += x1 * y1; r12 += x1 * y2; r13 += x1 * y3;
  }
  const c1 = c0 + ldc;
  v128.store(c0, f64x2.sub(v128.load(c0), f64x2.replace_lane(f64x2.splat(r00), 1, r01)));
  v128.store(c0, f64x2.sub(v128.load(c0, 16), f64x2.replace_lane(f64x2.splat(r02), 1, r03)), 16);
  v128.store(c1, f64x2.sub(v128.load(c1), f64x2.replace_lane(f64x2.splat(r10), 1, r11)));
  v128.store(c1, f64x2.sub(v128.load(c1, 16), f64x2.replace_lane(f64x2.splat(r12), 1, r13)), 16);
}

/** Depth of one k-block and rows of B per column block (32 × 256 doubles = 64 KiB stay in L2). */
const KC = 256;
const NC = 32;

/**
 * C[i][j] −= Σ_k A[i][k]·B[j][k] for i < m, j < n, k < K: row i of A at pa + i·lda, row j of B at
 * pb + j·ldb, C[i][j] at pc + (i·ldc + j) (all in doubles). Both operands stream contiguously in k.
 */
export function gemmNT(
  m: i32, n: i32, K: i32, pa: usize, lda: i32, pb: usize, ldb: i32, pc: usize, ldc: i32,
): void {
  const la = <usize>lda << 3, lb = <usize>ldb << 3, lc = <usize>ldc << 3;
  const m2 = m & ~1, n4 = n & ~3;
  for (let k0 = 0; k0 < K; k0 += KC) {
    const kc = min(KC, K - k0), ko = <usize>k0 << 3;
    for (let j0 = 0; j0 < n; j0 += NC) {
      const j1 = min(j0 + NC, n), j4 = min(j1, n4);
      for (let i = 0; i < m; i += 2) {
        const a0 = pa + <usize>i * la + ko, c0 = pc + <usize>i * lc;
        if (i < m2) {
          const a1 = a0 + la;
          let j = j0;
          for (; j < j4; j += 4) tile24(a0, a1, pb + <usize>j * lb + ko, lb, kc, c0 + (<usize>j << 3), lc);
          for (; j < j1; j++) {
            const b = pb + <usize>j * lb + ko, c = c0 + (<usize>j << 3);
            store<f64>(c, load<f64>(c) - dot(a0, b, kc));
            store<f64>(c + lc, load<f64>(c + lc) - dot(a1, b, kc));
          }
        } else {
          for (let j = j0; j < j1; j++) {
            const c = c0 + (<usize>j << 3);
            store<f64>(c, load<f64>(c) - dot(a0, pb + <usize>j * lb + ko, kc));
          }
        }
      }
    }
  }
}

/**
 * out[r·ld + at] = Σ_j w[r·n + c0 + j]·u[j] (j < width) for rows r0 ≤ r < r1: A·u, two rows per pass.
 */
export function rowDots(
  pw: usize, n: i32, r0: i32, r1: i32, c0: i32, width: i32, pu: usize, pout: usize, ld: i32, at: i32,
): void {
  const ln = <usize>n << 3;
  let r = r0;
  for (; r + 1 < r1; r += 2) {
    const w0 = pw + <usize>r * ln + (<usize>c0 << 3), w1 = w0 + ln;
    let s0 = f64x2.splat(0), s1 = f64x2.splat(0);
    let j = 0;
    for (; j + 1 < width; j += 2) {
      const o = <usize>j << 3, x = v128.load(pu + o);
      s0 = fma2(s0, x, v128.load(w0 + o));
      s1 = fma2(s1, x, v128.load(w1 + o));
    }
    let t0 = hsum(s0), t1 = hsum(s1);
    if (j < width) {
      const o = <usize>j << 3, x = load<f64>(pu + o);
      t0 += x * load<f64>(w0 + o);
      t1 += x * load<f64>(w1 + o);
    }
    store<f64>(pout + ((<usize>r * ld + at) << 3), t0);
    store<f64>(pout + ((<usize>(r + 1) * ld + at) << 3), t1);
  }
  if (r < r1) {
    store<f64>(pout + ((<usize>r * ld + at) << 3), dot(pu, pw + <usize>r * ln + (<usize>c0 << 3), width));
  }
}

/**
 * acc[j] += Σ_r w[r·n + col]·w[r·n + c0 + j] over rows r0 ≤ r < r1 (j < width): Aᵀv for v stored in
 * column `col`, four rows per pass.
 */
export function accumulateRows(
  pw: usize, n: i32, r0: i32, r1: i32, col: i32, c0: i32, width: i32, pacc: usize,
): void {
  const ln = <usize>n << 3, cb = <usize>col << 3, c0b = <usize>c0 << 3;
  const w2 = width & ~1;
  let r = r0;
  for (; r + 3 < r1; r += 4) {
    const o0 = pw + <usize>r * ln, o1 = o0 + ln, o2 = o1 + ln, o3 = o2 + ln;
    const f0 = load<f64>(o0 + cb), f1 = load<f64>(o1 + cb), f2 = load<f64>(o2 + cb), f3 = load<f64>(o3 + cb);
    const v0 = f64x2.splat(f0), v1 = f64x2.splat(f1), v2 = f64x2.splat(f2), v3 = f64x2.splat(f3);
    const x0 = o0 + c0b, x1 = o1 + c0b, x2 = o2 + c0b, x3 = o3 + c0b;
    let j = 0;
    for (; j < w2; j += 2) {
      const o = <usize>j << 3;
      let s = fma2(v128.load(pacc + o), v0, v128.load(x0 + o));
      s = fma2(s, v1, v128.load(x1 + o));
      s = fma2(s, v2, v128.load(x2 + o));
      v128.store(pacc + o, fma2(s, v3, v128.load(x3 + o)));
    }
    if (j < width) {
      const o = <usize>j << 3;
      store<f64>(pacc + o, load<f64>(pacc + o) + (f0 * load<f64>(x0 + o) + f1 * load<f64>(x1 + o) +
        f2 * load<f64>(x2 + o) + f3 * load<f64>(x3 + o)));
    }
  }
  for (; r < r1; r++) {
    const o0 = pw + <usize>r * ln, f = load<f64>(o0 + cb), v = f64x2.splat(f), x0 = o0 + c0b;
    let j = 0;
    for (; j < w2; j += 2) {
      const o = <usize>j << 3;
      v128.store(pacc + o, fma2(v128.load(pacc + o), v, v128.load(x0 + o)));
    }
    if (j < width) store<f64>(pacc + (<usize>j << 3), load<f64>(pacc + (<usize>j << 3)) + f * load<f64>(x0 + (<usize>j << 3)));
  }
}

/**
 * Rotation k = 0..count−1 of (c[k], s[k]) on the column pair (col0 + k, col0 + k + 1) of a target stored by
 * columns (column j at pw + j·stride doubles, `rows` long): (x, y) ← (c·x + s·y, c·y − s·x). Eight rows per
 * pass (four f64x2 lanes, one cache line per column), then two, then one; each row swept once.
 */
export function rotateSequence(pw: usize, rows: i32, stride: i32, col0: i32, pc: usize, ps: usize, count: i32): void {
  const ls = <usize>stride << 3, b0 = pw + <usize>col0 * ls;
  let i = 0;
  for (; i + 7 < rows; i += 8) {
    let o = b0 + (<usize>i << 3);
    let t0 = v128.load(o), t1 = v128.load(o, 16), t2 = v128.load(o, 32), t3 = v128.load(o, 48);
    for (let k = 0; k < count; k++, o += ls) {
      const c = v128.load64_splat(pc + (<usize>k << 3)), s = v128.load64_splat(ps + (<usize>k << 3));
      const q = o + ls;
      const y0 = v128.load(q), y1 = v128.load(q, 16), y2 = v128.load(q, 32), y3 = v128.load(q, 48);
      v128.store(o, f64x2.add(f64x2.mul(c, t0), f64x2.mul(s, y0)));
      v128.store(o, f64x2.add(f64x2.mul(c, t1), f64x2.mul(s, y1)), 16);
      v128.store(o, f64x2.add(f64x2.mul(c, t2), f64x2.mul(s, y2)), 32);
      v128.store(o, f64x2.add(f64x2.mul(c, t3), f64x2.mul(s, y3)), 48);
      t0 = f64x2.sub(f64x2.mul(c, y0), f64x2.mul(s, t0));
      t1 = f64x2.sub(f64x2.mul(c, y1), f64x2.mul(s, t1));
      t2 = f64x2.sub(f64x2.mul(c, y2), f64x2.mul(s, t2));
      t3 = f64x2.sub(f64x2.mul(c, y3), f64x2.mul(s, t3));
    }
    v128.store(o, t0);
    v128.store(o, t1, 16);
    v128.store(o, t2, 32);
    v128.store(o, t3, 48);
  }
  for (; i + 1 < rows; i += 2) {
    let o = b0 + (<usize>i << 3), t = v128.load(o);
    for (let k = 0; k < count; k++, o += ls) {
      const c = v128.load64_splat(pc + (<usize>k << 3)), s = v128.load64_splat(ps + (<usize>k << 3));
      const y = v128.load(o + ls);
      v128.store(o, f64x2.add(f64x2.mul(c, t), f64x2.mul(s, y)));
      t = f64x2.sub(f64x2.mul(c, y), f64x2.mul(s, t));
    }
    v128.store(o, t);
  }
  if (i < rows) {
    let o = b0 + (<usize>i << 3), t = load<f64>(o);
    for (let k = 0; k < count; k++, o += ls) {
      const c = load<f64>(pc + (<usize>k << 3)), s = load<f64>(ps + (<usize>k << 3));
      const y = load<f64>(o + ls);
      store<f64>(o, c * t + s * y);
      t = c * y - s * t;
    }
    store<f64>(o, t);
  }
}

/** Two lanes of rotateSequencePair: the running entries t (first sequence) and u (second), one f64x2 each. */
@inline function pairLanes(o: usize, ls: usize, pc1: usize, ps1: usize, pc2: usize, ps2: usize, count: i32): void {
  let ca = v128.load64_splat(pc1), sa = v128.load64_splat(ps1);
  let t = v128.load(o), y = v128.load(o + ls);
  let u = f64x2.add(f64x2.mul(ca, t), f64x2.mul(sa, y));
  t = f64x2.sub(f64x2.mul(ca, y), f64x2.mul(sa, t));
  let r = o, q = o + 2 * ls;
  for (let k = 1; k < count; k++, r += ls, q += ls) {
    const kb = <usize>k << 3;
    ca = v128.load64_splat(pc1 + kb);
    sa = v128.load64_splat(ps1 + kb);
    const cb = v128.load64_splat(pc2 + kb - 8), sb = v128.load64_splat(ps2 + kb - 8);
    y = v128.load(q);
    const a = f64x2.add(f64x2.mul(ca, t), f64x2.mul(sa, y));
    t = f64x2.sub(f64x2.mul(ca, y), f64x2.mul(sa, t));
    v128.store(r, f64x2.add(f64x2.mul(cb, u), f64x2.mul(sb, a)));
    u = f64x2.sub(f64x2.mul(cb, a), f64x2.mul(sb, u));
  }
  const last = <usize>(count - 1) << 3;
  const cb = v128.load64_splat(pc2 + last), sb = v128.load64_splat(ps2 + last);
  v128.store(r, f64x2.add(f64x2.mul(cb, u), f64x2.mul(sb, t)));
  v128.store(r + ls, f64x2.sub(f64x2.mul(cb, t), f64x2.mul(sb, u)));
}

/**
 * The sequence (c1, s1) and then (c2, s2), as rotateSequence each, in one sweep: the second trails the
 * first by one column, so each entry is loaded and stored once for two rotations (count ≥ 1).
 */
export function rotateSequencePair(
  pw: usize, rows: i32, stride: i32, col0: i32, pc1: usize, ps1: usize, pc2: usize, ps2: usize, count: i32,
): void {
  const ls = <usize>stride << 3, b0 = pw + <usize>col0 * ls;
  let i = 0;
  for (; i + 1 < rows; i += 2) pairLanes(b0 + (<usize>i << 3), ls, pc1, ps1, pc2, ps2, count);
  if (i < rows) {
    const o = b0 + (<usize>i << 3);
    let t = load<f64>(o), y = load<f64>(o + ls);
    let u = load<f64>(pc1) * t + load<f64>(ps1) * y;
    t = load<f64>(pc1) * y - load<f64>(ps1) * t;
    let r = o, q = o + 2 * ls;
    for (let k = 1; k < count; k++, r += ls, q += ls) {
      const kb = <usize>k << 3;
      const ca = load<f64>(pc1 + kb), sa = load<f64>(ps1 + kb);
      const cb = load<f64>(pc2 + kb - 8), sb = load<f64>(ps2 + kb - 8);
      y = load<f64>(q);
      const a = ca * t + sa * y;
      t = ca * y - sa * t;
      store<f64>(r, cb * u + sb * a);
      u = cb * a - sb * u;
    }
    const last = <usize>(count - 1) << 3;
    const cb = load<f64>(pc2 + last), sb = load<f64>(ps2 + last);
    store<f64>(r, cb * u + sb * t);
    store<f64>(r + ls, cb * t - sb * u);
  }
}
