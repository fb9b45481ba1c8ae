import {describe, expect, it} from "vitest";
import {diag, matmul} from "../../src/linalg/index.js";
import {defaultRng} from "../../src/random/index.js";
import {choleskyOnSingular, pdTrials} from "../../src/experiments/definiteness.js";
import {
  choleskySucceeds,
  definiteness,
  ellipse,
  formAlongCircle,
  gradQuartic,
  leadingMinors,
  midpointGap,
  midpointGaps,
  minRayleighQuotient,
  principalMinors,
  quadraticGrid,
  quartic,
  schurComplementTest,
  semiAxes,
  shiftedGramTrials
} from "../../src/experiments/definiteness.js";

describe("quadric level sets", () => {
  it("diag(4, 1): semi-axes 1/2 and 1 along the coordinate axes", () => {
    const [a1, a2] = semiAxes([
      [4, 0],
      [0, 1]
    ]);
    expect([a1!.lambda, a2!.lambda]).toEqual([1, 4]);
    expect(a1!.length).toBeCloseTo(1, 15);
    expect(a2!.length).toBeCloseTo(0.5, 15);
    expect(Math.abs(a2!.q[0])).toBeCloseTo(1, 15);
  });

  it("ellipse points satisfy xᵀAx = 1", () => {
    const A = [
      [2, 0.8],
      [0.8, 1]
    ];
    for (const p of ellipse(A, 30))
      expect(A[0]![0]! * p.x * p.x + 2 * A[0]![1]! * p.x * p.y + A[1]![1]! * p.y * p.y).toBeCloseTo(
        1,
        12
      );
  });

  it("refuses an indefinite matrix", () => {
    expect(() =>
      semiAxes([
        [1, 2],
        [2, -1]
      ])
    ).toThrow(RangeError);
  });
});

describe("quadraticGrid", () => {
  it("samples wᵀHw + gᵀw + c at cell centres, row-major from (x1, y1)", () => {
    const G = quadraticGrid(
      [
        [1, 2],
        [0, 3]
      ],
      [1, -1],
      0.5,
      [0, 2, -1, 1],
      2
    );
    expect([G.width, G.height, G.x1, G.y2]).toEqual([2, 2, 0, 1]);
    const q = (x: number, y: number) => x * x + 2 * x * y + 3 * y * y + x - y + 0.5;
    expect(Array.from(G.values)).toEqual([q(0.5, -0.5), q(1.5, -0.5), q(0.5, 0.5), q(1.5, 0.5)]);
  });
});

describe("definiteness", () => {
  it("classifies by eigenvalue signs", () => {
    expect(definiteness([1, 2])).toBe("positive definite");
    expect(definiteness([0, 2])).toBe("positive semidefinite");
    expect(definiteness([-2, -2])).toBe("negative definite");
    expect(definiteness([-1, 0])).toBe("negative semidefinite");
    expect(definiteness([-1, 3])).toBe("indefinite");
    expect(definiteness([0, 0])).toBe("zero");
  });
  it("treats rounding-size eigenvalues as zero", () => {
    expect(definiteness([-1e-16, 2])).toBe("positive semidefinite");
    expect(definiteness([-1e-3, 2], 1e-12)).toBe("indefinite");
  });
});

describe("quartic", () => {
  it("values, gradient, strict convexity on a segment", () => {
    expect(quartic([1, -2])).toBe(17);
    expect(Array.from(gradQuartic([1, -2]))).toEqual([4, -32]);
    expect(midpointGap(quartic, [-1, 0], [1, 0])).toBe(1);
    expect(midpointGap(quartic, [0.5, 0.5], [0.5, 0.5])).toBe(0);
    expect(() => midpointGap(quartic, [1], [1, 2])).toThrow(RangeError);
  });
});

describe("midpointGaps", () => {
  it("equals (x − y)ᵀA(x − y)/8, whatever b", () => {
    const A = [
      [2, 1],
      [0, -1]
    ];
    const g = midpointGaps(
      A,
      [3, -7],
      [
        [1, 0],
        [0, 2]
      ],
      [
        [-1, 0],
        [1, 1]
      ]
    );
    expect(g[0]).toBeCloseTo((2 * 4) / 8, 12);
    expect(g[1]).toBeCloseTo((2 * 1 - 1 * 1 - 1 * 1) / 8, 12); // d = (−1, 1): dᵀAd = 2 − 1 − 1
  });
  it("is ≥ 0 for a PSD A and negative somewhere for an indefinite one; checks shapes", () => {
    const r = defaultRng(3),
      X = r.standardNormal([200, 2]),
      Y = r.standardNormal([200, 2]);
    expect(
      Math.min(
        ...midpointGaps(
          [
            [1, 0],
            [0, 0]
          ],
          [1, 1],
          X,
          Y
        )
      )
    ).toBeGreaterThanOrEqual(0);
    expect(
      Math.min(
        ...midpointGaps(
          [
            [1, 0],
            [0, -1]
          ],
          [1, 1],
          X,
          Y
        )
      )
    ).toBeLessThan(0);
    expect(() => midpointGaps([[1]], [0], [[1]], [[1], [2]])).toThrow(RangeError);
  });
});

