import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {readFileSync} from "node:fs";
import {eig, eigvals, type EigResult} from "../../src/linalg/eig.js";
import {hessenberg} from "../../src/linalg/hessenberg.js";
import {ConvergenceError, NonFiniteError, ShapeError} from "../../src/linalg/errors.js";
import {Matrix} from "../../src/linalg/matrix.js";
import {
  EPS,
  THRESHOLD,
  TINY,
  fro,
  matrixTypes,
  mul,
  orthoDefect,
  randomMatrix,
  ratio,
  testRng
} from "./generators.js";

interface Fixture {
  name: string;
  A: number[][];
  re: number[];
  im: number[];
  vectorsRe: number[][];
  vectorsIm: number[][];
}
const fixtures: {cases: Fixture[]} = JSON.parse(
  readFileSync(new URL("../fixtures/eig.json", import.meta.url), "utf8")
);

/**
 * ‖A V − V Λ‖_F / (n ‖A‖_F ε), by real and imaginary parts. As LAPACK's dget22, ‖A‖ is floored at the
 * underflow threshold: a matrix of subnormal entries cannot be resolved more finely than that.
 */
function residualRatio(A: Matrix, r: EigResult): number {
  const n = A.rows;
  const AVr = mul(A, r.vectorsRe),
    AVi = mul(A, r.vectorsIm);
  const E = new Float64Array(2 * n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const vr = r.vectorsRe.data[i * n + k]!,
        vi = r.vectorsIm.data[i * n + k]!;
      const lr = r.re[k]!,
        li = r.im[k]!;
      E[2 * (i * n + k)] = AVr.data[i * n + k]! - (lr * vr - li * vi);
      E[2 * (i * n + k) + 1] = AVi.data[i * n + k]! - (lr * vi + li * vr);
    }
  }
  const e = fro(E);
  return e === 0 ? 0 : e / Math.max(fro(A), TINY) / (n * EPS);
}

/** Match each expected eigenvalue to the nearest unused computed one; return the largest distance. */
function spectrumDistance(
  re: ArrayLike<number>,
  im: ArrayLike<number>,
  eRe: number[],
  eIm: number[]
): number {
  const used = new Array<boolean>(re.length).fill(false);
  let worst = 0;
  for (let j = 0; j < eRe.length; j++) {
    let best = Infinity,
      bi = -1;
    for (let k = 0; k < re.length; k++) {
      if (used[k]) continue;
      const d = Math.hypot(re[k]! - eRe[j]!, im[k]! - eIm[j]!);
      if (d < best) {
        best = d;
        bi = k;
      }
    }
    used[bi] = true;
    worst = Math.max(worst, best);
  }
  return worst;
}

/** Determinant by Gaussian elimination with partial pivoting (independent of the library). */
function detGE(A: Matrix): number {
  const n = A.rows,
    a = A.data.slice();
  let det = 1;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(a[i * n + k]!) > Math.abs(a[p * n + k]!)) p = i;
    if (a[p * n + k] === 0) return 0;
    if (p !== k) {
      det = -det;
      for (let j = 0; j < n; j++) [a[k * n + j], a[p * n + j]] = [a[p * n + j]!, a[k * n + j]!];
    }
    det *= a[k * n + k]!;
    for (let i = k + 1; i < n; i++) {
      const f = a[i * n + k]! / a[k * n + k]!;
      for (let j = k; j < n; j++) a[i * n + j] -= f * a[k * n + j]!;
    }
  }
  return det;
}

function checkConventions(r: EigResult): void {
  const n = r.re.length;
  for (let k = 0; k < n; k++) {
    let ss = 0;
    for (let i = 0; i < n; i++)
      ss += r.vectorsRe.data[i * n + k]! ** 2 + r.vectorsIm.data[i * n + k]! ** 2;
    expect(Math.abs(Math.sqrt(ss) - 1)).toBeLessThan(1e-14 * Math.max(1, n));
    if (r.im[k]! > 0) {
      expect(r.im[k + 1]).toBe(-r.im[k]!);
      expect(r.re[k + 1]).toBe(r.re[k]);
      expect(r.vectorsRe.col(k + 1)).toEqual(r.vectorsRe.col(k));
      expect(r.vectorsIm.col(k + 1).map((x) => x + 0)).toEqual(
        r.vectorsIm.col(k).map((x) => 0 - x)
      );
      k++;
    } else {
      expect(r.im[k]).toBe(0);
      expect(r.vectorsIm.col(k).every((x) => x === 0)).toBe(true);
    }
  }
}

