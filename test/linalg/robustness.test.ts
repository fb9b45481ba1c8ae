// Robustness audit: exact power-of-two scale equivariance of every routine, finite output on every LAPACK family, and bounded iterations on hard matrices.
import {describe, expect, it} from "vitest";
import * as L from "../../src/linalg/index.js";
import {ConvergenceError, LinAlgError, Matrix} from "../../src/linalg/index.js";
import {
  EPS,
  SHAPES,
  THRESHOLD,
  TINY,
  diffFro,
  fro,
  matrixTypes,
  mul,
  orthoDefect,
  randomMatrix,
  ratio,
  scaled,
  symmetricTypes,
  testRng
} from "./generators.js";

/** LAPACK's ratio with the norm floored at the underflow threshold (so subnormal inputs are judged in absolute terms). */
function lapackRatio(residual: number, norm: number, dim: number): number {
  return ratio(residual, Math.max(norm, TINY), dim);
}

function allFinite(...xs: (Matrix | Float64Array | number)[]): boolean {
  for (const x of xs) {
    if (typeof x === "number") {
      if (!Number.isFinite(x)) return false;
    } else {
      for (const v of x instanceof Matrix ? x.data : x) if (!Number.isFinite(v)) return false;
    }
  }
  return true;
}

/** max |x − y| / max(max|y|, floor): a relative distance for arrays whose content should agree. */
function relDiff(x: ArrayLike<number>, y: ArrayLike<number>, floor = TINY): number {
  expect(x.length).toBe(y.length);
  let d = 0,
    big = floor;
  for (let i = 0; i < y.length; i++) {
    d = Math.max(d, Math.abs(x[i]! - y[i]!));
    big = Math.max(big, Math.abs(y[i]!));
  }
  return d / big;
}

const data = (x: Matrix | Float64Array) => (x instanceof Matrix ? x.data : x);

// ---------------------------------------------------------------------------------------------
// Scaling by a power of two is exact, so f(2ᵏA) must equal the scaled f(A) to rounding: every routine
// that scales internally (or should) passes, and any that forms squares or products naively overflows
// or underflows. 2^±560 ≈ 1e±169 is where naive sums of squares die; 2^±1000 goes further still.

const POW2 = [2 ** -1000, 2 ** -560, 2 ** 560, 2 ** 1000];
/** Well-separated, well-conditioned bases (so 1/σ_min at 2^±1000 is still representable). */
function bases(m: number, n: number): {name: string; A: Matrix}[] {
  const keep = new Set(["identity", "UDVᵀ evenly", "random uniform"]);
  return matrixTypes(m, n, 9).filter(
    (t) => keep.has(t.name) || t.name.startsWith("rank-deficient")
  );
}
const TOL = 64 * EPS;
/** Bases whose factors (Q, R, L, U, A⁻¹, log|det|) are well determined, so equivariance of the factors is a fair demand. */
const wellConditioned = (name: string) => name === "identity" || name === "random uniform";

