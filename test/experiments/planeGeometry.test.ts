import {describe, expect, it} from "vitest";
import {matmul, norm} from "../../src/linalg/index.js";
import {
  directionFan,
  obliqueProjector,
  lpUnitSphere,
  mapCurve,
  parallelogram,
  polygonArea,
  rotation,
  unitBallImage,
  unitCircle,
  unitCircleImage,
  unitSquareImage
} from "../../src/experiments/planeGeometry.js";

describe("planar shapes", () => {
  it("unitCircle closes and has unit radius", () => {
    const c = unitCircle(12);
    expect(c).toHaveLength(13);
    expect(c[12]!.x).toBeCloseTo(c[0]!.x, 14);
    for (const p of c) expect(Math.hypot(p.x, p.y)).toBeCloseTo(1, 14);
  });

  it("lpUnitSphere points have unit p-norm, for p = 1, 3, ∞ and the non-norm p = 0.5", () => {
    for (const p of [1, 3, Infinity, 0.5]) {
      for (const q of lpUnitSphere(p, 40)) {
        const r =
          p === Infinity
            ? Math.max(Math.abs(q.x), Math.abs(q.y))
            : (Math.abs(q.x) ** p + Math.abs(q.y) ** p) ** (1 / p);
        expect(r).toBeCloseTo(1, 12);
      }
    }
    expect(() => lpUnitSphere(0)).toThrow(RangeError);
  });

  it("the ℓ1 sphere has its corners on the axes", () => {
    const pts = lpUnitSphere(1, 8);
    expect(pts[2]!.x).toBeCloseTo(0, 14);
    expect(pts[2]!.y).toBeCloseTo(1, 14);
  });

  it("parallelogram visits 0, u, u+v, v, 0", () => {
    expect(parallelogram([1, 0], [0.5, 2]).map((p) => [p.x, p.y])).toEqual([
      [0, 0],
      [1, 0],
      [1.5, 2],
      [0.5, 2],
      [0, 0]
    ]);
  });

  it("mapCurve applies the matrix and keeps the index; refuses non-2×2", () => {
    const out = mapCurve(
      [
        [2, 1],
        [0, 3]
      ],
      [{x: 1, y: 1, order: 7}]
    );
    expect(out).toEqual([{x: 3, y: 3, order: 7}]);
    expect(norm([out[0]!.x, out[0]!.y])).toBeCloseTo(Math.hypot(3, 3), 14);
    expect(() =>
      mapCurve(
        [
          [1, 2, 3],
          [4, 5, 6]
        ],
        []
      )
    ).toThrow(RangeError);
  });
});

describe("planar pictures", () => {
  it("maps the square's corner (1,1) to the column sum and the circle onto an ellipse", () => {
    const A = [
      [2, 1],
      [0, 3]
    ];
    const img = unitSquareImage(A).filter((p) => p.shape !== "unit square");
    expect(img[2]).toMatchObject({x: 3, y: 3});
    const circle = unitCircleImage(rotation(0.3), 8).filter((p) => p.shape === "image");
    for (const p of circle) expect(Math.hypot(p.x, p.y)).toBeCloseTo(1, 14);
  });
  it("finds alignment 1 exactly on the eigen-directions of a diagonal map", () => {
    const fan = directionFan(
      [
        [3, 0],
        [0, 1]
      ],
      4
    );
    expect(fan.map((r) => r.alignment)).toEqual([1, expect.any(Number), 1, expect.any(Number)]);
    expect(fan[1]!.alignment).toBeLessThan(0.95);
  });
});

describe("unit p-ball images", () => {
  it("reach exactly the induced norm at the corners for p = 1 and ∞", () => {
    const A = [
      [1, -2],
      [3, 0.5]
    ];
    const one = unitBallImage(A, 1, 3.5, 16).filter((p) => p.shape === "image A·ball");
    expect(Math.max(...one.map((p) => p.size))).toBeCloseTo(4, 12); // max column sum: |1|+|3|, |-2|+|0.5|
    const inf = unitBallImage(A, Infinity, 3.5, 16).filter((p) => p.shape === "image A·ball");
    expect(Math.max(...inf.map((p) => p.size))).toBeCloseTo(3.5, 12); // max row sum
    const ball = unitBallImage(A, 1, 2, 16).filter((p) => p.shape === "unit ball");
    for (const p of ball) expect(Math.abs(p.x) + Math.abs(p.y)).toBeCloseTo(1, 14);
  });

  it("measures images of huge and tiny matrices without overflow or underflow", () => {
    for (const [p, c] of [
      [2, 1e200],
      [1, 1e200],
      [2, 1e-200]
    ] as const) {
      const img = unitBallImage(
        [
          [c, 0],
          [0, c / 4]
        ],
        p,
        c,
        16
      ).filter((q) => q.shape === "image A·ball");
      expect(Math.max(...img.map((q) => q.size)) / c).toBeCloseTo(1, 12);
    }
  });
});

describe("polygon area", () => {
  it("is |det A| for the image of the unit square, either orientation", () => {
    const img = unitSquareImage([
      [2, 1],
      [0.5, 3]
    ])
      .filter((p) => p.shape !== "unit square")
      .slice(0, 4);
    expect(polygonArea(img)).toBeCloseTo(5.5, 14);
    expect(polygonArea([...img].reverse())).toBeCloseTo(5.5, 14);
    expect(
      polygonArea(
        unitSquareImage([
          [1, 2],
          [2, 4]
        ]).filter((p) => p.shape !== "unit square")
      )
    ).toBe(0);
  });
});

describe("obliqueProjector", () => {
  it("is idempotent, fixes the line, sends d to 0, and is not symmetric", () => {
    const a = [Math.cos(0.4), Math.sin(0.4)],
      d = [1, -0.25],
      P = obliqueProjector(a, d);
    const P2 = matmul(P, P);
    P.data.forEach((v, k) => expect(P2.data[k]).toBeCloseTo(v, 14));
    matmul(P, a).forEach((v, i) => expect(v).toBeCloseTo(a[i]!, 14));
    matmul(P, d).forEach((v) => expect(v).toBeCloseTo(0, 14));
    expect(Math.abs(P.get(0, 1) - P.get(1, 0))).toBeGreaterThan(0.1);
    expect(() => obliqueProjector([1, 0], [2, 0])).toThrow(RangeError);
  });
});
