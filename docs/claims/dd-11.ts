// Ledger: Deep Dive section 11, "Drill plan" (page docs/deep-dive/11-drill-plan.md).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "DD-11.1",
    claim: "OLS on paper: ∇L = 2Xᵀ(Xw − y), Hessian 2XᵀX, closed form ŵ = (XᵀX)⁻¹Xᵀy.",
    verdict: "conditional",
    reason: "The closed form needs XᵀX invertible; with dependent columns the minimiser is not unique.",
    condition: "X has full column rank",
    decidedBy: "the printed formulas evaluated on the drawn X, y, w (matmul and a 2 × 2 inverse by adjugate) against finite differences and lstsq (QR), over several problem seeds."
  },
  {
    id: "DD-11.2",
    claim: "The SVD is tied to the eigendecompositions: AᵀA = VΣ²Vᵀ and AAᵀ = UΣ²Uᵀ, so σᵢ = √λᵢ(AᵀA).",
    verdict: "true",
    reason: "Substitute A = UΣVᵀ.",
    decidedBy: "σ from the 2 × 2 closed form √((tr ± √(tr² − 4 det))/2) of AᵀA against svd, over several problem seeds."
  },
  {
    id: "DD-11.3",
    claim: "A symmetric 2 × 2 matrix's eigenvalues are (tr ± √(tr² − 4 det))/2, and its eigenvectors are orthogonal.",
    verdict: "true",
    reason: "Roots of the characteristic polynomial; the spectral theorem.",
    decidedBy: "the closed form evaluated from the printed trace and determinant against eigvalsh, and the printed eigenvector against A v = λv, over several problem seeds."
  },
  {
    id: "DD-11.4",
    claim: "Each method rests on one linear-algebra fact: PCA on the spectral theorem / SVD, OLS on the normal equations (a projection), ridge on XᵀX + λI being PD, kernel ridge on K being PSD.",
    verdict: "true",
    reason: "Each fact is the step that makes the method's formula exist and be unique.",
    decidedBy: "eigh(covariance) against svd(centred), lstsq fit against P·y, eigvalsh(XᵀX + λI) > 0 with rank(XᵀX) < d, Cholesky of K + λI reproducing K + λI."
  },
  {
    id: "DD-11.5",
    claim: "A PD matrix has a Cholesky factor: ℓ₁₁ = √a₁₁, ℓ₂₁ = a₂₁/ℓ₁₁, ℓ₂₂ = √(a₂₂ − ℓ₂₁²) for 2 × 2.",
    verdict: "true",
    reason: "Match entries of LLᵀ = A; the square roots are real because the leading minors are positive.",
    decidedBy: "the printed formulas evaluated on A against cholesky(A), and LLᵀ against A, over several problem seeds."
  },
  {
    id: "DD-11.6",
    claim: "The three definitions of PSD agree (eigenvalues ≥ 0, xᵀAx ≥ 0, Gram form / Cholesky for PD).",
    verdict: "true",
    reason: "For symmetric A they are equivalent; see section 10.",
    decidedBy: "eigvalsh, a Rayleigh-quotient search and Cholesky on a PD Gram matrix and on a shifted copy with one negative eigenvalue."
  }
];
