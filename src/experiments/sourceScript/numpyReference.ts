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
  lines: ["rank-k approximation: actual vs theoretical Frobenius error", "  k= 1: actual=1397.59  theory=1397.59", "  k= 5: actual=625.25  theory=625.25", "  k=10: actual= 40.20  theory= 40.20", "  k=20: actual= 31.60  theory= 31.60", "", "kappa(A) = 1.6,  kappa(A^T A) = 2.5", "normal-eq error: 4.25e-02", "QR error       : 4.25e-02", "", "gradient check: ||analytic - numeric|| = 1.35e-08"],
  eckartYoung: [{"k": 1, "actual": 1397.5852567819325, "theory": 1397.585256781933, "actualText": "1397.59", "theoryText": "1397.59"}, {"k": 5, "actual": 625.2473738785678, "theory": 625.2473738785679, "actualText": "625.25", "theoryText": "625.25"}, {"k": 10, "actual": 40.20302736307718, "theory": 40.20302736307718, "actualText": " 40.20", "theoryText": " 40.20"}, {"k": 20, "actual": 31.602833552802753, "theory": 31.602833552802768, "actualText": " 31.60", "theoryText": " 31.60"}] as NumpyEckartYoungRow[],
  leastSquares: {
    kappaA: 1.5781175855241976, kappaAtA: 2.4904551137407207, normalError: 0.04254237948318521, qrError: 0.042542379483185316,
    normalVsLstsq: 1.477051145826046e-15, qrVsLstsq: 1.642101156399457e-15,
    kappaAText: "1.6", kappaAtAText: "2.5", normalErrorText: "4.25e-02", qrErrorText: "4.25e-02",
  },
  gradientCheck: {error: 1.3464454497510582e-08, errorText: "1.35e-08", lossAtTest: 7.140373032604123},
} as const;