describe("schurComplementTest", () => {
  it("agrees with M's definiteness when A ≻ 0, and declines otherwise", () => {
    expect(
      schurComplementTest(
        [
          [2, 1],
          [1, 2]
        ],
        1
      )
    ).toEqual({pdM: true, pdS: true});
    expect(
      schurComplementTest(
        [
          [1, 2],
          [2, 1]
        ],
        1
      )
    ).toEqual({pdM: false, pdS: false});
    expect(
      schurComplementTest(
        [
          [-1, 0],
          [0, 1]
        ],
        1
      )
    ).toBeNull();
    const r = defaultRng(4);
    for (let t = 0; t < 50; t++) {
      const G = r.standardNormal([4, 4]),
        M = matmul(G, G.T);
      expect(schurComplementTest(M, 2)).toEqual({pdM: true, pdS: true});
    }
    expect(() => schurComplementTest([[1]], 1)).toThrow(RangeError);
  });
});

describe("quadratic grid", () => {
  it("samples xᵀHx at cell centres, y by row", () => {
    const g = quadraticGrid(
      [
        [1, 0],
        [0, -1]
      ],
      [0, 0],
      0,
      [-1, 1, -1, 1],
      2
    );
    // cell centres ±0.5: x² − y² = 0 everywhere
    expect(Array.from(g.values)).toEqual([0, 0, 0, 0]);
    const h = quadraticGrid(
      [
        [0, 1],
        [3, 0]
      ],
      [0, 0],
      0,
      [-1, 1, -1, 1],
      2
    ); // 4xy
    expect(Array.from(h.values)).toEqual([1, -1, -1, 1]);
  });
});

describe("form along the circle", () => {
  it("evaluates xᵀMx at unit vectors, non-symmetric M included", () => {
    const rows = formAlongCircle([
      [1, 0],
      [1, 0]
    ]);
    expect(rows).toHaveLength(181);
    expect(rows[0]!.value).toBe(1);
    expect(rows[90]!.value).toBeCloseTo(0, 15);
    expect(rows[135]!.value).toBeCloseTo(0, 15);
    expect(Math.min(...rows.map((r) => r.value))).toBeLessThan(0);
  });
});

describe("psd tests", () => {
  it("separate PD, PSD and indefinite matrices", () => {
    const pd = [
        [2, 1],
        [1, 2]
      ],
      psd = [
        [1, 1],
        [1, 1]
      ],
      indef = [
        [0, 0],
        [0, -1]
      ];
    expect(Array.from(leadingMinors(pd))).toEqual([2, expect.closeTo(3, 12)]);
    expect(choleskySucceeds(pd)).toBe(true);
    expect(choleskySucceeds(psd)).toBe(false);
    expect(principalMinors(indef).map((m) => m.value)).toEqual([0, -1, expect.closeTo(0, 15)]);
    expect(principalMinors(indef).map((m) => m.indices)).toEqual([[0], [1], [0, 1]]);
    expect(
      minRayleighQuotient(pd, [
        [1, 0, 1],
        [0, 1, -1]
      ])
    ).toBeCloseTo(1, 12); // (1,-1) direction: λ = 1
  });
});

describe("PD tests on random matrices", () => {
  it("pdTrials: eigenvalues, Cholesky and Sylvester agree, and the shift splits the sample", () => {
    const trials = pdTrials(41, 300);
    for (const t of trials) {
      expect(t.chol).toBe(t.lmin > 0);
      expect(t.minor > 0).toBe(t.lmin > 0);
      expect(t.allMinor >= 0).toBe(t.lmin >= 0);
    }
    const pd = trials.filter((t) => t.chol).length;
    expect(pd).toBeGreaterThan(100);
    expect(pd).toBeLessThan(200);
  });

  it("choleskyOnSingular: the tolerance test flags every matrix; completed factors have round-off pivots", () => {
    const r = choleskyOnSingular(200);
    expect(r.flagged).toBe(400);
    expect(r.pivots.length).toBe(r.gram + r.cov);
    expect(r.gram + r.cov).toBeGreaterThan(0);
    for (const p of r.pivots) expect(p).toBeLessThan(1e-6);
  });
});

describe("shiftedGramTrials", () => {
  it("2×2: λmin matches the closed form, the sampled quotient stays above it and gets close", () => {
    const trials = shiftedGramTrials([5, 6, 7], [-1, 0, 0.5], 2, 4000);
    trials.forEach(({M, lmin, rq}, t) => {
      const [a, b, , c] = M.data as unknown as number[];
      const closed = (a! + c!) / 2 - Math.hypot((a! - c!) / 2, b!);
      expect(lmin).toBeCloseTo(closed, 12);
      expect(lmin).toBeGreaterThanOrEqual([-1, 0, 0.5][t]! - 1e-12); // BᵀB ⪰ 0
      expect(rq).toBeGreaterThanOrEqual(lmin - 1e-12);
      expect(rq - lmin).toBeLessThan(1e-3 * Math.max(1, Math.abs(lmin)));
    });
  });

  it("refuses seeds and shifts of different lengths", () => {
    expect(() => shiftedGramTrials([1, 2], [0], 3, 10)).toThrow(RangeError);
  });
});