describe("hessenberg", () => {
  it("H = QᵀAQ is upper Hessenberg with Q orthogonal", () => {
    const rng = testRng(5);
    for (const n of [1, 2, 3, 7, 20]) {
      const A = randomMatrix(n, n, rng);
      const {H, Q} = hessenberg(A);
      for (let i = 0; i < n; i++) for (let j = 0; j < i - 1; j++) expect(H.get(i, j)).toBe(0);
      expect(ratio(orthoDefect(Q), 1, n)).toBeLessThan(THRESHOLD);
      const back = mul(mul(Q, H), Q.T);
      expect(ratio(fro(back.data.map((x, k) => x - A.data[k]!)), fro(A), n)).toBeLessThan(
        THRESHOLD
      );
    }
  });
});

describe("eig: small exact cases", () => {
  it("a rotation by θ has eigenvalues cos θ ± i sin θ, positive imaginary part first", () => {
    for (const th of [0.3, 1, 2.5, -0.7]) {
      const c = Math.cos(th),
        s = Math.sin(th);
      const r = eig([
        [c, -s],
        [s, c]
      ]);
      expect(r.re[0]).toBeCloseTo(c, 15);
      expect(r.re[1]).toBeCloseTo(c, 15);
      expect(r.im[0]).toBeCloseTo(Math.abs(s), 15);
      expect(r.im[1]).toBeCloseTo(-Math.abs(s), 15);
      checkConventions(r);
      expect(
        residualRatio(
          Matrix.from([
            [c, -s],
            [s, c]
          ]),
          r
        )
      ).toBeLessThan(THRESHOLD);
    }
  });

  it("the Jordan block [[1,1],[0,1]]: eigenvalue 1 twice, eigenvectors (1,0) and a nearly parallel (−1, ε)", () => {
    const r = eig([
      [1, 1],
      [0, 1]
    ]);
    expect(Array.from(r.re)).toEqual([1, 1]);
    expect(Array.from(r.im)).toEqual([0, 0]);
    const v0 = r.vectorsRe.col(0),
      v1 = r.vectorsRe.col(1);
    // Only one eigendirection exists; LAPACK (and this code) return it twice, up to O(ε).
    expect(Math.abs(v0[0]!)).toBe(1);
    expect(v0[1]).toBe(0);
    expect(Math.abs(v0[0]! * v1[1]! - v0[1]! * v1[0]!)).toBeLessThan(4 * EPS);
    expect(Math.abs(Math.abs(v1[0]!) - 1)).toBeLessThan(EPS);
  });

  it("a diagonal matrix gives its diagonal and the unit vectors", () => {
    const r = eig([
      [3, 0, 0],
      [0, -1, 0],
      [0, 0, 2]
    ]);
    expect(Array.from(r.re).sort()).toEqual([-1, 2, 3]);
    expect(r.im.every((x) => x === 0)).toBe(true);
    for (let k = 0; k < 3; k++)
      expect(
        r.vectorsRe
          .col(k)
          .map(Math.abs)
          .reduce((a, b) => a + b)
      ).toBe(1);
  });

  it("empty and 1×1", () => {
    const e = eig([]);
    expect(e.re.length).toBe(0);
    expect(e.vectorsRe.shape).toEqual([0, 0]);
    const one = eig([[-4]]);
    expect(Array.from(one.re)).toEqual([-4]);
    expect(one.vectorsRe.toArray()).toEqual([[1]]);
  });
});

