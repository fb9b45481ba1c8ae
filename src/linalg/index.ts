// numpy.linalg in TypeScript: one import for every cell. Names follow NumPy/SciPy in camelCase.
export {Matrix, type MatrixLike, type VectorLike} from "./matrix.js";
export {
  LinAlgError,
  NotPositiveDefiniteError,
  SingularMatrixError,
  ConvergenceError,
  ShapeError,
  NonFiniteError
} from "./errors.js";
export {zeros, ones, eye, diag, linspace, fromColumns, fromRows} from "./construct.js";
export {
  matmul,
  matvec,
  transpose,
  add,
  sub,
  hadamard,
  scale,
  outer,
  dot,
  trace,
  vadd,
  vsub,
  vscale
} from "./ops.js";
export {qr, type QROptions} from "./qr.js";
export {cholesky} from "./cholesky.js";
export {lu, luFactor, type LUFactors} from "./lu.js";
export {solveTriangular, type TriangularOptions} from "./triangular.js";
export {solve, luSolve, inv, det, slogdet} from "./solve.js";
export {svd, type SVDOptions, type SVDResult} from "./svd.js";
export {svdvals, isSVDResult} from "./svdvals.js";
export {eig, eigvals, type EigResult, type EigOptions} from "./eig.js";
export {hessenberg} from "./hessenberg.js";
export {lstsq, type LstsqOptions, type LstsqResult} from "./lstsq.js";
export {projector, type ProjectorOptions} from "./projector.js";
export {norm, scaledNorm2, type NormOrder} from "./norms.js";
export {cond} from "./cond.js";
export {matrixRank} from "./rank.js";
export {pinv, type PinvOptions} from "./pinv.js";
export {eigh, eigvalsh, type EighResult} from "./eigh.js";
export {eighTridiagonal, type EighTridiagonalOptions} from "./tridiagonal-dc.js";
export {getKernelPath, kernelPaths, setKernelPath, type KernelPath} from "./kernels.js";
