// Ledger: Deep Dive §3, SVD (page docs/deep-dive/03-svd.md).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "DD-3.1",
    claim: "Every real m×n matrix has an SVD A = UΣVᵀ.",
    verdict: "true",
    reason: "Existence holds for every shape and rank.",
    decidedBy: "UΣVᵀ rebuilds A to round-off on tall, wide, square and rank-deficient seeded " +
      "matrices."
  },
  {
    id: "DD-3.2",
    claim: "U (m×m) and V (n×n) are orthogonal; their columns are the left and right singular " +
      "vectors.",
    verdict: "true",
    reason: "Orthonormal bases of Rᵐ and Rⁿ with Avᵢ = σᵢuᵢ.",
    decidedBy: "‖UᵀU − I‖ and ‖VᵀV − I‖ at round-off, and Avᵢ − σᵢuᵢ = 0, over several shapes."
  },
  {
    id: "DD-3.3",
    claim: "Σ is m×n diagonal with singular values σ₁ ≥ σ₂ ≥ … ≥ 0.",
    verdict: "true",
    reason: "σᵢ² are the eigenvalues of AᵀA, which is PSD.",
    decidedBy: "σ sorted and non-negative, and σᵢ² against the eigenvalues of AᵀA from eigh " +
      "(rtol 1e-10)."
  },
  {
    id: "DD-3.4",
    claim: "Every linear map is rotate (Vᵀ), scale (Σ), rotate (U).",
    verdict: "false",
    reason: "U and V may have to be reflections: det U · det V = sign det A, so a map with det A " +
      "< 0 is never rotation·(σ ≥ 0)·rotation.",
    decidedBy: "On reflecting 2×2 and 3×3 matrices, det U·det Vᵀ (LU) equals sign det A = −1, so " +
      "one factor is a reflection; for det A > 0 the product is +1."
  },
  {
    id: "DD-3.5",
    claim: "The rank is the number of non-zero singular values.",
    verdict: "true",
    reason: "In floating point 'non-zero' means above a cutoff near σ₁·max(m, n)·ε.",
    decidedBy: "Count of σ above the cutoff against the positive eigenvalues of AᵀA (eigh) and " +
      "the inner dimension of a product, over several shapes and ranks."
  },
  {
    id: "DD-3.6",
    claim: "The operator norm ‖A‖₂ equals the largest singular value σ₁.",
    verdict: "true",
    reason: "max ‖Ax‖/‖x‖ is attained at v₁.",
    decidedBy: "σ₁ against √λmax(AᵀA) (eigh); 200 random x are stretched at most σ₁, and v₁ by " +
      "exactly σ₁."
  },
  {
    id: "DD-3.7",
    claim: "The Frobenius norm ‖A‖_F equals √(Σσᵢ²).",
    verdict: "true",
    reason: "tr(AᵀA) = Σσᵢ².",
    decidedBy: "√Σσᵢ² against the entrywise sum of squares computed in the cell."
  },
  {
    id: "DD-3.8",
    claim: "The condition number is κ(A) = σ_max/σ_min.",
    verdict: "conditional",
    reason: "Meaningful for full-rank A; with σ_min = 0 it is infinite (σ₁/σ_r is then only the " +
      "κ of A⁺).",
    condition: "A has full rank (σ_min > 0); square invertible A for κ = ‖A‖₂‖A⁻¹‖₂.",
    decidedBy: "cond(A) against ‖A‖₂·‖A⁻¹‖₂ with the inverse by LU, and against √(λmax/λmin) of " +
      "AᵀA (eigh); a rank-deficient matrix has cond = ∞ (or round-off-sized σ_min)."
  },
  {
    id: "DD-3.9",
    claim: "The pseudoinverse is A⁺ = VΣ⁺Uᵀ, with Σ⁺ inverting the non-zero singular values.",
    verdict: "true",
    reason: "It satisfies the four Moore–Penrose conditions; 'non-zero' again means above a " +
      "cutoff.",
    decidedBy: "The four Penrose conditions on a rank-deficient matrix; (AᵀA)⁻¹Aᵀ for full " +
      "column rank; ‖A⁺‖₂ = 1/σ_min for a σ_min of 1e-14 σ₁, above the documented cutoff 1e-15 " +
      "σ₁."
  },
  {
    id: "DD-3.10",
    claim: "Eckart–Young: the rank-k truncated SVD is the best rank-k approximation in the 2- " +
      "and F-norms.",
    verdict: "true",
    reason: "Errors are σ_{k+1} and √Σ_{i>k}σᵢ²; no rank-k matrix does better.",
    decidedBy: "‖A − A_k‖₂ and ‖A − A_k‖_F against the tail singular values for every k; 100 " +
      "random rank-k competitors QQᵀA and a rank-k alternating-least-squares fit all do no " +
      "better."
  },
  {
    id: "DD-3.11",
    claim: "Eckart–Young is the foundation of PCA.",
    verdict: "true",
    reason: "PCA's top-k subspace is the truncated SVD of the centred data.",
    decidedBy: "The top-k right singular vectors of the centred data span the top-k eigenvectors " +
      "of the covariance (eigh): principal angles at round-off."
  },
  {
    id: "DD-3.12",
    claim: "Eckart–Young is the foundation of low-rank matrix completion.",
    verdict: "false",
    reason: "With entries missing the truncated SVD of the zero-filled matrix is not the best " +
      "rank-k fit to the observed entries; completion fits the observed entries (ALS) or " +
      "minimises the nuclear norm.",
    decidedBy: "Rank-2 40×40, half observed: the truncated SVD of the zero-filled matrix misses " +
      "the hidden entries by 61% (57–70% over seeds); an alternating-least-squares rank-2 fit " +
      "recovers them to < 1e-10."
  },
  {
    id: "DD-3.13",
    claim: "Eckart–Young is the foundation of model compression (low-rank weight factors).",
    verdict: "true",
    reason: "W ≈ (U_kΣ_k)V_kᵀ stores k(m + n) numbers with the least possible error for that rank.",
    decidedBy: "The two thin factors reproduce A_k, and the parameter count k(m + n) against mn."
  },
  {
    id: "DD-3.14",
    claim: "For symmetric PSD A the SVD is the eigendecomposition: σᵢ = λᵢ and U = V = " +
      "eigenvectors.",
    verdict: "true",
    reason: "Av = λv with λ ≥ 0 is Av = σu with u = v; for indefinite A, σ = |λ| and uᵢ = −vᵢ " +
      "where λᵢ < 0.",
    decidedBy: "svd's σ against eigh's λ and svd's U against its own V on a PSD matrix; on an " +
      "indefinite one σ = |λ| and uᵢ·vᵢ = sign λᵢ."
  },
  {
    id: "DD-3.15",
    claim: "AᵀA = VΣᵀΣVᵀ: the eigenvalues of AᵀA are σᵢ², with eigenvectors vᵢ.",
    verdict: "true",
    reason: "Substitute A = UΣVᵀ.",
    decidedBy: "eigh(AᵀA) values against σ² and its vectors against ±vᵢ."
  },
  {
    id: "DD-3.16",
    claim: "AAᵀ = UΣΣᵀUᵀ: its eigenvectors are the uᵢ (same non-zero eigenvalues σᵢ²).",
    verdict: "true",
    reason: "Substitute A = UΣVᵀ; the extra m − n eigenvalues are zero.",
    decidedBy: "eigh(AAᵀ) values against σ² padded with zeros and its top vectors against ±uᵢ."
  },
  {
    id: "DD-3.17",
    claim: "This eigen route is how the SVD is computed, conceptually; in practice via " +
      "bidiagonalization.",
    verdict: "imprecise",
    reason: "Practical SVDs never form AᵀA: it squares κ and loses every σ below √ε·σ₁ ≈ 1e-8σ₁.",
    decidedBy: "σ = 1e-9 recovered by svd to 6 digits and by √eig(AᵀA) with > 1% error, over " +
      "several seeds."
  }
];
