// Finite-difference calculus for checking hand-derived gradients and Jacobians: one import for every cell.
export {numericalGradient, numericalGradientMatrix} from "./gradient.js";
export {jacobian} from "./jacobian.js";
export {gradCheck, type GradCheck} from "./gradcheck.js";
export {NonFiniteValueError} from "./evaluate.js";
export type {DifferenceOptions, Scheme} from "./options.js";
