// Derivations, the summary table (MD-S.n) and the references (MD-R.n).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "MD-S.1",
    claim: "Spectral theorem A = QΛQᵀ, for symmetric matrices such as covariances and Hessians.",
    verdict: "conditional",
    reason:
      "The theorem is right; a Hessian is symmetric only when the mixed partials agree (f ∈ " +
      "C²), and a graph Laplacian only for an undirected graph.",
    condition: "f twice continuously differentiable; the graph undirected",
    decidedBy:
      "QΛQᵀ against S and QᵀQ = I; mixed partials of xy(x² − y²)/(x² + y²) at 0 differ (−1 vs " +
      "+1)."
  },
  {
    id: "MD-S.2",
    claim: "SVD A = UΣVᵀ, for any matrix: PCA, pseudo-inverse, low rank.",
    verdict: "true",
    reason: "Every real matrix has an SVD, rectangular and rank-deficient ones included.",
    decidedBy:
      "UΣVᵀ against A and σᵢ against √λᵢ(AᵀA) by eigh, on tall, wide and rank-deficient " +
      "matrices."
  },
  {
    id: "MD-S.3",
    claim: "QR A = QR, for least squares with bad conditioning.",
    verdict: "conditional",
    reason: "QR's advantage over the normal equations holds for small residuals only.",
    condition: "a small least-squares residual",
    decidedBy:
      "at κ = 10⁷ QR's error is below the normal equations' / 1000 (consistent); with a " +
      "residual as large as Ax* it is not 100× below."
  },
  {
    id: "MD-S.4",
    claim: "Cholesky A = LLᵀ, for positive definite systems (Gaussian MLE, GPs).",
    verdict: "true",
    reason: "PD matrices have a unique Cholesky factor with a positive diagonal.",
    decidedBy: "LLᵀ against A by matmul, and the Cholesky solve against LU's solve."
  },
  {
    id: "MD-S.5",
    claim: "The gradient of xᵀAx is 2Ax.",
    verdict: "conditional",
    reason: "In general ∇(xᵀAx) = (A + Aᵀ)x; 2Ax only for symmetric A.",
    condition: "A symmetric",
    decidedBy:
      "2Sx against central differences for symmetric S; for a non-symmetric A, (A + Aᵀ)x " +
      "matches and 2Ax does not."
  },
  {
    id: "MD-S.6",
    claim: "Chain rule ∇ₓL = J_gᵀ∇_g f: backpropagation in one line.",
    verdict: "true",
    reason: "Differentiate f(g(x)) coordinate-wise; reverse mode evaluates it right to left.",
    decidedBy: "J_gᵀ∇f against central differences of f∘g, relative 1e-8."
  },
  {
    id: "MD-R.1",
    claim: "Strang, Introduction to Linear Algebra, 6th ed. (Wellesley-Cambridge, 2023).",
    verdict: "true",
    reason: "Entry matches the published book; cited here for the four fundamental subspaces.",
    decidedBy:
      "dim N(A) and dim N(Aᵀ) of a rank-2 5×4 matrix: SVD bases against the zero eigenvalues of " +
      "AᵀA and AAᵀ (eigh)."
  },
  {
    id: "MD-R.2",
    claim:
      "Trefethen & Bau, Numerical Linear Algebra (SIAM, 1997): the cleanest account of " +
      "stability.",
    verdict: "true",
    reason: "Entry matches; its Lecture 18 gives the least-squares sensitivity κ + κ² tan θ / η.",
    decidedBy: "the κ-sweep: QR error slope ≈ 1 with zero residual and > 1.5 with residual 1."
  },
  {
    id: "MD-R.3",
    claim:
      "Golub & Van Loan, Matrix Computations, 4th ed. (Johns Hopkins, 2013): the algorithms " +
      "reference.",
    verdict: "true",
    reason: "Entry matches; the library's kernels cite its algorithms (Householder QR, Cholesky).",
    decidedBy: "Householder QR's QᵀQ = I and QR = A on a seeded 30×4 matrix."
  },
  {
    id: "MD-R.4",
    claim: "Petersen & Pedersen, The Matrix Cookbook (DTU, 2012): a table of matrix derivatives.",
    verdict: "true",
    reason: "Entry matches the November 2012 version; its identities hold.",
    decidedBy:
      "two Cookbook identities, ∂ tr(AX)/∂X = Aᵀ and ∂ aᵀXb/∂X = abᵀ, against central " +
      "differences."
  },
  {
    id: "MD-R.5",
    claim: "Eckart & Young (1936), Psychometrika 1(3):211–218: best lower-rank approximation.",
    verdict: "true",
    reason:
      "Entry matches; the paper proves the Frobenius-norm case (the spectral-norm case is " +
      "Mirsky's).",
    decidedBy:
      "the truncated SVD's Frobenius error equals the σ tail and beats 20 random rank-3 fits."
  },
  {
    id: "MD-R.6",
    claim: "Boyd & Vandenberghe, Introduction to Applied Linear Algebra (Cambridge, 2018).",
    verdict: "true",
    reason: "Entry matches; a data-first text whose least squares is solved by QR.",
    decidedBy:
      "a QR least-squares fit against the SVD minimum-norm solution on a seeded data matrix."
  }
];
