// Property tests across routines (fast-check): algebraic identities that tie the factorizations, solvers, norms and calculus together.
import {describe, expect, it} from "vitest";
import fc from "fast-check";
import * as L from "../../src/linalg/index.js";
import {Matrix} from "../../src/linalg/index.js";
import * as C from "../../src/calculus/index.js";
import {EPS, diffFro, fro, mul, orthoDefect, randomOrthogonal, testRng} from "./generators.js";

const RUNS = {numRuns: Number(process.env.AUDIT_RUNS ?? 150)};

/**
 * An m×n matrix of dyadic entries i/2²⁰ in [−1, 1] (zeros occur and shrink well), times 2^k. Subnormal and
 * −0 entries are left to robustness.test.ts: with them, 1/σ overflows and products underflow by necessity.
 */
function arbMatrix(
  m: fc.Arbitrary<number>,
  n: fc.Arbitrary<number>,
  maxExp = 4
): fc.Arbitrary<Matrix> {
  const entry = fc.integer({min: -(2 ** 20), max: 2 ** 20}).map((i) => i / 2 ** 20);
  return fc.tuple(m, n).chain(([r, c]) =>
    fc
      .tuple(
        fc.array(entry, {minLength: r * c, maxLength: r * c}),
        fc.integer({min: -maxExp, max: maxExp})
      )
      .map(
        ([d, k]) =>
          new Matrix(
            r,
            c,
            Float64Array.from(d, (x) => x * 2 ** k)
          )
      )
  );
}
const dim = (lo: number, hi: number) => fc.integer({min: lo, max: hi});
const arbSquare = (lo = 1, hi = 7) =>
  dim(lo, hi).chain((n) => arbMatrix(fc.constant(n), fc.constant(n)));
/** Two n×n matrices of one order. */
const arbSquarePair = dim(1, 6).chain((n) =>
  fc.tuple(arbMatrix(fc.constant(n), fc.constant(n)), arbMatrix(fc.constant(n), fc.constant(n)))
);
/** A rank-r product (m×r)(r×n): rank-deficient whenever r < min(m, n). */
const arbLowRank = fc
  .tuple(dim(1, 7), dim(1, 7), dim(1, 4))
  .chain(([m, n, r]) =>
    fc
      .tuple(
        arbMatrix(fc.constant(m), fc.constant(r), 0),
        arbMatrix(fc.constant(r), fc.constant(n), 0)
      )
      .map(([X, Y]) => ({A: mul(X, Y), r: Math.min(r, m, n)}))
  );

const kappa = (A: Matrix) => L.cond(A);
const sortAsc = (x: ArrayLike<number>) => Float64Array.from(x).sort();

describe("determinants", () => {
  it("det(AB) = det(A)·det(B), with signs", () => {
    fc.assert(
      fc.property(arbSquarePair, ([A, B]) => {
        const kA = kappa(A),
          kB = kappa(B);
        fc.pre(kA < 1e6 && kB < 1e6);
        const n = A.rows;
        const AB = L.matmul(A, B);
        const lhs = L.det(AB),
          rhs = L.det(A) * L.det(B);
        // Each determinant is accurate to about n·ε·κ relatively; forming AB costs up to ε·κ(A)κ(B) more.
        expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(
          100 * n * EPS * (kA + kB + kA * kB) * Math.abs(rhs)
        );
      }),
      RUNS
    );
  });

  it("slogdet agrees with det: sign·exp(logabsdet) = det, and log|det(AB)| = log|det A| + log|det B|", () => {
    fc.assert(
      fc.property(arbSquarePair, ([A, B]) => {
        const d = L.det(A),
          s = L.slogdet(A);
        expect(s.sign).toBe(Math.sign(d));
        if (d !== 0)
          expect(Math.abs(s.sign * Math.exp(s.logabsdet) - d)).toBeLessThanOrEqual(
            1e-13 * A.rows * Math.abs(d)
          );
        const kA = kappa(A),
          kB = kappa(B);
        fc.pre(kA < 1e6 && kB < 1e6);
        const sAB = L.slogdet(L.matmul(A, B)),
          sB = L.slogdet(B);
        expect(sAB.sign).toBe(s.sign * sB.sign);
        expect(Math.abs(sAB.logabsdet - s.logabsdet - sB.logabsdet)).toBeLessThanOrEqual(
          100 * A.rows * EPS * (kA + kB + kA * kB)
        );
      }),
      RUNS
    );
  });

  it("det(Aᵀ) = det(A), det(αA) = αⁿ det(A) for α a power of 2, det(A⁻¹) = 1/det(A)", () => {
    fc.assert(
      fc.property(arbSquare(), fc.integer({min: -20, max: 20}), (A, k) => {
        const n = A.rows,
          d = L.det(A);
        fc.pre(d !== 0 && kappa(A) < 1e8);
        const tol = 100 * n * EPS * kappa(A) * Math.abs(d);
        expect(Math.abs(L.det(A.T) - d)).toBeLessThanOrEqual(tol);
        expect(L.det(L.scale(2 ** k, A))).toBe(d * 2 ** (k * n));
        expect(Math.abs(L.det(L.inv(A)) * d - 1)).toBeLessThanOrEqual(100 * n * EPS * kappa(A));
      }),
      RUNS
    );
  });
});

