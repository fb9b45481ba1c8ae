// Derivations, section 6 (numerical decompositions: QR, Cholesky, the decision table).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "MD-6.1",
    claim:
      "A matrix with independent columns factors as A = QR, Q with orthonormal columns, R upper " +
      "triangular.",
    verdict: "true",
    reason:
      "Householder (or Gram–Schmidt) QR exists for every full-column-rank A, with R invertible.",
    decidedBy: "QᵀQ against I and QR against A, by matmul, over several seeds and shapes."
  },
  {
    id: "MD-6.2",
    claim: "The least-squares solution is found by forming Qᵀb and back-substituting in Rx = Qᵀb.",
    verdict: "true",
    reason: "‖Ax − b‖² = ‖Rx − Qᵀb‖² + ‖(I − QQᵀ)b‖² for orthonormal Q.",
    decidedBy:
      "the back-substituted x against the SVD minimum-norm solution, and Aᵀ(b − Ax) = 0 by " +
      "matmul."
  },
  {
    id: "MD-6.3",
    claim: "The normal equations' matrix AᵀA has condition number κ(A)².",
    verdict: "conditional",
    reason:
      "Exact for full column rank; the computed AᵀA stops following κ² once κ² passes 1/ε_mach.",
    condition: "in floating point only while κ(A)² ≪ 1/ε_mach (about κ(A) < 10⁷)",
    decidedBy:
      "λ_max/λ_min of AᵀA from eigh against (σ₁/σₙ)² from svd of A up to κ = 10⁶; a stall at κ " +
      "= 10¹⁰."
  },
  {
    id: "MD-6.4",
    claim: "κ(A) = 10⁴ becomes 10⁸ in the normal equations: their error budget is squared.",
    verdict: "true",
    reason: "Forward error of Cholesky on AᵀA grows like κ²ε (slope 2 on log–log axes).",
    decidedBy: "fitted log–log slope of the normal-equation error against κ, over three seeds."
  },
  {
    id: "MD-6.5",
    claim: "QR works on A directly, so its accuracy depends on κ(A), not κ(A)².",
    verdict: "conditional",
    reason:
      "The least-squares problem itself has sensitivity κ + κ² tan θ (Trefethen & Bau, Lecture " +
      "18).",
    condition:
      "the residual is small (tan θ ≲ 1/κ); with a large residual QR's error grows like κ² too",
    decidedBy:
      "QR slope ≈ 1 for consistent problems over three seeds; QR slope > 1.5 with residual 1."
  },
  {
    id: "MD-6.6",
    claim:
      "A positive definite A has a Cholesky factor A = LLᵀ, L lower triangular with positive " +
      "diagonal.",
    verdict: "true",
    reason:
      "Standard existence theorem; the pivots are ratios of leading principal minors, all " +
      "positive.",
    decidedBy:
      "LLᵀ against A by matmul and a positive diagonal over several seeds; refusal on an " +
      "indefinite shift."
  },
  {
    id: "MD-6.7",
    claim: "Cholesky costs O(n³/3), half of LU.",
    verdict: "imprecise",
    reason:
      "As flop counts n³/3 against 2n³/3, yes; 'O(n³/3)' mixes big-O with a constant, and " +
      "wall-clock time is not a flop count.",
    decidedBy:
      "the exact loop counts of both algorithms against their closed forms, and their ratio " +
      "above ½ tending to it (n = 10, 100, 1000); timings shown, not asserted."
  },
  {
    id: "MD-6.8",
    claim: "With A = LLᵀ, Ax = b is two triangular solves.",
    verdict: "true",
    reason: "Ly = b by forward substitution, then Lᵀx = y by back substitution.",
    decidedBy: "the two triangular solves against LU-based solve(A, b), and the residual Ax − b."
  },
  {
    id: "MD-6.9",
    claim: "Cholesky is the workhorse of Gaussian-process inference and kernel methods.",
    verdict: "conditional",
    reason:
      "A smooth kernel matrix on nearby points is singular to working precision; Cholesky needs " +
      "the noise (or jitter) term on the diagonal.",
    condition: "the kernel matrix carries a noise or jitter term σ²I that keeps it numerically PD",
    decidedBy:
      "λ_min/λ_max of a bare RBF kernel (eigh) below ε_mach; with σ²I the Cholesky solve equals " +
      "LU's solve()."
  },
  {
    id: "MD-6.10",
    claim: "For a symmetric matrix (covariance, Hessian), use the eigendecomposition.",
    verdict: "true",
    reason: "Spectral theorem: real eigenvalues, orthonormal eigenvectors, A = QΛQᵀ.",
    decidedBy: "QΛQᵀ against A, QᵀQ against I, and the eigen-residual AQ − QΛ, on a covariance."
  },
  {
    id: "MD-6.11",
    claim: "For any matrix, the SVD gives the honest rank, PCA and the pseudo-inverse.",
    verdict: "true",
    reason: "The SVD exists for every matrix and its small singular values expose near rank loss.",
    decidedBy:
      "matrixRank (svd) against the count of non-negligible eigenvalues of AᵀA (eigh), ranks 1 " +
      "to 5, and against the construction."
  },
  {
    id: "MD-6.12",
    claim: "For tall least squares min‖Ax − b‖, use QR.",
    verdict: "true",
    reason: "Backward stable and never squares κ; the standard choice for full-rank tall problems.",
    decidedBy: "the QR residual is orthogonal to Col(A) (Aᵀr = 0 by matmul), on a 40×6 problem."
  },
  {
    id: "MD-6.13",
    claim: "For a positive definite system Ax = b, use Cholesky.",
    verdict: "true",
    reason: "Half the flops of LU, no pivoting, and it doubles as a PD test.",
    decidedBy:
      "the Cholesky solve's backward error ‖Ax − b‖/(‖A‖‖x‖) below 1e-14, and equal to LU's " +
      "solve."
  },
  {
    id: "MD-6.14",
    claim: "To detect rank loss or monitor numerical health, use κ(A) from the SVD.",
    verdict: "true",
    reason: "κ₂ = σ₁/σₙ bounds the relative error amplification of solves.",
    decidedBy: "cond(A) from svd against √(λ_max/λ_min) of AᵀA from eigh, at κ = 10³."
  }
];
