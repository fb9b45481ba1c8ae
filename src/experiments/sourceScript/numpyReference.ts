// What NumPy prints for the source article's section-7 script (seed 42), kept as reference figures for chapter 7; test/experiments/sourceScript.test.ts holds them equal to test/fixtures/article.json (made with python3-numpy).

/** One printed Eckart–Young line: k, the raw values and the strings NumPy printed (f"{x:6.2f}"). */
export interface NumpyEckartYoungRow {
  k: number;
  actual: number;
  theory: number;
  actualText: string;
  theoryText: string;
}

/** NumPy 2.4.6, SciPy 1.17.1: the script's printed results at its default sizes and seed. */
export const numpyArticle = {
  environment: "numpy 2.4.6, scipy 1.17.1",
  seed: 42,
  lines: [
    "rank-k approximation: actual vs theoretical Frobenius error",
    "  k= 1: actual=1397.59  theory=1397.59",
    "  k= 5: actual=625.25  theory=625.25",
    "  k=10: actual= 40.20  theory= 40.20",
    "  k=20: actual= 31.60  theory= 31.60",
    "",
    "kappa(A) = 1.6,  kappa(A^T A) = 2.5",
    "normal-eq error: 4.25e-02",
    "QR error       : 4.25e-02",
    "",
    "gradient check: ||analytic - numeric|| = 1.35e-08"
  ],
  eckartYoung: [
    {
      k: 1,
      actual: 1397.5852567819325,
      theory: 1397.585256781933,
      actualText: "1397.59",
      theoryText: "1397.59"
    },
    {
      k: 5,
      actual: 625.2473738785678,
      theory: 625.2473738785679,
      actualText: "625.25",
      theoryText: "625.25"
    },
    {
      k: 10,
      actual: 40.20302736307718,
      theory: 40.20302736307718,
      actualText: " 40.20",
      theoryText: " 40.20"
    },
    {
      k: 20,
      actual: 31.602833552802753,
      theory: 31.602833552802768,
      actualText: " 31.60",
      theoryText: " 31.60"
    }
  ] as NumpyEckartYoungRow[],
  leastSquares: {
    kappaA: 1.5781175855241976,
    kappaAtA: 2.4904551137407207,
    normalError: 0.04254237948318521,
    qrError: 0.042542379483185316,
    normalVsLstsq: 1.477051145826046e-15,
    qrVsLstsq: 1.642101156399457e-15,
    kappaAText: "1.6",
    kappaAtAText: "2.5",
    normalErrorText: "4.25e-02",
    qrErrorText: "4.25e-02"
  },
  gradientCheck: {
    error: 1.3464454497510582e-8,
    errorText: "1.35e-08",
    lossAtTest: 7.140373032604123
  }
} as const;

/** The figures NumPy printed (and computed) at the fixture's two further seeds, same script and sizes. */
export interface NumpySeedRun {
  seed: number;
  lines: readonly string[];
  eckartYoung: readonly {k: number; actual: number}[];
  leastSquares: {kappaA: number; kappaAtA: number; normalError: number; qrError: number};
  gradientCheck: {error: number; lossAtTest: number};
}

/** NumPy 2.4.6 at seeds 7 and 2024 (test/fixtures/article.json, otherSeeds). */
export const numpyArticleSeeds: readonly NumpySeedRun[] = [
  {
    seed: 7,
    lines: [
      "rank-k approximation: actual vs theoretical Frobenius error",
      "  k= 1: actual=1384.48  theory=1384.48",
      "  k= 5: actual=649.64  theory=649.64",
      "  k=10: actual= 39.29  theory= 39.29",
      "  k=20: actual= 30.78  theory= 30.78",
      "",
      "kappa(A) = 1.7,  kappa(A^T A) = 2.7",
      "normal-eq error: 3.51e-02",
      "QR error       : 3.51e-02",
      "",
      "gradient check: ||analytic - numeric|| = 4.29e-09"
    ],
    eckartYoung: [
      {k: 1, actual: 1384.4760576554472},
      {k: 5, actual: 649.6417273023155},
      {k: 10, actual: 39.28997609926648},
      {k: 20, actual: 30.782823024663994}
    ],
    leastSquares: {
      kappaA: 1.6537639789167027,
      kappaAtA: 2.734935297962404,
      normalError: 0.03513657336332059,
      qrError: 0.0351365733633209
    },
    gradientCheck: {error: 4.286734608931962e-9, lossAtTest: 3.0495589790767528}
  },
  {
    seed: 2024,
    lines: [
      "rank-k approximation: actual vs theoretical Frobenius error",
      "  k= 1: actual=1519.64  theory=1519.64",
      "  k= 5: actual=591.53  theory=591.53",
      "  k=10: actual= 39.20  theory= 39.20",
      "  k=20: actual= 30.77  theory= 30.77",
      "",
      "kappa(A) = 1.6,  kappa(A^T A) = 2.4",
      "normal-eq error: 3.03e-02",
      "QR error       : 3.03e-02",
      "",
      "gradient check: ||analytic - numeric|| = 7.95e-09"
    ],
    eckartYoung: [
      {k: 1, actual: 1519.6422890050474},
      {k: 5, actual: 591.5345849118295},
      {k: 10, actual: 39.20295212421852},
      {k: 20, actual: 30.77005282557763}
    ],
    leastSquares: {
      kappaA: 1.5508416040096626,
      kappaAtA: 2.405109680727263,
      normalError: 0.030274956685413586,
      qrError: 0.03027495668541297
    },
    gradientCheck: {error: 7.954619236634882e-9, lossAtTest: 4.865789916036591}
  }
];