describe("inverses and solves", () => {
  it("inv(inv(A)) ≈ A, A·inv(A) ≈ I, solve(A, b) = inv(A)·b", () => {
    fc.assert(
      fc.property(arbSquare(), (A) => {
        const k = kappa(A);
        fc.pre(k < 1e5);
        const n = A.rows;
        const Ai = L.inv(A);
        expect(diffFro(L.inv(Ai), A)).toBeLessThanOrEqual(100 * n * k * k * EPS * fro(A));
        expect(diffFro(mul(A, Ai), L.eye(n))).toBeLessThanOrEqual(100 * n * k * EPS);
        const b = A.col(0).map((v, i) => v + i);
        const x = L.solve(A, b),
          y = L.matvec(Ai, b);
        expect(fro(L.vsub(x, y))).toBeLessThanOrEqual(100 * n * k * EPS * Math.max(fro(x), 1e-300));
      }),
      RUNS
    );
  });

  it("solve has a small backward error: ‖b − Ax‖ ≤ c·n·ε·‖A‖‖x‖ (any κ)", () => {
    fc.assert(
      fc.property(arbSquare(), (A) => {
        const n = A.rows;
        fc.pre(L.det(A) !== 0);
        const b = Float64Array.from({length: n}, (_, i) => Math.cos(i + 1));
        let x: Float64Array;
        try {
          x = L.solve(A, b);
        } catch (e) {
          expect(e).toBeInstanceOf(L.SingularMatrixError);
          return;
        }
        fc.pre(x.every(Number.isFinite));
        const r = L.vsub(b, L.matvec(A, x));
        expect(fro(r)).toBeLessThanOrEqual(50 * n * EPS * (fro(A) * fro(x) + fro(b)));
      }),
      RUNS
    );
  });

  it("solveTriangular agrees with solve on the triangle it reads, for every option", () => {
    fc.assert(
      fc.property(
        arbSquare(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (A, lower, trans, unit) => {
          const n = A.rows;
          const T = new Matrix(n, n);
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < n; j++) {
              const keep = lower ? j < i : j > i;
              T.data[i * n + j] =
                i === j
                  ? unit
                    ? 1
                    : 2 + Math.abs(A.data[i * n + j]!)
                  : keep
                    ? A.data[i * n + j]!
                    : 0;
            }
          }
          // The library must ignore the other triangle (and, with unitDiagonal, the diagonal): fill them with junk.
          const J = T.clone();
          for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++)
              if ((lower ? j > i : j < i) || (unit && i === j)) J.data[i * n + j] = 7 + i - j;
          const b = Float64Array.from({length: n}, (_, i) => 1 - i / 3);
          const x = L.solveTriangular(J, b, {lower, trans, unitDiagonal: unit});
          const y = L.solve(trans ? T.T : T, b);
          expect(fro(L.vsub(x, y))).toBeLessThanOrEqual(
            1e3 * n * EPS * kappa(T) * Math.max(fro(y), 1e-300)
          );
        }
      ),
      RUNS
    );
  });
});