describe("power-of-two scale equivariance: f(αA) = (scaled) f(A) for α = 2^±560, 2^±1000", () => {
  for (const [m, n] of [
    [1, 1],
    [3, 2],
    [2, 3],
    [10, 10],
    [16, 30],
    [40, 16],
    [90, 12]
  ] as [number, number][]) {
    for (const {name, A} of bases(m, n)) {
      const label = `${m}×${n} ${name}`;
      it(`${label}: svd, norms, cond, matrixRank, pinv, projector`, () => {
        const s0 = L.svd(A, {computeUV: false}).s;
        const p0 = L.pinv(A),
          P0 = L.projector(A),
          r0 = L.matrixRank(A);
        const k0 = L.cond(A);
        for (const alpha of POW2) {
          const As = scaled(A, alpha);
          const at = `${label} α=2^${Math.log2(alpha)}`;
          const {U, s, Vt} = L.svd(As);
          expect(allFinite(U, s, Vt), at).toBe(true);
          expect(
            relDiff(
              s.map((v) => v / alpha),
              s0
            ),
            at
          ).toBeLessThan(TOL);
          expect(
            lapackRatio(diffFro(As, mul(mul(U, L.diag(s)), Vt)), fro(As), Math.max(m, n)),
            at
          ).toBeLessThan(THRESHOLD);
          for (const ord of ["fro", "nuc", 2, 1, Infinity, -1, -Infinity] as const) {
            const v = L.norm(As, ord);
            expect(Number.isFinite(v), `${at} norm ${ord}`).toBe(true);
            const v0 = L.norm(A, ord);
            expect(Math.abs(v / alpha - v0), `${at} norm ${ord}`).toBeLessThanOrEqual(TOL * v0);
          }
          // κ is only scale-invariant while σ_min·α stays a normal number (else it is rounded to a few bits).
          if (Math.min(m, n) > 0 && s0[s0.length - 1]! * alpha >= TINY / EPS) {
            expect(Math.abs(L.cond(As) - k0), `${at} cond`).toBeLessThanOrEqual(1e-8 * k0);
          }
          expect(L.matrixRank(As), `${at} rank`).toBe(r0);
          const p = L.pinv(As);
          expect(allFinite(p), `${at} pinv finite`).toBe(true);
          expect(
            relDiff(
              p.data.map((v) => v * alpha),
              p0.data
            ),
            `${at} pinv`
          ).toBeLessThan(1e-10);
          expect(relDiff(L.projector(As).data, P0.data, 1), `${at} projector`).toBeLessThan(TOL);
        }
      });

      it(`${label}: qr, lu, lstsq (qr, svd; normal throws a LinAlgError or is accurate)`, () => {
        const q0 = L.qr(A),
          l0 = L.lu(A);
        const rng = testRng(m * 100 + n);
        const b = Float64Array.from({length: m}, () => rng.uniform());
        const x0 = {qr: L.lstsq(A, b).x, svd: L.lstsq(A, b, {method: "svd"}).x};
        for (const alpha of POW2) {
          const As = scaled(A, alpha),
            bs = b.map((v) => v * alpha);
          const at = `${label} α=2^${Math.log2(alpha)}`;
          const q = L.qr(As);
          expect(allFinite(q.Q, q.R), at).toBe(true);
          expect(
            lapackRatio(diffFro(mul(q.Q, q.R), As), fro(As), m),
            `${at} qr residual`
          ).toBeLessThan(THRESHOLD);
          expect(orthoDefect(q.Q) / (m * EPS), `${at} qr Q`).toBeLessThan(THRESHOLD);
          const f = L.lu(As);
          expect(allFinite(f.L, f.U), at).toBe(true);
          expect(
            lapackRatio(diffFro(mul(f.P, mul(f.L, f.U)), As), fro(As), m),
            `${at} lu residual`
          ).toBeLessThan(THRESHOLD);
          // The factors themselves are scale-equivariant where they are well determined (κ modest).
          if (wellConditioned(name)) {
            expect(relDiff(q.Q.data, q0.Q.data, 1), `${at} Q`).toBeLessThan(1e-11);
            expect(
              relDiff(
                q.R.data.map((v) => v / alpha),
                q0.R.data
              ),
              `${at} R`
            ).toBeLessThan(1e-11);
            expect(f.P.toArray(), `${at} P`).toEqual(l0.P.toArray());
            expect(relDiff(f.L.data, l0.L.data, 1), `${at} L`).toBeLessThan(1e-11);
            expect(
              relDiff(
                f.U.data.map((v) => v / alpha),
                l0.U.data
              ),
              `${at} U`
            ).toBeLessThan(1e-11);
          }
          for (const method of ["qr", "svd"] as const) {
            const r = L.lstsq(As, bs, {method});
            expect(relDiff(r.x, x0[method], 1), `${at} lstsq ${method}`).toBeLessThan(1e-10);
          }
          // At 2^±560 and beyond AᵀA leaves the range: a typed error, never a wrong answer.
          let xn: Float64Array | null = null;
          try {
            xn = L.lstsq(As, bs, {method: "normal"}).x;
          } catch (e) {
            expect(e, `${at} lstsq normal`).toBeInstanceOf(LinAlgError);
          }
          if (xn && wellConditioned(name))
            expect(relDiff(xn, x0.svd, 1), `${at} lstsq normal`).toBeLessThan(1e-8);
          else if (xn) expect(allFinite(xn), `${at} lstsq normal`).toBe(true);
        }
      });
    }
  }

  for (const n of [1, 2, 10, 30]) {
    for (const {name, A} of bases(n, n)) {
      it(`${n}×${n} ${name}: solve, inv, slogdet, eig, hessenberg`, () => {
        const illDetermined = !wellConditioned(name);
        const e0 = L.eigvals(A);
        const d0 = L.slogdet(A);
        const rng = testRng(n);
        const b = Float64Array.from({length: n}, () => rng.uniform());
        const x0 = illDetermined ? null : L.solve(A, b);
        const i0 = illDetermined ? null : L.inv(A);
        for (const alpha of POW2) {
          const As = scaled(A, alpha);
          const at = `${n}×${n} ${name} α=2^${Math.log2(alpha)}`;
          const e = L.eig(As);
          expect(allFinite(e.re, e.im, e.vectorsRe, e.vectorsIm), at).toBe(true);
          expect(
            relDiff(
              e.re.map((v) => v / alpha),
              e0.re,
              1
            ),
            `${at} eig re`
          ).toBeLessThan(1e-12);
          expect(
            relDiff(
              e.im.map((v) => v / alpha),
              e0.im,
              1
            ),
            `${at} eig im`
          ).toBeLessThan(1e-12);
          const {H, Q} = L.hessenberg(As);
          expect(allFinite(H, Q), at).toBe(true);
          expect(
            lapackRatio(diffFro(As, mul(mul(Q, H), Q.T)), fro(As), n),
            `${at} hessenberg`
          ).toBeLessThan(THRESHOLD);
          expect(orthoDefect(Q) / (n * EPS), `${at} hessenberg Q`).toBeLessThan(THRESHOLD);
          const d = L.slogdet(As);
          if (illDetermined) continue;
          expect(d.sign, at).toBe(d0.sign);
          expect(
            Math.abs(d.logabsdet - n * Math.log(alpha) - d0.logabsdet),
            `${at} slogdet`
          ).toBeLessThan(1e-12 * Math.max(1, n * Math.abs(Math.log(alpha))));
          expect(
            relDiff(
              L.solve(
                As,
                b.map((v) => v * alpha)
              ),
              x0!,
              1
            ),
            `${at} solve`
          ).toBeLessThan(1e-11);
          expect(
            relDiff(
              L.inv(As).data.map((v) => v * alpha),
              i0!.data
            ),
            `${at} inv`
          ).toBeLessThan(1e-11);
        }
      });
    }
  }

  for (const n of [1, 3, 10, 30]) {
    for (const {name, A} of symmetricTypes(n, 4).filter((t) => !/×|near|zero/.test(t.name))) {
      it(`${n}×${n} symmetric ${name}: eigh and cholesky of AᵀA + I`, () => {
        const v0 = L.eigvalsh(A);
        const G = L.add(mul(A.T, A), L.eye(n));
        const c0 = L.cholesky(G);
        for (const alpha of POW2) {
          const at = `${n}×${n} ${name} α=2^${Math.log2(alpha)}`;
          const As = scaled(A, alpha);
          const {values, vectors} = L.eigh(As);
          expect(allFinite(values, vectors), at).toBe(true);
          expect(
            relDiff(
              values.map((v) => v / alpha),
              v0,
              1
            ),
            `${at} eigh`
          ).toBeLessThan(TOL);
          expect(
            lapackRatio(diffFro(mul(As, vectors), mul(vectors, L.diag(values))), fro(As), n),
            `${at} eigh residual`
          ).toBeLessThan(THRESHOLD);
          // α² would leave the range at 2^±1000; 2^±500 squared is 2^±1000 (normal).
          const beta = alpha > 1 ? 2 ** 500 : 2 ** -500;
          const c = L.cholesky(scaled(G, beta * beta));
          expect(
            relDiff(
              c.data.map((v) => v / beta),
              c0.data
            ),
            `${at} cholesky`
          ).toBeLessThan(TOL);
        }
      });
    }
  }

  it("vector norms of every order at 2^±560 and 2^±1000", () => {
    const rng = testRng(77);
    const x = Float64Array.from({length: 17}, () => rng.uniform());
    for (const ord of [2, 1, 3, 0.5, 1.5, -1, -2.5, Infinity, -Infinity, 0]) {
      const v0 = L.norm(x, ord);
      for (const alpha of POW2) {
        const v = L.norm(
          x.map((t) => t * alpha),
          ord
        );
        const expected = ord === 0 ? v0 : v0 * alpha;
        expect(Math.abs(v - expected), `ord ${ord} α=2^${Math.log2(alpha)}`).toBeLessThanOrEqual(
          TOL * expected
        );
      }
    }
    expect(L.scaledNorm2(x.map((t) => t * 2 ** 1000)) / 2 ** 1000).toBeCloseTo(L.norm(x), 12);
  });
});