describe("eig: LAPACK-style matrix types", () => {
  let worst = 0;
  for (const n of [1, 2, 5, 10, 30]) {
    for (const {name, A} of matrixTypes(n, n, 3)) {
      it(`${n}×${n} ${name}: residual ratio, trace, conventions`, () => {
        const r = eig(A);
        const rr = residualRatio(A, r);
        worst = Math.max(worst, rr);
        expect(rr).toBeLessThan(THRESHOLD);
        checkConventions(r);
        const tr = A.data.reduce((s, _x, k) => (k % (n + 1) === 0 ? s + A.data[k]! : s), 0);
        const sumRe = r.re.reduce((s, x) => s + x, 0),
          sumIm = r.im.reduce((s, x) => s + x, 0);
        const scale = fro(A) * n;
        expect(Math.abs(sumRe - tr)).toBeLessThanOrEqual(30 * EPS * scale);
        expect(Math.abs(sumIm)).toBeLessThanOrEqual(30 * EPS * scale);
        const ev = eigvals(A);
        expect(ev.re).toEqual(r.re);
        expect(ev.im).toEqual(r.im);
      });
    }
  }

  it("reports the worst residual ratio", () => {
    expect(worst).toBeLessThan(THRESHOLD);
    console.info(`eig: worst residual ratio ‖AV − VΛ‖/(n‖A‖ε) = ${worst.toFixed(3)}`);
  });

  it("det A = Π λ on random matrices (complex product by parts)", () => {
    const rng = testRng(11);
    for (const n of [2, 3, 4, 6, 9]) {
      const A = randomMatrix(n, n, rng, "normal");
      const r = eig(A);
      let pr = 1,
        pi = 0;
      for (let k = 0; k < n; k++)
        [pr, pi] = [pr * r.re[k]! - pi * r.im[k]!, pr * r.im[k]! + pi * r.re[k]!];
      const d = detGE(A);
      expect(Math.abs(pr - d)).toBeLessThan(1e-12 * Math.max(1, fro(A) ** n));
      expect(Math.abs(pi)).toBeLessThan(1e-12 * Math.max(1, fro(A) ** n));
    }
  });
});

describe("eig: NumPy fixtures", () => {
  for (const f of fixtures.cases) {
    it(f.name, () => {
      const A = Matrix.from(f.A);
      const r = eig(A);
      const n = A.rows;
      expect(spectrumDistance(r.re, r.im, f.re, f.im)).toBeLessThan(1e-9 * Math.max(1, fro(A)));
      expect(residualRatio(A, r)).toBeLessThan(THRESHOLD);
      // Eigenvectors of simple, well-separated eigenvalues agree up to a unit complex factor: |v*ᴴ w| = 1.
      for (let j = 0; j < n; j++) {
        const gap = Math.min(
          ...f.re.map((x, i) =>
            i === j ? Infinity : Math.hypot(x - f.re[j]!, f.im[i]! - f.im[j]!)
          )
        );
        if (gap < 1e-3) continue;
        let k = 0,
          best = Infinity;
        for (let q = 0; q < n; q++) {
          const d = Math.hypot(r.re[q]! - f.re[j]!, r.im[q]! - f.im[j]!);
          if (d < best) {
            best = d;
            k = q;
          }
        }
        let ipr = 0,
          ipi = 0;
        for (let i = 0; i < n; i++) {
          const ar = f.vectorsRe[i]![j]!,
            ai = f.vectorsIm[i]![j]!;
          const br = r.vectorsRe.get(i, k),
            bi = r.vectorsIm.get(i, k);
          ipr += ar * br + ai * bi;
          ipi += ar * bi - ai * br;
        }
        expect(Math.abs(Math.hypot(ipr, ipi) - 1)).toBeLessThan(1e-8);
      }
    });
  }

  it("the companion matrix of (x−1)(x−2)(x−3)(x²+1) has roots 1, 2, 3, ±i", () => {
    const f = fixtures.cases.find((c) => c.name.startsWith("companion"))!;
    const r = eigvals(f.A);
    expect(spectrumDistance(r.re, r.im, [1, 2, 3, 0, 0], [0, 0, 0, 1, -1])).toBeLessThan(1e-12);
  });
});