describe("pseudoinverse, rank, projector", () => {
  it("pinv satisfies the four Penrose conditions on rank-deficient products", () => {
    fc.assert(
      fc.property(arbLowRank, ({A}) => {
        const {s} = L.svd(A);
        const r = L.matrixRank(A);
        fc.pre(r > 0 && s[r - 1]! > 1e-6 * s[0]!);
        const X = L.pinv(A);
        const kr = s[0]! / s[r - 1]!;
        const tA = 100 * Math.max(A.rows, A.cols) * EPS * kr;
        expect(diffFro(mul(mul(A, X), A), A)).toBeLessThanOrEqual(tA * fro(A));
        expect(diffFro(mul(mul(X, A), X), X)).toBeLessThanOrEqual(tA * kr * fro(X));
        const AX = mul(A, X),
          XA = mul(X, A);
        expect(diffFro(AX, AX.T)).toBeLessThanOrEqual(tA * kr);
        expect(diffFro(XA, XA.T)).toBeLessThanOrEqual(tA * kr);
      }),
      RUNS
    );
  });

  it("rank: rank(AB) ≤ min(rank A, rank B), rank(Aᵀ) = rank(A), rank of an (m×r)(r×n) product is r", () => {
    const arbInt = (m: number, n: number) =>
      fc
        .array(fc.integer({min: -3, max: 3}), {minLength: m * n, maxLength: m * n})
        .map((d) => new Matrix(m, n, Float64Array.from(d)));
    fc.assert(
      fc.property(
        fc
          .tuple(dim(1, 6), dim(1, 6), dim(1, 6))
          .chain(([m, k, n]) => fc.tuple(arbInt(m, k), arbInt(k, n))),
        ([A, B]) => {
          const rA = L.matrixRank(A),
            rB = L.matrixRank(B);
          expect(L.matrixRank(mul(A, B))).toBeLessThanOrEqual(Math.min(rA, rB));
          expect(L.matrixRank(A.T)).toBe(rA);
          expect(rA).toBeLessThanOrEqual(Math.min(A.rows, A.cols));
        }
      ),
      RUNS
    );
    fc.assert(
      fc.property(arbLowRank, ({A, r}) => {
        const {s} = L.svd(A);
        // Generic factors give rank exactly r unless the product happens to be nearly deficient.
        fc.pre(s[r - 1]! > 1e-8 * s[0]!);
        expect(L.matrixRank(A)).toBe(r);
      }),
      RUNS
    );
  });

  it("projector: symmetric, idempotent, P·A = A, trace = rank, P = A·pinv(A), I − P projects onto null(Aᵀ)", () => {
    fc.assert(
      fc.property(arbLowRank, ({A}) => {
        const {s} = L.svd(A);
        const r = L.matrixRank(A);
        fc.pre(r > 0 && s[r - 1]! > 1e-6 * s[0]!);
        const P = L.projector(A);
        const m = A.rows,
          kr = s[0]! / s[r - 1]!;
        const t = 100 * m * EPS;
        expect(diffFro(P, P.T)).toBe(0);
        expect(diffFro(mul(P, P), P)).toBeLessThanOrEqual(t);
        expect(diffFro(mul(P, A), A)).toBeLessThanOrEqual(t * fro(A));
        expect(Math.abs(L.trace(P) - r)).toBeLessThanOrEqual(t);
        expect(diffFro(P, mul(A, L.pinv(A)))).toBeLessThanOrEqual(t * kr);
        const IP = L.sub(L.eye(m), P);
        expect(fro(mul(A.T, IP))).toBeLessThanOrEqual(t * fro(A));
      }),
      RUNS
    );
  });

  it("projector onto a full-column-rank A equals Q·Qᵀ from the reduced QR", () => {
    fc.assert(
      fc.property(
        dim(1, 8).chain((m) => arbMatrix(fc.constant(m), dim(1, m))),
        (A) => {
          fc.pre(kappa(A) < 1e6);
          const {Q} = L.qr(A);
          expect(diffFro(L.projector(A), mul(Q, Q.T))).toBeLessThanOrEqual(
            100 * A.rows * EPS * kappa(A)
          );
        }
      ),
      RUNS
    );
  });
});

