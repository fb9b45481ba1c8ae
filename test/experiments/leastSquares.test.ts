import {describe, expect, it} from "vitest";
import {Matrix, cond, lstsq, matmul, norm, transpose, vsub} from "../../src/linalg/index.js";
import {defaultRng} from "../../src/random/index.js";
import {
  compareLeastSquares,
  conditionedProblem,
  kappaSweep,
  lassoPath,
  logLogSlope,
  ridgePath,
  sweepSlopes,
  zeroFromLambda
} from "../../src/experiments/leastSquares.js";

describe("compareLeastSquares", () => {
  it("on a well-conditioned noisy problem all three methods agree; the error vs x_true is the noise", () => {
    const rng = defaultRng(5);
    const A = rng.standardNormal([100, 10]);
    const xTrue = rng.standardNormal(10);
    const b = vsub(
      matmul(A, xTrue),
      rng.standardNormal(100).map((v) => -0.1 * v)
    );
    const before = A.data.slice();
    const {reference, rows} = compareLeastSquares(A, b, {xTrue});
    expect(reference).toBe("svd");
    expect(rows.map((r) => r.method)).toEqual(["normal", "qr", "svd"]);
    for (const r of rows) {
      expect(r.failure).toBeNull();
      expect(r.errorVsExact).toBeLessThan(1e-14);
      expect(r.errorVsTrue).toBeGreaterThan(1e-3); // noise 0.1 in b shows up at ~0.1·√(n/m)
      expect(Math.abs(r.errorVsTrue - rows[2]!.errorVsTrue)).toBeLessThan(1e-13);
      expect(r.residualNorm).toBeCloseTo(rows[2]!.residualNorm, 12);
    }
    expect(A.data).toEqual(before);
  });

  it("uses a given exact solution as the reference, and reports a broken-down normal equation instead of throwing", () => {
    const p = conditionedProblem(40, 8, 1e10, 0, defaultRng(1));
    const {reference, rows} = compareLeastSquares(p.A, p.b, {xExact: p.xExact});
    expect(reference).toBe("given");
    const qr = rows.find((r) => r.method === "qr")!;
    expect(qr.errorVsExact).toBeLessThan(1e-4);
    const normal = rows.find((r) => r.method === "normal")!;
    // κ(AᵀA) = 1e20 > 1/ε: Cholesky either fails or returns garbage; never a good answer.
    if (normal.failure) expect(Number.isNaN(normal.errorVsExact)).toBe(true);
    else expect(normal.errorVsExact).toBeGreaterThan(1e-3);
    expect(Number.isNaN(rows[0]!.errorVsTrue)).toBe(true); // no x_true given
  });
});

describe("conditionedProblem", () => {
  it("has the prescribed κ, and x* satisfies the normal equations with the prescribed residual", () => {
    for (const kappa of [1, 1e3, 1e8]) {
      const p = conditionedProblem(30, 6, kappa, 0.3, defaultRng(2));
      expect(cond(p.A) / kappa).toBeCloseTo(1, kappa > 1e6 ? 6 : 10);
      const r = vsub(p.b, matmul(p.A, p.xExact));
      expect(norm(r) / norm(matmul(p.A, p.xExact))).toBeCloseTo(0.3, 12);
      expect(norm(matmul(p.A.T, r))).toBeLessThan(1e-14 * norm(r) * 30);
      expect(norm(p.xExact)).toBeCloseTo(1, 14);
    }
    expect(() => conditionedProblem(5, 5, 10, 0, defaultRng(0))).toThrow(RangeError);
    expect(() => conditionedProblem(6, 5, 0.5, 0, defaultRng(0))).toThrow(RangeError);
  });
});

