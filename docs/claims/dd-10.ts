// Ledger: Deep Dive section 10, "Eight most-asked interview questions" (page docs/deep-dive/10-top-questions.md).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "DD-10.1",
    claim: "The OLS loss ‖Xw − y‖² has gradient 2Xᵀ(Xw − y) and Hessian 2XᵀX, which is PSD since vᵀXᵀXv = ‖Xv‖² ≥ 0.",
    verdict: "true",
    reason: "Chain rule on rᵀr with r = Xw − y; the Hessian is a Gram matrix.",
    decidedBy: "the formula gradient against central differences, the Jacobian of the gradient against 2XᵀX, and the minimum Rayleigh quotient over 1000 v and eigvalsh(XᵀX) ≥ 0, on three problems."
  },
  {
    id: "DD-10.2",
    claim: "The SVD is unique up to the sign of the singular vectors when the singular values are distinct, and up to a rotation when one repeats.",
    verdict: "imprecise",
    reason: "The sign flip must be joint on uᵢ and vᵢ (flipping one breaks Avᵢ = σᵢuᵢ), the rotation must be the same on both sides, and vectors of zero singular values are free.",
    decidedBy: "U diag(s) Vᵀ rebuilt after a joint flip (equals A) and after a one-sided flip (does not); a shared rotation for σ = 2, 2, 1 (equals A) and a one-sided one (does not)."
  },
  {
    id: "DD-10.3",
    claim: "The eigendecomposition of the covariance is the SVD of the centred data: eigenvectors = right singular vectors, eigenvalues = σᵢ²/(n − 1).",
    verdict: "true",
    reason: "C = X_cᵀX_c/(n − 1) = V Σ²/(n − 1) Vᵀ. (This Deep Dive divides by n − 1; Derivations 8 divides by n.)",
    decidedBy: "eigh of the covariance against svd of the centred data (values and directions up to sign); on data with variances 1, 10⁻⁶, 10⁻¹² built in, both routes against the exact variances."
  },
  {
    id: "DD-10.4",
    claim: "Keeping the top k principal components gives the best rank-k approximation of the centred data (Eckart–Young).",
    verdict: "true",
    reason: "Eckart–Young: the truncated SVD minimises the Frobenius error, √(σ²_{k+1} + …).",
    decidedBy: "‖X_c − X_c v₁v₁ᵀ‖_F against σ₂ (2-D data), and the error of projecting onto 200 random directions (never smaller)."
  },
  {
    id: "DD-10.5",
    claim: "The condition number measures the sensitivity of the solution, affects gradient descent's convergence, and normalisation helps.",
    verdict: "true",
    reason: "Worst-case relative amplification is κ; GD needs ~κ ln(1/ε) steps; standardising removes scale-induced ill-conditioning.",
    decidedBy: "worst-case amplification at κ = 10⁸ against κ, GD step counts at κ = 10, 100, 1000 against their ratios, κ(XᵀX) before and after standardising."
  },
  {
    id: "DD-10.6",
    claim: "PSD has three equivalent characterisations: all eigenvalues ≥ 0; xᵀAx ≥ 0 for all x; A = BᵀB for some B.",
    verdict: "conditional",
    reason: "The equivalence needs A symmetric: [[1, −3], [3, 1]] has xᵀAx = ‖x‖² ≥ 0 but eigenvalues 1 ± 3i and is no Gram matrix.",
    condition: "A symmetric",
    decidedBy: "eigvalsh ≥ 0, the minimum Rayleigh quotient over 2000 x, and BᵀB rebuilt from eigh against A on a rank-2 PSD matrix; eig and xᵀAx of [[1, −3], [3, 1]]."
  },
  {
    id: "DD-10.7",
    claim: "The gradient of xᵀAx with respect to x is (A + Aᵀ)x (2Ax only when A is symmetric).",
    verdict: "true",
    reason: "∂/∂x_k Σ x_iA_ij x_j = Σ_j A_kj x_j + Σ_i x_i A_ik.",
    decidedBy: "central differences against (A + Aᵀ)x, and the distance to 2Ax for a non-symmetric A."
  },
  {
    id: "DD-10.8",
    claim: "OLS uses (XᵀX)⁻¹Xᵀy, not X⁻¹y: X is generally not square, and the normal equations are a d × d system.",
    verdict: "true",
    reason: "An n × d matrix with n ≠ d has no inverse; XᵀX is d × d.",
    decidedBy: "inv on a 25 × 4 X refused with ShapeError; the d × d normal-equations solve against lstsq (QR)."
  },
  {
    id: "DD-10.9",
    claim: "When d > n, use the n × n form Xᵀ(XXᵀ)⁻¹y (with ridge, Xᵀ(XXᵀ + λI)⁻¹y), which needs only inner products: the kernel trick.",
    verdict: "true",
    reason: "XᵀX is singular when d > n; Xᵀ(XXᵀ)⁻¹y is the minimum-norm solution and the push-through identity equates the two ridge forms.",
    decidedBy: "Xᵀ(XXᵀ)⁻¹y against pinv(X)y (SVD), and the d × d ridge solve against the n × n one."
  },
  {
    id: "DD-10.10",
    claim: "The rank is the dimension of the column space: the number of independent output directions, the dimension of the image of x ↦ Ax.",
    verdict: "true",
    reason: "Outputs Ax span exactly C(A).",
    decidedBy: "the σ count of 500 outputs Ax (SVD) against the pivots of A's row echelon form (elimination)."
  }
];