describe("norms", () => {
  const ORDS = ["fro", "nuc", 2, 1, Infinity] as const;
  const arbPair = fc
    .tuple(dim(1, 6), dim(1, 6), dim(1, 6))
    .chain(([m, k, n]) =>
      fc.tuple(arbMatrix(fc.constant(m), fc.constant(k)), arbMatrix(fc.constant(k), fc.constant(n)))
    );

  it("submultiplicative: ‖AB‖ ≤ ‖A‖‖B‖ for fro, nuc, 2, 1, ∞; triangle inequality; ‖αA‖ = |α|‖A‖", () => {
    fc.assert(
      fc.property(arbPair, fc.double({min: -8, max: 8, noNaN: true}), ([A, B], alpha) => {
        const AB = mul(A, B);
        for (const ord of ORDS) {
          const nA = L.norm(A, ord),
            nB = L.norm(B, ord);
          expect(L.norm(AB, ord)).toBeLessThanOrEqual(nA * nB * (1 + 1e-13) + 1e-300);
          expect(
            Math.abs(L.norm(L.scale(alpha, A), ord) - Math.abs(alpha) * nA)
          ).toBeLessThanOrEqual(1e-13 * Math.abs(alpha) * nA + 1e-300);
          const C2 = L.scale(-0.5, A);
          expect(L.norm(L.add(A, C2), ord)).toBeLessThanOrEqual(
            (nA + L.norm(C2, ord)) * (1 + 1e-13) + 1e-300
          );
        }
      }),
      RUNS
    );
  });

  it("singular-value identities: ‖A‖₂ = σ₁, ‖A‖₋₂ = σ_min, ‖A‖_F² = Σσ², ‖A‖_* = Σσ; duality ‖A‖₁ = ‖Aᵀ‖∞; transposition", () => {
    fc.assert(
      fc.property(arbMatrix(dim(1, 7), dim(1, 7)), (A) => {
        const s = L.svd(A, {computeUV: false}).s;
        const nF = L.norm(A),
          r = Math.min(A.rows, A.cols);
        expect(L.norm(A, 2)).toBe(s[0]);
        expect(L.norm(A, -2)).toBe(s[s.length - 1]);
        expect(Math.abs(Math.hypot(...s) - nF)).toBeLessThanOrEqual(20 * s.length * EPS * nF);
        expect(L.norm(A, "nuc")).toBe(s.reduce((a, b) => a + b, 0));
        expect(L.norm(A, 1)).toBe(L.norm(A.T, Infinity));
        expect(L.norm(A, -1)).toBe(L.norm(A.T, -Infinity));
        // Singular values carry an absolute error of order ε·σ₁, whatever their size.
        for (const ord of ["fro", "nuc", 2, -2] as const) {
          expect(Math.abs(L.norm(A.T, ord) - L.norm(A, ord))).toBeLessThanOrEqual(
            20 * EPS * r * s[0]! * Math.max(A.rows, A.cols)
          );
        }
        // Standard equivalences.
        expect(L.norm(A, 2)).toBeLessThanOrEqual(nF * (1 + 1e-14));
        expect(nF).toBeLessThanOrEqual(Math.sqrt(r) * L.norm(A, 2) * (1 + 1e-14));
        expect(L.norm(A, 2)).toBeLessThanOrEqual(
          Math.sqrt(L.norm(A, 1) * L.norm(A, Infinity)) * (1 + 1e-14)
        );
        expect(L.norm(A, Infinity)).toBeLessThanOrEqual(
          Math.sqrt(A.cols) * L.norm(A, 2) * (1 + 1e-14)
        );
      }),
      RUNS
    );
  });

  it("orthogonal invariance: ‖QA‖ = ‖A‖ for fro, 2, nuc; ‖Ax‖₂ ≤ ‖A‖₂‖x‖₂", () => {
    fc.assert(
      fc.property(arbMatrix(dim(1, 7), dim(1, 7)), fc.integer({min: 1, max: 1e6}), (A, seed) => {
        const Q = randomOrthogonal(A.rows, testRng(seed));
        const QA = mul(Q, A);
        for (const ord of ["fro", 2, "nuc"] as const) {
          const v = L.norm(A, ord);
          expect(Math.abs(L.norm(QA, ord) - v)).toBeLessThanOrEqual(
            50 * A.rows * EPS * (v + 1e-300) * Math.max(A.cols, 1)
          );
        }
        const x = Float64Array.from({length: A.cols}, (_, i) => Math.sin(seed + i));
        expect(L.norm(L.matvec(A, x))).toBeLessThanOrEqual(
          L.norm(A, 2) * L.norm(x) * (1 + 1e-13) + 1e-300
        );
      }),
      RUNS
    );
  });

  it("cond: κ(A) ≥ 1, κ(A) = κ(A⁻¹) = κ(Aᵀ), κ(αA) = κ(A); the 1 and ∞ conditions bound κ₂ within n", () => {
    fc.assert(
      fc.property(arbSquare(), fc.double({min: 0.01, max: 100, noNaN: true}), (A, alpha) => {
        const k = L.cond(A);
        fc.pre(k < 1e8);
        const n = A.rows,
          tol = 100 * n * EPS * k * k;
        expect(k).toBeGreaterThanOrEqual(1 - 1e-14);
        expect(Math.abs(L.cond(L.inv(A)) - k)).toBeLessThanOrEqual(tol * k + 1e-12 * k);
        // σ_min carries an absolute error ~ε·σ₁, so κ₂ is known to a relative ~κε.
        expect(Math.abs(L.cond(A.T) - k)).toBeLessThanOrEqual(tol * k);
        expect(Math.abs(L.cond(L.scale(alpha, A)) - k)).toBeLessThanOrEqual(tol * k);
        expect(Math.abs(L.cond(A, -2) * k - 1)).toBeLessThanOrEqual(1e-14);
        for (const ord of [1, Infinity] as const) {
          const kp = L.cond(A, ord);
          expect(kp).toBeGreaterThanOrEqual((k / n) * (1 - 1e-8));
          expect(kp).toBeLessThanOrEqual(k * n * (1 + 1e-8));
        }
      }),
      RUNS
    );
  });
});

