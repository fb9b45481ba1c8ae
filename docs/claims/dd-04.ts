// Ledger: Deep Dive §4, positive (semi)definiteness (page docs/deep-dive/04-definiteness.md).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "DD-4.1",
    claim: "Symmetric A is PD iff xᵀAx > 0 for all x ≠ 0, iff all its eigenvalues are > 0.",
    verdict: "true",
    reason: "xᵀAx = Σλᵢyᵢ² in the eigenbasis.",
    decidedBy: "Sampled Rayleigh quotients never fall below eigvalsh's λmin and come within 1% " +
      "of it."
  },
  {
    id: "DD-4.2",
    claim: "Symmetric A is PSD iff xᵀAx ≥ 0 for all x, iff all its eigenvalues are ≥ 0.",
    verdict: "true",
    reason: "Same weighted sum of squares, with zero weights allowed.",
    decidedBy: "Sampled Rayleigh quotients of 20 PSD matrices are ≥ 0, while each of 20 with " +
      "λmin = −0.1 gives a sampled xᵀAx < 0."
  },
  {
    id: "DD-4.3",
    claim: "Covariance matrices are PSD.",
    verdict: "true",
    reason: "vᵀΣv is the sample variance of the projections Xv, with either normalisation 1/(n − " +
      "1) or 1/n.",
    decidedBy: "vᵀΣv against the variance of Xv computed in the cell, and λmin ≥ −round-off, " +
      "over 20 seeds including fewer samples than features."
  },
  {
    id: "DD-4.4",
    claim: "The Hessian at a local minimum is PSD.",
    verdict: "conditional",
    reason: "Second-order necessary condition.",
    condition: "f twice continuously differentiable at the minimum.",
    decidedBy: "Finite-difference Hessians at the minima of Rosenbrock's function (against its " +
      "exact Hessian) and of x⁴ + y² are PSD; |x| at 0 has no Hessian (difference quotient 2/h)."
  },
  {
    id: "DD-4.5",
    claim: "The Hessian is PD at a strict local minimum.",
    verdict: "false",
    reason: "PD is sufficient for a strict minimum, not necessary: x⁴ + y² has one with Hessian " +
      "diag(0, 2).",
    decidedBy: "f > 0 at 400 points around 0 (strict minimum) while the Hessian there has λmin = 0."
  },
  {
    id: "DD-4.6",
    claim: "The quadratic ½xᵀAx + bᵀx + c is convex iff A is PSD.",
    verdict: "true",
    reason: "Its Hessian is A (A symmetric).",
    decidedBy: "The midpoint test over 300 pairs holds for PSD A and fails for an indefinite A, " +
      "several seeds."
  },
  {
    id: "DD-4.7",
    claim: "Kernel (Gram) matrices must be PSD (Mercer's condition).",
    verdict: "true",
    reason: "A valid kernel is an inner product of feature maps, so its Gram matrix is ΦΦᵀ.",
    decidedBy: "RBF Gram matrices on several seeded point sets have λmin ≥ −round-off; the " +
      "distance matrix (not a kernel) has a clearly negative eigenvalue."
  },
  {
    id: "DD-4.8",
    claim: "A PD matrix has a Cholesky factorization A = LLᵀ with L lower triangular.",
    verdict: "true",
    reason: "Every pivot is positive for PD A. The converse test 'Cholesky fails ⇒ not PD' is " +
      "unreliable for singular PSD matrices in floating point.",
    decidedBy: "LLᵀ against A on five PD covariances and the triangular shape of L; over 200 " +
      "seeds Cholesky completes on some singular PSD matrices, which an eigenvalue test with " +
      "tolerance flags."
  },
  {
    id: "DD-4.9",
    claim: "Cholesky is numerically efficient for solving systems.",
    verdict: "true",
    reason: "No pivoting, about n³/3 flops (half of LU's 2n³/3), backward stable for PD A.",
    decidedBy: "Two triangular solves against solve (LU) to 1e-10, and the residual ‖Ax − b‖ at " +
      "round-off."
  },
  {
    id: "DD-4.10",
    claim: "BᵀB is PSD for any B.",
    verdict: "true",
    reason: "xᵀBᵀBx = ‖Bx‖² ≥ 0.",
    decidedBy: "xᵀBᵀBx against ‖Bx‖² computed separately, and λmin ≥ −round-off, over shapes and " +
      "seeds."
  },
  {
    id: "DD-4.11",
    claim: "All principal minors ≥ 0 implies PSD.",
    verdict: "true",
    reason: "True (it is an iff); the leading minors alone are not enough: diag(0, −1).",
    decidedBy: "The all-principal-minors test agrees with the eigenvalue test on 1200 matrices; " +
      "diag(0, −1) passes the leading-minor test yet has λ = −1."
  },
  {
    id: "DD-4.12",
    claim: "Sylvester's criterion: all leading principal minors > 0 iff PD.",
    verdict: "true",
    reason: "The leading minors are the products of the Cholesky pivots squared.",
    decidedBy: "Leading minors (det by LU) against eigvalsh's λmin and Cholesky on 300 random " +
      "symmetric 3×3 matrices per seed, several seeds."
  }
];