describe("kappaSweep", () => {
  const rows = kappaSweep({m: 40, n: 8, seed: 3});

  it("normal equations lose κ²·ε, QR and SVD κ·ε: fitted log–log slopes ≈ 2 and ≈ 1", () => {
    const slopes = Object.fromEntries(sweepSlopes(rows).map((s) => [s.method, s]));
    expect(slopes.normal!.points).toBeGreaterThanOrEqual(4);
    expect(slopes.normal!.slope).toBeGreaterThan(1.6);
    expect(slopes.normal!.slope).toBeLessThan(2.4);
    for (const m of ["qr", "svd"]) {
      expect(slopes[m]!.points).toBeGreaterThanOrEqual(6);
      expect(slopes[m]!.slope).toBeGreaterThan(0.6);
      expect(slopes[m]!.slope).toBeLessThan(1.4);
    }
  });

  it("at κ = 10⁶ QR is orders of magnitude more accurate than the normal equations; at κ = 1 they tie", () => {
    const at = (kappa: number, method: string) =>
      rows.find((r) => r.kappa === kappa && r.method === method)!.relError;
    expect(at(1e6, "normal")).toBeGreaterThan(1e3 * at(1e6, "qr"));
    expect(at(1, "normal")).toBeLessThan(1e-14);
    expect(at(1, "qr")).toBeLessThan(1e-14);
  });

  it("with a large residual QR also picks up a κ² term (the problem itself is that sensitive)", () => {
    const noisy = kappaSweep({m: 40, n: 8, seed: 3, noise: 1, kappas: [1e6]});
    const clean = rows.find((r) => r.kappa === 1e6 && r.method === "qr")!.relError;
    expect(noisy.find((r) => r.method === "qr")!.relError).toBeGreaterThan(100 * clean);
  });

  it("is deterministic in its seed", () => {
    expect(kappaSweep({m: 20, n: 4, seed: 9, kappas: [10, 1e4]})).toEqual(
      kappaSweep({m: 20, n: 4, seed: 9, kappas: [10, 1e4]})
    );
  });
});

describe("logLogSlope", () => {
  it("recovers a power law's exponent and ignores non-positive or non-finite points", () => {
    const pts = [1, 10, 100, 1000].map((x) => ({x, y: 3 * x ** 1.5}));
    expect(logLogSlope(pts)).toBeCloseTo(1.5, 12);
    expect(logLogSlope([...pts, {x: 5, y: 0}, {x: 7, y: NaN}])).toBeCloseTo(1.5, 12);
    expect(logLogSlope([{x: 1, y: 1}])).toBeNaN();
  });
});

// Keep Matrix referenced for readers: the sweep's A is a plain library Matrix.

it("kappaSweep rows are plain objects with numeric fields", () => {
  const r = kappaSweep({m: 10, n: 3, kappas: [10]})[0]!;
  expect(Object.keys(r).sort()).toEqual(["failure", "kappa", "method", "relError"]);
  expect(conditionedProblem(10, 3, 10, 0, defaultRng(0)).A).toBeInstanceOf(Matrix);
});

describe("regularization paths", () => {
  const rng = defaultRng(9);
  const X = rng.standardNormal([50, 6]);
  const y = rng.standardNormal(50);

  it("lasso satisfies its optimality (KKT) conditions and is sparse at a moderate λ", () => {
    const [pt] = lassoPath(X, y, [0.1]);
    const g = matmul(transpose(X), vsub(y, matmul(X, pt!.w))).map((v) => v / 50);
    pt!.w.forEach((wj, j) => {
      if (wj === 0) expect(Math.abs(g[j]!)).toBeLessThanOrEqual(0.1 + 1e-9);
      else expect(g[j]!).toBeCloseTo(0.1 * Math.sign(wj), 9);
    });
    expect(pt!.w.some((v) => v === 0)).toBe(true);
  });

  it("a huge λ zeroes every coefficient; λ → 0 approaches least squares", () => {
    expect(Array.from(lassoPath(X, y, [10])[0]!.w)).toEqual([0, 0, 0, 0, 0, 0]);
    const ls = lstsq(X, y).x as Float64Array;
    lassoPath(X, y, [1e-9])[0]!.w.forEach((v, i) => expect(v).toBeCloseTo(ls[i]!, 6));
    ridgePath(X, y, [1e-12])[0]!.w.forEach((v, i) => expect(v).toBeCloseTo(ls[i]!, 8));
  });

  it("ridge shrinks but keeps every coefficient non-zero", () => {
    const [small, big] = ridgePath(X, y, [0.01, 10]);
    expect(big!.w.every((v) => v !== 0)).toBe(true);
    expect(Math.hypot(...big!.w)).toBeLessThan(Math.hypot(...small!.w));
  });

  it("zeroFromLambda: where a coefficient stays at 0 for good", () => {
    const pt = (lambda: number, w: number[]) => ({lambda, w: Float64Array.from(w)});
    expect(
      zeroFromLambda([pt(0.1, [1, 2]), pt(0.5, [1, 0]), pt(0.3, [1, 0]), pt(0.2, [1, 0.1])], 1)
    ).toBe(0.3);
    expect(zeroFromLambda([pt(0.1, [1, 0]), pt(0.5, [1, 0.2]), pt(0.3, [1, 0])], 1)).toBeNaN();
    expect(zeroFromLambda([pt(0.1, [0, 0]), pt(0.5, [0, 0])], 0)).toBe(0.1);
  });
});
