// Ledger: Derivations section 4 (singular value decomposition) → docs/derivations/04-svd.md.
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "MD-4.1",
    claim:
      "Every real m×n matrix of rank r factors as UΣVᵀ with U, V orthogonal and σ₁ ≥ … ≥  " +
      "σ_r > 0 followed by zeros.",
    verdict: "true",
    reason: "SVD theorem.",
    decidedBy:
      "Full SVDs over seeded shapes (tall, wide, rank-deficient): UᵀU = I, VᵀV = I,  " +
      "UΣVᵀ = A, and #σ > 0 equals the planted rank."
  },
  {
    id: "MD-4.2",
    claim:
      "Existence proof: eigenvectors of AᵀA give V with eigenvalues σᵢ², uᵢ = Avᵢ/σᵢ are  " +
      "orthonormal, complete them to U.",
    verdict: "true",
    reason: "uᵢᵀuⱼ = vᵢᵀAᵀAvⱼ/(σᵢσⱼ) = δᵢⱼ.",
    decidedBy:
      "The recipe run with eigh: √eig(AᵀA) against svd's σ, and the recipe's U  " +
      "orthonormal and rebuilding A."
  },
  {
    id: "MD-4.3",
    claim: "Every linear map is a rotation, then an axis stretch, then another rotation.",
    verdict: "imprecise",
    reason:
      "U and V are orthogonal, not always rotations: when det A < 0 one of them must be a  " +
      "reflection (det U·det V = sign det A).",
    decidedBy:
      "|det A| (LU) = σ₁σ₂, and det U·det V = sign det A for the slider's matrix and " +
      "for a mirror matrix (where it is −1)."
  },
  {
    id: "MD-4.4",
    claim: "Σ is the only non-rigid step: Vᵀ and U preserve lengths.",
    verdict: "true",
    reason: "Orthogonal maps are isometries.",
    decidedBy: "Vᵀ keeps the unit circle on the unit circle; U(Σ(Vᵀx)) = Ax on the whole circle."
  },
  {
    id: "MD-4.5",
    claim:
      "Vᵀ turns the input so that its principal axes (the right singular vectors) line up  " +
      "with the coordinate axes.",
    verdict: "true",
    reason: "Vᵀvᵢ = eᵢ.",
    decidedBy: "‖Av₁‖ = σ₁ = the brute-force maximum of ‖Ax‖ over 3600 points of the circle."
  },
  {
    id: "MD-4.6",
    claim:
      "A zero singular value annihilates its input direction, and the image ellipse  " +
      "collapses to lower dimension.",
    verdict: "true",
    reason: "Avᵢ = σᵢuᵢ = 0.",
    decidedBy: "At σ₂ = 0: rank 1, no image component along u₂, and ‖Av₁‖ = σ₁ = 1.5."
  },
  {
    id: "MD-4.7",
    claim: "A rank-one uvᵀ maps all of ℝⁿ onto span(u) and sends v^⊥ to 0.",
    verdict: "true",
    reason: "uvᵀx = (vᵀx)u.",
    decidedBy: "uvᵀ sends a vector ⟂ v to 0; rank [u, images of six random inputs] = 1."
  },
  {
    id: "MD-4.8",
    claim:
      "Eckart–Young: the truncated SVD A_k is the best rank-k approximation in both  " +
      "Frobenius and spectral norm.",
    verdict: "true",
    reason: "Eckart–Young–Mirsky.",
    decidedBy:
      "87 random rank-k rivals QQᵀA (3 for each k = 1…29) never beat A_k in Frobenius or " +
      "spectral norm."
  },
  {
    id: "MD-4.9",
    claim: "‖A − A_k‖_F = √(Σ_{i>k} σᵢ²) and ‖A − A_k‖₂ = σ_{k+1}.",
    verdict: "true",
    reason: "The residual is Σ_{i>k} σᵢuᵢvᵢᵀ.",
    decidedBy:
      "Residual norms by the library against σ from eigh(AᵀA) (an independent route)  " +
      "for every k."
  },
  {
    id: "MD-4.10",
    claim:
      "PCA: with centred X, the top right singular vectors are the principal axes and σᵢ²/n " +
      "the explained variances.",
    verdict: "conditional",
    reason:
      "σᵢ²/n is the variance under the 1/n (maximum-likelihood) covariance; NumPy's cov,  " +
      "scikit-learn and the Deep Dive divide by n − 1.",
    condition:
      "Covariance normalised by 1/n; with the unbiased 1/(n − 1) convention the  " +
      "variances are σᵢ²/(n − 1).",
    decidedBy:
      "eigh of the 1/n covariance (summed outer products) against σᵢ²/n from svd of the " +
      "centred X; the 1/(n−1) variances differ by n/(n−1)."
  },
  {
    id: "MD-4.11",
    claim:
      "The same truncation is the engine of image compression, latent semantic analysis,  " +
      "recommender systems and LoRA.",
    verdict: "imprecise",
    reason:
      "Recommenders have missing entries, where truncating the zero-filled matrix is not  " +
      "the best low-rank fit; LoRA learns low-rank updates by gradient descent, not by  " +
      "truncating an SVD.",
    decidedBy:
      "Seeded rank-2 40×40 matrix, half observed: the rank-2 truncation of the  " +
      "zero-filled matrix misses the hidden entries badly, alternating least squares on the  " +
      "observed entries recovers them."
  },
  {
    id: "MD-4.12",
    claim:
      "A⁺ = VΣ⁺Uᵀ (inverting the non-zero σ), and A⁺b is the minimum-norm least-squares  " +
      "solution, as lstsq returns.",
    verdict: "true",
    reason: "x⁺ lies in the row space, orthogonal to every null-space direction.",
    decidedBy:
      "pinv against Cᵀ(CCᵀ)⁻¹(BᵀB)⁻¹Bᵀ from the planted factors; Penrose conditions; " +
      "pinv diag(1, 1e-14); A⁺b = lstsq; pinv(B)b = lstsq (QR) at full column rank; minimum norm " +
      "along the null line."
  },
  {
    id: "MD-4.13",
    claim: "κ(A) = σ₁/σ_r measures how much A amplifies relative perturbations.",
    verdict: "conditional",
    reason:
      "σ₁/σ_r with r = rank bounds the sensitivity only when A has full rank (r = min(m,  " +
      "n)); a rank-deficient A has σ_min = 0 and perturbations of A can change A⁺b without  " +
      "bound.",
    condition: "A of full rank (σ_r is then σ_min, and cond(A) = σ₁/σ_r).",
    decidedBy:
      "A 4×4 of rank 3 with σ₁/σ_r = 3: a 1e-8 lift of its zero σ moves the solution by " +
      "more than 10⁶ (relative)."
  },
  {
    id: "MD-4.14",
    claim: "If κ(A) ≈ 10ᵏ, solving Ax = b loses about k digits.",
    verdict: "imprecise",
    reason:
      "It is an upper estimate (error ≲ κε); measured errors sit below κε, and at κ ≈ 1  " +
      "the error is a few ε.",
    decidedBy:
      "For κ = 10⁰…10¹⁵ (cond by svd against the prescribed κ), errors of LU solve stay " +
      "below n·κ·ε and mostly below κ·ε; slope ≈ 1."
  },
  {
    id: "MD-4.15",
    claim: "Eigendecomposition needs a square matrix; the SVD works for any m×n.",
    verdict: "true",
    reason: "Av = λv needs m = n.",
    decidedBy: "eig throws ShapeError on a 3×2 matrix; its SVD rebuilds it."
  },
  {
    id: "MD-4.16",
    claim: "A = PΛP⁻¹ exists only for diagonalisable A; the SVD always exists.",
    verdict: "true",
    reason: "A Jordan block has one eigenvector line.",
    decidedBy:
      "The Jordan block's eigenvector matrix is singular (|det P| ≈ 0), while its SVD  " +
      "has σ = φ, 1/φ and rebuilds it."
  },
  {
    id: "MD-4.17",
    claim: "Eigenvalues may be complex; singular values are real and non-negative.",
    verdict: "true",
    reason: "σᵢ² are eigenvalues of the PSD AᵀA.",
    decidedBy: "A rotation has eigenvalues cos t ± i sin t and singular values 1, 1."
  },
  {
    id: "MD-4.18",
    claim:
      "Table row: in the eigendecomposition the right factor is not the inverse of the  " +
      "left; in the SVD it is (U, V orthogonal).",
    verdict: "false",
    reason:
      "Backwards on both sides: in PΛP⁻¹ the right factor is by definition the inverse of  " +
      "the left; in UΣVᵀ, Vᵀ is not U⁻¹ = Uᵀ (they differ, and have different sizes when m ≠ n). " +
      "Each SVD factor is orthogonal — its own inverse is its transpose.",
    decidedBy:
      "Seeded 4×4: ‖VᵀU − I‖_F > 1 while UᵀU = VᵀV = I; for PΛP⁻¹ with real λ, P⁻¹P = I " +
      "and PΛP⁻¹ = A."
  },
  {
    id: "MD-4.19",
    claim: "For a symmetric PSD matrix the two decompositions coincide: U = V = Q, Σ = Λ.",
    verdict: "true",
    reason:
      "With λᵢ ≥ 0 the eigendecomposition is already an SVD (for an indefinite matrix σ =  " +
      "|λ| and U ≠ V).",
    decidedBy: "σ against eigh's λ for BᵀB, U = V; for BᵀB − 3I σ = |λ| and U differs from V."
  },
  {
    id: "MD-4.20",
    claim:
      "Prefer the SVD: it is numerically stable, always exists and handles rectangular  " +
      "matrices.",
    verdict: "true",
    reason:
      "Orthogonal factors are perfectly conditioned; an eigenvector matrix P can be  " +
      "arbitrarily ill-conditioned.",
    decidedBy:
      "Near-Jordan [[1, 1], [0, 1 + 1e-10]]: κ(P) > 1e9 while κ(U) = κ(V) = 1 and the " +
      "SVD rebuilds A."
  }
];