// ---------------------------------------------------------------------------------------------
// Every family and shape: finite output and the LAPACK ratio for the routines whose owners' tests
// do not sweep the full table (lu, hessenberg, projector, pinv, lstsq "normal").

describe("every LAPACK family and shape: finite output, ratios below 30", () => {
  for (const [m, n] of SHAPES) {
    it(`${m}×${n}: lu, qr (complete), svd (full), projector, pinv`, () => {
      for (const {name, A} of matrixTypes(m, n, 5)) {
        const at = `${m}×${n} ${name}`;
        const nA = fro(A),
          dim = Math.max(m, n);
        const {P, L: Lf, U} = L.lu(A);
        expect(allFinite(P, Lf, U), at).toBe(true);
        expect(lapackRatio(diffFro(mul(P, mul(Lf, U)), A), nA, dim), `${at} lu`).toBeLessThan(
          THRESHOLD
        );
        for (const v of Lf.data) expect(Math.abs(v), `${at} |l_ij| ≤ 1`).toBeLessThanOrEqual(1);
        const {Q, R} = L.qr(A, {mode: "complete"});
        expect(allFinite(Q, R), at).toBe(true);
        expect(lapackRatio(diffFro(mul(Q, R), A), nA, m), `${at} qr complete`).toBeLessThan(
          THRESHOLD
        );
        expect(orthoDefect(Q) / (m * EPS), `${at} qr complete Q`).toBeLessThan(THRESHOLD);
        const f = L.svd(A, {fullMatrices: true});
        expect(allFinite(f.U, f.s, f.Vt), at).toBe(true);
        expect(orthoDefect(f.U) / (m * EPS), `${at} svd full U`).toBeLessThan(THRESHOLD);
        expect(orthoDefect(f.Vt) / (n * EPS), `${at} svd full Vt`).toBeLessThan(THRESHOLD);
        // Values-only may take a different iteration path (as LAPACK's does): agreement to rounding, not bits.
        const sv = L.svd(A, {computeUV: false}).s;
        for (let i = 0; i < sv.length; i++)
          expect(Math.abs(sv[i]! - f.s[i]!), `${at} computeUV false`).toBeLessThanOrEqual(
            30 * dim * EPS * Math.max(f.s[0]!, TINY)
          );
        const Pr = L.projector(A);
        expect(allFinite(Pr), at).toBe(true);
        expect(
          lapackRatio(diffFro(mul(Pr, Pr), Pr), 1, m),
          `${at} projector idempotent`
        ).toBeLessThan(THRESHOLD);
        expect(lapackRatio(diffFro(mul(Pr, A), A), nA, m), `${at} projector PA = A`).toBeLessThan(
          THRESHOLD
        );
        const pv = L.pinv(A);
        expect(allFinite(pv), at).toBe(true);
      }
    });
  }

  it(
    "blocked code paths (QR and LU panels of 32, bidiagonalization from 48 columns): ratios on every family",
    {timeout: 60_000},
    () => {
      for (const [m, n] of [
        [70, 50],
        [50, 70],
        [97, 49]
      ] as [number, number][]) {
        for (const {name, A} of matrixTypes(m, n, 12)) {
          const at = `${m}×${n} ${name}`;
          const nA = fro(A),
            dim = Math.max(m, n);
          const q = L.qr(A);
          expect(lapackRatio(diffFro(mul(q.Q, q.R), A), nA, m), `${at} qr`).toBeLessThan(THRESHOLD);
          expect(orthoDefect(q.Q) / (m * EPS), `${at} qr Q`).toBeLessThan(THRESHOLD);
          const f = L.lu(A);
          expect(
            lapackRatio(diffFro(mul(f.P, mul(f.L, f.U)), A), nA, dim),
            `${at} lu`
          ).toBeLessThan(THRESHOLD);
          const {U, s, Vt} = L.svd(A);
          expect(
            lapackRatio(diffFro(mul(mul(U, L.diag(s)), Vt), A), nA, dim),
            `${at} svd`
          ).toBeLessThan(THRESHOLD);
          expect(orthoDefect(U) / (m * EPS), `${at} svd U`).toBeLessThan(THRESHOLD);
          expect(orthoDefect(Vt.T) / (n * EPS), `${at} svd V`).toBeLessThan(THRESHOLD);
          const sv = L.svd(A, {computeUV: false}).s;
          for (let i = 0; i < sv.length; i++)
            expect(Math.abs(sv[i]! - s[i]!), `${at} values only`).toBeLessThanOrEqual(
              30 * dim * EPS * Math.max(s[0]!, TINY)
            );
        }
      }
      for (const {name, A} of symmetricTypes(50, 12)) {
        const {values, vectors} = L.eigh(A);
        expect(
          lapackRatio(diffFro(mul(A, vectors), mul(vectors, L.diag(values))), fro(A), 50),
          `50×50 ${name} eigh`
        ).toBeLessThan(THRESHOLD);
        expect(orthoDefect(vectors) / (50 * EPS), `50×50 ${name} eigh vectors`).toBeLessThan(
          THRESHOLD
        );
      }
    }
  );

  it("lstsq normal: on every family either a LinAlgError or a finite answer with a small residual gradient", () => {
    for (const [m, n] of SHAPES) {
      for (const {name, A} of matrixTypes(m, n, 6)) {
        const b = randomMatrix(m, 1, testRng(m + n)).data.map((v) => v * (fro(A) || 1));
        let r: L.LstsqResult<Float64Array> | null = null;
        try {
          r = L.lstsq(A, b, {method: "normal"});
        } catch (e) {
          expect(e, `${m}×${n} ${name}`).toBeInstanceOf(LinAlgError);
        }
        if (r) expect(allFinite(r.x, r.s), `${m}×${n} ${name}`).toBe(true);
      }
    }
  });

  it("eigh and eig on every symmetric family (n = 1, 7, 30): finite, agree with each other", () => {
    for (const n of [1, 7, 30]) {
      for (const {name, A} of symmetricTypes(n, 6)) {
        const at = `${n}×${n} ${name}`;
        const h = L.eigh(A),
          e = L.eig(A);
        expect(allFinite(h.values, h.vectors, e.re, e.im, e.vectorsRe, e.vectorsIm), at).toBe(true);
        const nA = fro(A);
        expect(
          lapackRatio(diffFro(mul(A, h.vectors), mul(h.vectors, L.diag(h.values))), nA, n),
          `${at} eigh`
        ).toBeLessThan(THRESHOLD);
        // eig on a symmetric matrix: real spectrum (to rounding) equal to eigh's.
        for (const v of e.im)
          expect(Math.abs(v), at).toBeLessThanOrEqual(100 * n * EPS * Math.max(nA, TINY));
        const re = Float64Array.from(e.re).sort();
        for (let k = 0; k < n; k++)
          expect(Math.abs(re[k]! - h.values[k]!), at).toBeLessThanOrEqual(
            100 * n * EPS * Math.max(nA, TINY)
          );
      }
    }
  });

  it("square solvers on every family (singular ones included) and every cond order: typed errors or finite values, never NaN", () => {
    for (const n of [1, 2, 10, 30]) {
      for (const {name, A} of matrixTypes(n, n, 8)) {
        const at = `${n}×${n} ${name}`;
        const b = Float64Array.from({length: n}, (_, i) => (i % 3) - 1 + 0.5);
        const d = L.det(A),
          sd = L.slogdet(A);
        expect(Number.isNaN(d), `${at} det`).toBe(false);
        expect([-1, 0, 1], `${at} slogdet sign`).toContain(sd.sign);
        expect(Number.isNaN(sd.logabsdet) || sd.logabsdet === Infinity, `${at} logabsdet`).toBe(
          false
        );
        if (sd.sign === 0) expect(sd.logabsdet, at).toBe(-Infinity);
        if (d !== 0 && Number.isFinite(d)) expect(Math.sign(d), `${at} sign`).toBe(sd.sign);
        for (const f of [() => L.solve(A, b), () => L.inv(A)]) {
          try {
            const x = f();
            expect(
              x instanceof Matrix ? x.data.some(Number.isNaN) : x.some(Number.isNaN),
              `${at} NaN`
            ).toBe(false);
          } catch (e) {
            expect(e, at).toBeInstanceOf(L.SingularMatrixError);
          }
        }
        for (const ord of [2, -2, "fro", "nuc", 1, -1, Infinity, -Infinity] as const) {
          const k = L.cond(A, ord);
          expect(Number.isNaN(k), `${at} cond ${ord}`).toBe(false);
          // NumPy maps 0/0 to Infinity for every order, −2 included (the zero matrix).
          if (ord === -2)
            expect(k === Infinity ? name : k <= 1, `${at} cond ${ord}`).toBe(
              k === Infinity ? "zero" : true
            );
          else if (ord !== -1 && ord !== -Infinity)
            expect(k, `${at} cond ${ord}`).toBeGreaterThanOrEqual(1 - 1e-12);
        }
        if (name === "zero") {
          expect(d).toBe(0);
          expect(L.cond(A)).toBe(Infinity);
          expect(() => L.inv(A)).toThrow(L.SingularMatrixError);
        }
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Hard cases for the iterations: each must finish (the vitest timeout is the hang detector) and
// either succeed with finite output and a small backward error, or throw ConvergenceError. Never NaN.

function square(n: number, f: (i: number, j: number) => number): Matrix {
  const A = new Matrix(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) A.data[i * n + j] = f(i, j);
  return A;
}

function polyFromRoots(roots: number[]): number[] {
  let c = [1];
  for (const r of roots) {
    const next = new Array<number>(c.length + 1).fill(0);
    for (let k = 0; k < c.length; k++) {
      next[k]! += c[k]!;
      next[k + 1]! -= r * c[k]!;
    }
    c = next;
  }
  return c;
}

const HARD: [string, Matrix][] = (() => {
  const out: [string, Matrix][] = [];
  for (const n of [2, 3, 4, 5, 8, 13])
    out.push([
      `cyclic permutation ${n} (roots of unity; stalls unshifted QR)`,
      square(n, (i, j) => (i === (j + 1) % n ? 1 : 0))
    ]);
  out.push([
    "Wilkinson W21+ (pairs agreeing to 1e-14)",
    square(21, (i, j) => (i === j ? Math.abs(10 - i) : Math.abs(i - j) === 1 ? 1 : 0))
  ]);
  out.push([
    "Wilkinson W21−",
    square(21, (i, j) => (i === j ? 10 - i : Math.abs(i - j) === 1 ? 1 : 0))
  ]);
  out.push([
    "glued Wilkinson (W21+ blocks joined by 1e-14)",
    square(42, (i, j) => {
      const bi = Math.floor(i / 21),
        bj = Math.floor(j / 21),
        ii = i % 21;
      if (i === j) return Math.abs(10 - ii);
      if (Math.abs(i - j) === 1) return bi === bj ? 1 : 1e-14;
      return 0;
    })
  ]);
  out.push([
    "Frank 12 (ill-conditioned eigenvalues)",
    square(12, (i, j) => (j >= i - 1 ? 12 - Math.max(i, j) : 0))
  ]);
  out.push([
    "Grcar 20 (highly non-normal)",
    square(20, (i, j) => (j === i - 1 ? -1 : j >= i && j <= i + 3 ? 1 : 0))
  ]);
  out.push([
    "Jordan block 30 (defective)",
    square(30, (i, j) => (i === j ? 2 : j === i + 1 ? 1 : 0))
  ]);
  out.push(["nilpotent shift 20", square(20, (i, j) => (j === i + 1 ? 1 : 0))]);
  out.push([
    "Kahan 20 (graded triangular)",
    square(20, (i, j) => (j < i ? 0 : Math.sin(1.2) ** i * (i === j ? 1 : -Math.cos(1.2))))
  ]);
  out.push([
    "graded 10^(10(i+j)−150)",
    square(16, (i, j) => 10 ** (10 * (i + j) - 150) * (1 + ((i * 7 + j * 3) % 5) / 10))
  ]);
  out.push([
    "graded 10^(8(i−j))",
    square(16, (i, j) => 10 ** (8 * (i - j)) * (((i + 2 * j) % 3) - 0.5))
  ]);
  out.push([
    "subnormal diagonal with 1",
    square(4, (i, j) => (i === j ? [1, 5e-324, 1e-310, 2e-320][i]! : 0))
  ]);
  out.push([
    "all entries subnormal (multiples of 2^-1074)",
    square(5, (i, j) => 5e-324 * ((i * 3 + j) % 7))
  ]);
  out.push(["all entries subnormal (~1e-310)", square(5, (i, j) => 1e-310 * ((i * 3 + j) % 7))]);
  out.push([
    "1 and subnormal noise",
    square(5, (i, j) => (i === 0 && j === 0 ? 1 : 1e-315 * (((i + j) % 3) - 1)))
  ]);
  out.push([
    "Q diag(1e300, 1e-300, 1, 1e150, 1e-150) Qᵀ",
    (() => {
      const Q = L.qr(randomMatrix(5, 5, testRng(2))).Q;
      return mul(mul(Q, L.diag([1e300, 1e-300, 1, 1e150, 1e-150])), Q.T);
    })()
  ]);
  out.push([
    "clustered I + 1e-15·R",
    (() => {
      const R = randomMatrix(20, 20, testRng(3));
      return square(20, (i, j) => (i === j ? 1 : 0) + 1e-15 * R.data[i * 20 + j]!);
    })()
  ]);
  out.push([
    "clustered symmetric I + 1e-15·(R + Rᵀ)",
    (() => {
      const R = randomMatrix(20, 20, testRng(3));
      return square(
        20,
        (i, j) => (i === j ? 1 : 0) + 1e-15 * (R.data[i * 20 + j]! + R.data[j * 20 + i]!)
      );
    })()
  ]);
  out.push(["ones 30 (rank one, eigenvalue 0 of multiplicity 29)", square(30, () => 1)]);
  out.push(["Hilbert 14", square(14, (i, j) => 1 / (i + j + 1))]);
  out.push([
    "tridiag(−1, 2, −1) 60",
    square(60, (i, j) => (i === j ? 2 : Math.abs(i - j) === 1 ? -1 : 0))
  ]);
  const c = polyFromRoots(Array.from({length: 20}, (_, k) => k + 1));
  out.push([
    "companion of Wilkinson's polynomial (roots 1..20)",
    square(20, (i, j) => (i === 0 ? -c[j + 1]! : j === i - 1 ? 1 : 0))
  ]);
  out.push([
    "4-cycle with a 1e-8 coupling (Day-style shift stagnation)",
    Matrix.from([
      [0, 1, 0, 0],
      [1, 0, 1e-8, 0],
      [0, -1e-8, 0, 1],
      [0, 0, 1, 0]
    ])
  ]);
  out.push([
    "bidiagonal with diagonal 10^(−30i)",
    square(10, (i, j) => (i === j ? 10 ** (-30 * i) : j === i + 1 ? 1 : 0))
  ]);
  out.push(["arrowhead 30", square(30, (i, j) => (i === j ? i : i === 0 || j === 0 ? 1e3 : 0))]);
  out.push([
    "rotation by π/2 ⊕ 1 blocks (pure imaginary pairs)",
    square(6, (i, j) => (i % 2 === 0 && j === i + 1 ? -1 : i % 2 === 1 && j === i - 1 ? 1 : 0))
  ]);
  return out;
})();

describe("hard matrices: every iteration terminates, with a small backward error or a ConvergenceError", () => {
  for (const [name, A] of HARD) {
    const n = A.rows,
      nA = fro(A);
    it(name, {timeout: 30_000}, () => {
      const outcome = (f: () => void) => {
        try {
          f();
        } catch (e) {
          expect(e, name).toBeInstanceOf(ConvergenceError);
        }
      };
      outcome(() => {
        const r = L.eig(A);
        expect(allFinite(r.re, r.im, r.vectorsRe, r.vectorsIm), `${name} eig`).toBe(true);
        const AVr = mul(A, r.vectorsRe),
          AVi = mul(A, r.vectorsIm);
        const E = new Float64Array(2 * n * n);
        for (let i = 0; i < n; i++) {
          for (let k = 0; k < n; k++) {
            const vr = r.vectorsRe.data[i * n + k]!,
              vi = r.vectorsIm.data[i * n + k]!;
            E[2 * (i * n + k)] = AVr.data[i * n + k]! - (r.re[k]! * vr - r.im[k]! * vi);
            E[2 * (i * n + k) + 1] = AVi.data[i * n + k]! - (r.re[k]! * vi + r.im[k]! * vr);
          }
        }
        expect(lapackRatio(fro(E), nA, n), `${name} eig residual`).toBeLessThan(THRESHOLD);
        for (let k = 0; k < n; k++) {
          const c = fro([...r.vectorsRe.col(k), ...r.vectorsIm.col(k)]);
          expect(Math.abs(c - 1), `${name} eig unit vectors`).toBeLessThan(1e-12);
        }
      });
      outcome(() => {
        // eigh reads the lower triangle: its residual is against the symmetrized matrix.
        const S = square(n, (i, j) => (i >= j ? A.data[i * n + j]! : A.data[j * n + i]!));
        const {values, vectors} = L.eigh(A);
        expect(allFinite(values, vectors), `${name} eigh`).toBe(true);
        expect(
          lapackRatio(diffFro(mul(S, vectors), mul(vectors, L.diag(values))), fro(S), n),
          `${name} eigh residual`
        ).toBeLessThan(THRESHOLD);
        expect(orthoDefect(vectors) / (n * EPS), `${name} eigh orthogonality`).toBeLessThan(
          THRESHOLD
        );
        for (let k = 1; k < n; k++) expect(values[k]!).toBeGreaterThanOrEqual(values[k - 1]!);
      });
      outcome(() => {
        const {U, s, Vt} = L.svd(A);
        expect(allFinite(U, s, Vt), `${name} svd`).toBe(true);
        expect(
          lapackRatio(diffFro(A, mul(mul(U, L.diag(s)), Vt)), nA, n),
          `${name} svd residual`
        ).toBeLessThan(THRESHOLD);
        expect(orthoDefect(U) / (n * EPS), `${name} svd U`).toBeLessThan(THRESHOLD);
        expect(orthoDefect(Vt.T) / (n * EPS), `${name} svd V`).toBeLessThan(THRESHOLD);
        for (let k = 1; k < n; k++) expect(s[k]!).toBeLessThanOrEqual(s[k - 1]!);
        expect(s[n - 1]!).toBeGreaterThanOrEqual(0);
      });
      const {Q, R} = L.qr(A);
      expect(allFinite(Q, R), `${name} qr`).toBe(true);
      expect(lapackRatio(diffFro(mul(Q, R), A), nA, n), `${name} qr residual`).toBeLessThan(
        THRESHOLD
      );
      for (const v of [L.norm(A, 2), L.norm(A, "nuc"), L.norm(A), L.matrixRank(A)])
        expect(Number.isFinite(v), name).toBe(true);
      expect(Number.isNaN(L.cond(A)), `${name} cond`).toBe(false);
    });
  }

  it("eig with an iteration bound too small either succeeds or throws ConvergenceError, never NaN", () => {
    for (const [name, A] of HARD) {
      for (const maxIterations of [0, 1, 3]) {
        for (const balance of [true, false]) {
          try {
            const r = L.eig(A, {maxIterations, balance});
            expect(
              allFinite(r.re, r.im, r.vectorsRe, r.vectorsIm),
              `${name} (${maxIterations})`
            ).toBe(true);
          } catch (e) {
            expect(e, `${name} (${maxIterations})`).toBeInstanceOf(ConvergenceError);
            expect((e as ConvergenceError).iterations).toBe(maxIterations);
          }
        }
      }
    }
  });
});