describe("factorizations against each other", () => {
  it("svd: s = √eig(AᵀA) (within ε‖A‖² absolute), and s(A) = s(Aᵀ)", () => {
    fc.assert(
      fc.property(arbMatrix(dim(1, 7), dim(1, 7)), (A) => {
        const s = L.svd(A, {computeUV: false}).s;
        const G = mul(A.T, A);
        const lam = L.eigvalsh(G); // ascending, length n
        const n = A.cols,
          k = s.length,
          s1 = s[0]!;
        for (let i = 0; i < n; i++) {
          const si = i < k ? s[i]! : 0;
          expect(Math.abs(si * si - lam[n - 1 - i]!)).toBeLessThanOrEqual(50 * n * EPS * s1 * s1);
        }
        const st = L.svd(A.T, {computeUV: false}).s;
        for (let i = 0; i < k; i++)
          expect(Math.abs(st[i]! - s[i]!)).toBeLessThanOrEqual(
            20 * Math.max(A.rows, A.cols) * EPS * s1
          );
      }),
      RUNS
    );
  });

  it("svd: U, Vt orthonormal and U diag(s) Vt = A; thin, full and values-only agree on s to rounding", () => {
    fc.assert(
      fc.property(arbMatrix(dim(1, 8), dim(1, 8)), (A) => {
        const {U, s, Vt} = L.svd(A);
        const m = A.rows,
          n = A.cols;
        expect(orthoDefect(U)).toBeLessThanOrEqual(30 * m * EPS);
        expect(orthoDefect(Vt.T)).toBeLessThanOrEqual(30 * n * EPS);
        expect(diffFro(mul(mul(U, L.diag(s)), Vt), A)).toBeLessThanOrEqual(
          30 * Math.max(m, n) * EPS * fro(A)
        );
        const f = L.svd(A, {fullMatrices: true});
        const sv = L.svd(A, {computeUV: false}).s;
        for (let i = 0; i < s.length; i++) {
          expect(Math.abs(f.s[i]! - s[i]!)).toBeLessThanOrEqual(30 * Math.max(m, n) * EPS * s[0]!);
          expect(Math.abs(sv[i]! - s[i]!)).toBeLessThanOrEqual(30 * Math.max(m, n) * EPS * s[0]!);
        }
        expect([f.U.rows, f.U.cols, f.Vt.rows, f.Vt.cols]).toEqual([m, m, n, n]);
      }),
      RUNS
    );
  });

  it("eigh and eig agree on symmetric input: real spectrum, same values, parallel vectors for separated eigenvalues", () => {
    const arbSym = arbSquare(1, 8).map((A) => L.scale(0.5, L.add(A, A.T)));
    fc.assert(
      fc.property(arbSym, (A) => {
        const n = A.rows;
        const h = L.eigh(A),
          e = L.eig(A);
        const nA = fro(A),
          tol = 100 * n * EPS * Math.max(nA, 1e-300);
        for (const v of e.im) expect(Math.abs(v)).toBeLessThanOrEqual(tol);
        const re = sortAsc(e.re);
        for (let k = 0; k < n; k++)
          expect(Math.abs(re[k]! - h.values[k]!)).toBeLessThanOrEqual(tol);
        const vals = L.eigvalsh(A);
        for (let k = 0; k < n; k++)
          expect(Math.abs(vals[k]! - h.values[k]!)).toBeLessThanOrEqual(tol);
        for (let k = 0; k < n; k++) {
          const lam = h.values[k]!;
          const gap = Math.min(
            k > 0 ? lam - h.values[k - 1]! : Infinity,
            k < n - 1 ? h.values[k + 1]! - lam : Infinity
          );
          if (gap < 1e-4 * Math.max(nA, 1e-300)) continue;
          let j = 0;
          for (let t = 1; t < n; t++)
            if (Math.abs(e.re[t]! - lam) < Math.abs(e.re[j]! - lam)) j = t;
          const u = h.vectors.col(k),
            v = e.vectorsRe.col(j);
          expect(Math.abs(Math.abs(L.dot(u, v)) - 1)).toBeLessThanOrEqual(
            (1e3 * n * EPS * nA) / gap
          );
        }
      }),
      RUNS
    );
  });

  it("cholesky(AᵀA + I) and the R of qr([A; I]) have equal |diagonals| (both are Cholesky factors of the same matrix)", () => {
    fc.assert(
      fc.property(arbMatrix(dim(1, 8), dim(1, 6)), (A) => {
        const n = A.cols;
        const G = L.add(mul(A.T, A), L.eye(n));
        const Lc = L.cholesky(G);
        const stacked = L.fromRows([...A.toArray(), ...L.eye(n).toArray()]);
        const {R} = L.qr(stacked);
        const k = L.cond(G);
        for (let i = 0; i < n; i++) {
          const a = Lc.get(i, i),
            b = Math.abs(R.get(i, i));
          expect(Math.abs(a - b)).toBeLessThanOrEqual(100 * n * EPS * k * a);
        }
        // And the whole factor: Lᵀ = D R with D = sign(diag R).
        for (let i = 0; i < n; i++) {
          const sgn = Math.sign(R.get(i, i));
          for (let j = i; j < n; j++)
            expect(Math.abs(Lc.get(j, i) - sgn * R.get(i, j))).toBeLessThanOrEqual(
              100 * n * EPS * k * Math.sqrt(G.get(j, j))
            );
        }
      }),
      RUNS
    );
  });

  it("cholesky and eigh read only the lower triangle: junk above the diagonal changes nothing", () => {
    fc.assert(
      fc.property(arbSquare(1, 7), fc.double({min: -1e3, max: 1e3, noNaN: true}), (A, junk) => {
        const n = A.rows;
        const G = L.add(mul(A.T, A), L.eye(n));
        const J = G.clone();
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++) J.data[i * n + j] = junk + i - j;
        expect(L.cholesky(J).toArray()).toEqual(L.cholesky(G).toArray());
        expect(Array.from(L.eigvalsh(J))).toEqual(Array.from(L.eigvalsh(G)));
      }),
      RUNS
    );
  });

  it("lu: A = P L U with |l_ij| ≤ 1, and det(A) = det(P)·Π u_ii", () => {
    fc.assert(
      fc.property(arbMatrix(dim(1, 8), dim(1, 8)), (A) => {
        const {P, L: Lf, U} = L.lu(A);
        expect(diffFro(mul(P, mul(Lf, U)), A)).toBeLessThanOrEqual(
          30 * Math.max(A.rows, A.cols) * EPS * fro(A)
        );
        for (const v of Lf.data) expect(Math.abs(v)).toBeLessThanOrEqual(1);
        expect(orthoDefect(P)).toBe(0);
        if (A.rows === A.cols) {
          let d = L.det(P);
          for (let i = 0; i < A.rows; i++) d *= U.get(i, i);
          expect(Math.abs(d - L.det(A))).toBeLessThanOrEqual(1e-14 * Math.abs(L.det(A)));
        }
      }),
      RUNS
    );
  });

  it("qr: reduced and complete agree; |diag R| = the norms that Gram–Schmidt would give (RᵀR = AᵀA)", () => {
    fc.assert(
      fc.property(arbMatrix(dim(1, 8), dim(1, 8)), (A) => {
        const red = L.qr(A),
          com = L.qr(A, {mode: "complete"});
        const k = Math.min(A.rows, A.cols);
        expect(diffFro(com.Q.slice(0, A.rows, 0, k), red.Q)).toBeLessThanOrEqual(10 * EPS);
        expect(diffFro(com.R.slice(0, k), red.R)).toBeLessThanOrEqual(10 * EPS * fro(A));
        expect(diffFro(mul(red.R.T, red.R), mul(A.T, A))).toBeLessThanOrEqual(
          50 * A.rows * EPS * fro(A) ** 2
        );
      }),
      RUNS
    );
  });

  it("eig: Σλ = trace, and eigvals(A) = eigvals(Aᵀ) as multisets", () => {
    fc.assert(
      fc.property(arbSquare(1, 8), (A) => {
        const e = L.eig(A),
          et = L.eigvals(A.T);
        const n = A.rows,
          nA = fro(A);
        expect(Math.abs(e.re.reduce((a, b) => a + b, 0) - L.trace(A))).toBeLessThanOrEqual(
          100 * n * EPS * nA
        );
        expect(Math.abs(e.im.reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(100 * n * EPS * nA);
        // Multisets of eigenvalues: compare the coefficients' power sums Σλ² (real, by parts): insensitive to ordering and to ill-conditioned individual eigenvalues.
        const p2 = (re: Float64Array, im: Float64Array) =>
          re.reduce((s, r, i) => s + r * r - im[i]! * im[i]!, 0);
        expect(Math.abs(p2(e.re, e.im) - p2(et.re, et.im))).toBeLessThanOrEqual(
          1e3 * n * EPS * nA * nA
        );
        expect(Math.abs(p2(e.re, e.im) - L.trace(mul(A, A)))).toBeLessThanOrEqual(
          1e3 * n * EPS * nA * nA
        );
      }),
      RUNS
    );
  });
});

describe("least squares", () => {
  it("qr, svd and normal agree on well-conditioned tall A; x = pinv(A)·b; residual ⟂ col(A)", () => {
    fc.assert(
      fc.property(
        dim(1, 9).chain((m) => arbMatrix(fc.constant(m), dim(1, m))),
        (A) => {
          const k = kappa(A);
          fc.pre(k < 1e4);
          const m = A.rows;
          const b = Float64Array.from({length: m}, (_, i) => Math.cos(3 * i));
          const xq = L.lstsq(A, b).x,
            xs = L.lstsq(A, b, {method: "svd"}).x,
            xn = L.lstsq(A, b, {method: "normal"}).x;
          const xp = L.matvec(L.pinv(A), b);
          const scale = Math.max(fro(xs), 1e-300);
          expect(fro(L.vsub(xq, xs))).toBeLessThanOrEqual(
            100 * m * EPS * k * k * scale + (100 * m * EPS * k * fro(b)) / L.norm(A, 2)
          );
          expect(fro(L.vsub(xn, xs))).toBeLessThanOrEqual(
            1e3 * m * EPS * k * k * scale + (1e3 * m * EPS * k * k * fro(b)) / L.norm(A, 2)
          );
          expect(fro(L.vsub(xp, xs))).toBeLessThanOrEqual(
            100 * m * EPS * k * k * scale + (100 * m * EPS * k * fro(b)) / L.norm(A, 2)
          );
          const r = L.vsub(b, L.matvec(A, xq));
          expect(fro(L.matvec(A.T, r))).toBeLessThanOrEqual(
            100 * m * EPS * k * fro(A) * (fro(A) * fro(xq) + fro(b))
          );
        }
      ),
      RUNS
    );
  });

  it("wide and rank-deficient systems: the minimum-norm solution (x ∈ row space) from every method that accepts them", () => {
    fc.assert(
      fc.property(arbLowRank, ({A}) => {
        const {s} = L.svd(A);
        const r = L.matrixRank(A);
        fc.pre(r > 0 && s[r - 1]! > 1e-6 * s[0]!);
        const b = Float64Array.from({length: A.rows}, (_, i) => 1 / (i + 1));
        const kr = s[0]! / s[r - 1]!;
        const x = L.lstsq(A, b).x,
          xs = L.lstsq(A, b, {method: "svd"}).x;
        const tol = 100 * Math.max(A.rows, A.cols) * EPS * kr * kr * (fro(xs) + fro(b) / s[0]!);
        expect(fro(L.vsub(x, xs))).toBeLessThanOrEqual(tol);
        // x lies in row(A): projecting onto row(A) leaves it unchanged.
        expect(fro(L.vsub(L.matvec(L.projector(A.T), xs), xs))).toBeLessThanOrEqual(tol);
      }),
      RUNS
    );
  });
});

describe("calculus against the linear algebra", () => {
  it("∇(xᵀMx) = (M + Mᵀ)x, the Jacobian of x ↦ Ax is A, and gradCheck separates right from wrong gradients", () => {
    fc.assert(
      fc.property(arbSquare(1, 6), (M) => {
        const n = M.rows;
        const x = Float64Array.from({length: n}, (_, i) => Math.sin(i + 1));
        const f = (v: Float64Array) => L.dot(v, L.matvec(M, v));
        const grad = (v: Float64Array) => L.matvec(L.add(M, M.T), v);
        const g = C.numericalGradient(f, x);
        const scale = fro(M) * fro(x) + 1;
        expect(fro(L.vsub(g, grad(x)))).toBeLessThanOrEqual(1e-7 * scale);
        const J = C.jacobian((v) => L.matvec(M, v), x);
        expect(diffFro(J, M)).toBeLessThanOrEqual(1e-8 * (fro(M) + 1));
        const good = C.gradCheck(f, grad, x);
        expect(good.absError).toBeLessThanOrEqual(1e-7 * scale);
        const bad = C.gradCheck(
          f,
          (v: Float64Array) => L.matvec(M, v).map((t, i) => t + (i === 0 ? 1 : 0)),
          x
        );
        // The wrong gradient (M x + e₀ instead of (M + Mᵀ) x) is off by at least e₀-ish unless M is antisymmetric-free coincidence.
        const truth = fro(
          L.vsub(
            L.matvec(M, x).map((t, i) => t + (i === 0 ? 1 : 0)),
            grad(x)
          )
        );
        expect(Math.abs(bad.absError - truth)).toBeLessThanOrEqual(1e-7 * scale);
      }),
      RUNS
    );
  });

  it("∂ log|det X| / ∂X = X⁻ᵀ (numericalGradientMatrix on slogdet)", () => {
    fc.assert(
      fc.property(
        arbSquare(1, 5).map((A) => L.add(A, L.scale(4, L.eye(A.rows)))),
        (X) => {
          // Central differences with h = 1e-5 are accurate to O(h²/σ_min³): keep σ_min away from 0.
          fc.pre(L.norm(X, -2) > 0.5);
          const G = C.numericalGradientMatrix((Y) => L.slogdet(Y).logabsdet, X, {eps: 1e-5});
          const expected = L.inv(X).T;
          expect(diffFro(G, expected)).toBeLessThanOrEqual(1e-6 * (fro(expected) + 1));
        }
      ),
      RUNS
    );
  });
});
