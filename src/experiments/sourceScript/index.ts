// The source's section-7 script ("verify everything") replayed in TypeScript, and what it needs to match
// NumPy digit for digit: the same draws, NumPy's rounding order, Python's float formatting, and NumPy's own
// printed output as reference figures.
export {articleScript, type ArticleOptions, type ArticleResult} from "./script.js";
export {articleDraws, continueFrom, type ArticleDraws} from "./draws.js";
export {fma, fmaExact, openblasMatvec, pairwiseSum} from "./numpyArithmetic.js";
export {
  numpyArticle,
  numpyArticleSeeds,
  type NumpyEckartYoungRow,
  type NumpySeedRun
} from "./numpyReference.js";
export {formatExp, formatFixed, pyFormat} from "./pyformat.js";