describe("eig: contract", () => {
  it("does not mutate its argument", () => {
    const A = randomMatrix(6, 6, testRng(2));
    const copy = A.data.slice();
    const arr = A.toArray();
    eig(A);
    eigvals(arr);
    expect(A.data).toEqual(copy);
    expect(arr).toEqual(A.toArray());
  });

  it("typed errors on bad input and on the iteration bound", () => {
    expect(() =>
      eig([
        [1, 2, 3],
        [4, 5, 6]
      ])
    ).toThrow(ShapeError);
    expect(() =>
      eig([
        [1, NaN],
        [0, 1]
      ])
    ).toThrow(NonFiniteError);
    expect(() =>
      eigvals([
        [1, 0],
        [Infinity, 1]
      ])
    ).toThrow(NonFiniteError);
    const A = randomMatrix(8, 8, testRng(9));
    expect(() => eig(A, {maxIterations: 1})).toThrow(ConvergenceError);
    expect(() => eig(A)).not.toThrow();
  });

  it("balancing recovers the eigenvalues of a graded similarity D M D⁻¹ that plain QR blurs", () => {
    const n = 6;
    const M = randomMatrix(n, n, testRng(12), "normal");
    // A = D M D⁻¹ with D = diag(1, 1e2, …, 1e10): entries span 20 orders of magnitude, same spectrum as M.
    const A = new Matrix(
      n,
      n,
      M.data.map((x, k) => x * 10 ** (2 * Math.floor(k / n) - 2 * (k % n)))
    );
    const ref = eigvals(M);
    const dist = (r: {re: Float64Array; im: Float64Array}) =>
      spectrumDistance(r.re, r.im, Array.from(ref.re), Array.from(ref.im));
    expect(dist(eigvals(A))).toBeLessThan(1e-12);
    expect(dist(eigvals(A, {balance: false}))).toBeGreaterThan(1e-6); // backward error ε‖A‖ with ‖A‖ ≈ 1e10
  });

  it("without balancing the residual is still small", () => {
    const A = randomMatrix(12, 12, testRng(4), "normal");
    expect(residualRatio(A, eig(A, {balance: false}))).toBeLessThan(THRESHOLD);
  });

  // The residual bound is a property of the (backward-stable) QR iteration. Balancing applies a diagonal
  // similarity D, so it holds in A's norm only up to the spread of D: on sparse matrices with
  // negligible couplings (which fast-check likes to build) it can fail, for LAPACK too (NumPy's eig
  // gives a ratio near 7e12 on [[0,0,0,0,-1.63e-322],[0,-6.7e-12,0,0,0],[1.6e-28,0,7e-4,-1.63e-322,0],
  // [0,0,0,0,0],[5.2e-6,0,-5e-324,0,-1.5e-19]]). So: any matrix without balancing, dense ones with it.
  const sizes = fc.integer({min: 1, max: 7});
  it("property: any small matrix, unbalanced, satisfies the residual bound", () => {
    fc.assert(
      fc.property(
        sizes.chain((n) =>
          fc
            .array(fc.double({min: -100, max: 100, noNaN: true}), {
              minLength: n * n,
              maxLength: n * n
            })
            .map((d) => new Matrix(n, n, Float64Array.from(d)))
        ),
        (A) => residualRatio(A, eig(A, {balance: false})) < THRESHOLD
      ),
      {numRuns: 300}
    );
  });

  it("property: dense small matrices, balanced, satisfy the residual bound", () => {
    const entry = fc
      .tuple(fc.double({min: 0.01, max: 100, noNaN: true}), fc.boolean())
      .map(([x, neg]) => (neg ? -x : x));
    fc.assert(
      fc.property(
        sizes.chain((n) =>
          fc
            .array(entry, {minLength: n * n, maxLength: n * n})
            .map((d) => new Matrix(n, n, Float64Array.from(d)))
        ),
        (A) => residualRatio(A, eig(A)) < THRESHOLD
      ),
      {numRuns: 300}
    );
  });
});
