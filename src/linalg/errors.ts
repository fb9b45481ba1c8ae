// Typed errors, modelled on numpy.linalg.LinAlgError: each names the problem and where it is, and
// every refusal of the library is a LinAlgError, so one `catch (e) { if (e instanceof LinAlgError) … }`
// covers them all.

/** Base class for numerical failures (as numpy.linalg.LinAlgError). */
export class LinAlgError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Cholesky found a non-positive pivot: the matrix is not positive definite. `pivot` is 0-based. */
export class NotPositiveDefiniteError extends LinAlgError {
  constructor(
    readonly pivot: number,
    readonly value: number
  ) {
    super(
      `matrix is not positive definite: pivot ${pivot} (0-based) is ${value} (leading ${pivot + 1}×${pivot + 1} minor is not positive)`
    );
  }
}

/** An exact zero pivot (or a zero diagonal in a triangular solve). `index` is 0-based. */
export class SingularMatrixError extends LinAlgError {
  constructor(
    readonly index: number,
    what = "pivot"
  ) {
    super(`matrix is singular: ${what} ${index} is zero`);
  }
}

/** An iterative method hit its iteration bound before converging. */
export class ConvergenceError extends LinAlgError {
  constructor(
    readonly algorithm: string,
    readonly iterations: number
  ) {
    super(`${algorithm} did not converge in ${iterations} iterations`);
  }
}

/**
 * Operand shapes do not fit (a square matrix expected, or mismatched operands); the message names
 * every shape involved. A LinAlgError, as NumPy's "Last 2 dimensions of the array must be square".
 */
export class ShapeError extends LinAlgError {}

/** An input holds NaN or ±Infinity; `row` and `col` locate the first one (col is 0 for vectors). */
export class NonFiniteError extends LinAlgError {
  constructor(
    readonly fn: string,
    readonly row: number,
    readonly col: number,
    readonly value: number
  ) {
    super(`${fn}: input has a non-finite entry ${value} at row ${row}, column ${col}`);
  }
}
