// Derivations, section 8 (five questions and answers).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "MD-8.1",
    claim: "The normal equations can be trusted when κ(A) is below about 10³.",
    verdict: "conditional",
    reason:
      "Their relative error is about κ²ε_mach: 2e-10 at κ = 10³, still 6 digits at 10⁵; the " +
      "cut-off depends on the accuracy the task needs.",
    condition: "κ(A)² ε_mach below the accuracy required (κ < √(tol/ε_mach))",
    decidedBy:
      "the normal-equation error at κ = 10³ and 10⁵ against the exact LS solution, over three " +
      "seeds."
  },
  {
    id: "MD-8.2",
    claim: "For ill-conditioned problems, QR or the SVD should replace the normal equations.",
    verdict: "conditional",
    reason:
      "True for small residuals; with a large residual the problem itself is κ²-sensitive and " +
      "QR gains little.",
    condition: "the least-squares residual is small",
    decidedBy:
      "at κ = 10⁶ the normal equations' error exceeds QR's and the SVD's by > 100×, three " +
      "seeds."
  },
  {
    id: "MD-8.3",
    claim: "Squaring the condition number really costs precision.",
    verdict: "true",
    reason: "The normal-equation error follows κ²ε: twice the digits lost of QR.",
    decidedBy:
      "at κ = 10⁶ the normal equations lose 1.6–3× as many digits (log₁₀(err/ε)) as QR, three " +
      "seeds."
  },
  {
    id: "MD-8.4",
    claim: "The ℓ1 unit ball has its corners on the coordinate axes.",
    verdict: "true",
    reason: "{|x| + |y| ≤ 1} is the square with vertices (±1, 0), (0, ±1).",
    decidedBy:
      "the sampled ℓ1 sphere's points farthest from 0 (in ℓ2) are at distance 1, and all four " +
      "lie on an axis."
  },
  {
    id: "MD-8.5",
    claim: "Generic loss contours hit the ℓ1 corners first, so ℓ1 gives exactly-zero coordinates.",
    verdict: "imprecise",
    reason:
      "Corner contact happens on a set of positive measure, not generically: below a threshold " +
      "λ the lasso solution has no zero at all.",
    decidedBy:
      "the lasso at λ = 0.3 zeroes the 5 irrelevant coefficients (KKT-certified) and at λ = " +
      "0.001 zeroes none."
  },
  {
    id: "MD-8.6",
    claim: "The smooth ℓ2 ball has no corners, so ridge solutions generically lie off the axes.",
    verdict: "true",
    reason: "Ridge is (XᵀX + nλI)⁻¹Xᵀy, zero in a coordinate only by accident.",
    decidedBy:
      "ridgePath against (XᵀX/n + λI)⁻¹Xᵀy/n solved by the SVD at three λ, and no coordinate " +
      "zero along the path."
  },
  {
    id: "MD-8.7",
    claim:
      "PCA by covariance: Σ = XᵀX/n for centred X, top eigenvectors are the principal " +
      "directions.",
    verdict: "true",
    reason:
      "Standard; the 1/n scale (1/(n−1) in the Deep Dive) changes the variances, not the " +
      "directions.",
    decidedBy:
      "eigh of XᵀX/n against the SVD route (variances and |cos| of directions), three seeds."
  },
  {
    id: "MD-8.8",
    claim: "PCA by SVD: X = UΣVᵀ, the columns of V are the directions and σᵢ²/n the variances.",
    verdict: "conditional",
    reason:
      "XᵀX/n = V(Σ²/n)Vᵀ, but only for centred X; uncentred, the first direction points at the " +
      "mean.",
    condition: "X is centred (column means removed)",
    decidedBy:
      "σᵢ²/n against eigenvalues of XᵀX/n (rtol 1e-10); an uncentred counterexample with |cos| " +
      "< 0.99."
  },
  {
    id: "MD-8.9",
    claim: "For d ≫ n the SVD path is much cheaper: the d×d covariance is never formed.",
    verdict: "conditional",
    reason:
      "The covariance route costs nd² + O(d³) against O(n²d) for the SVD; when n ≫ d the " +
      "covariance route is the cheaper one.",
    condition: "d ≫ n (for n ≫ d the covariance route wins the cost model)",
    decidedBy:
      "the d×d covariance has only n − 1 non-zero eigenvalues (eigh count) = rank of X (svd): " +
      "its other d − n + 1 are wasted work; timings shown, not asserted."
  },
  {
    id: "MD-8.10",
    claim: "Eigenvalues of a real symmetric matrix are real, so they can be ordered.",
    verdict: "true",
    reason: "λ‖v‖² = v*Av is real for A = Aᵀ.",
    decidedBy:
      "the general (non-symmetric) eig gives zero imaginary parts on 30 symmetric matrices, and " +
      "its sorted real parts match eigh."
  },
  {
    id: "MD-8.11",
    claim: "A symmetric matrix's eigenvectors form an orthonormal basis.",
    verdict: "true",
    reason:
      "Spectral theorem (eigenvectors of distinct eigenvalues are orthogonal; choose within " +
      "each).",
    decidedBy: "QᵀQ = I for eigh's vectors, and the eigen-residual AQ − QΛ, on several seeds."
  },
  {
    id: "MD-8.12",
    claim: "Any v is Σ⟨v, qᵢ⟩qᵢ, and A acts as Av = Σλᵢ⟨v, qᵢ⟩qᵢ in those coordinates.",
    verdict: "true",
    reason: "Orthonormal expansion, then Aqᵢ = λᵢqᵢ.",
    decidedBy:
      "the expansions against v and against matmul(A, v); a non-symmetric counterexample where " +
      "it fails."
  },
  {
    id: "MD-8.13",
    claim: "The Hessians, covariances, Gram matrices and Laplacians of ML are all symmetric.",
    verdict: "conditional",
    reason:
      "Hessians need equal mixed partials (Schwarz: f ∈ C²); a Laplacian is symmetric only for " +
      "an undirected graph.",
    condition: "f twice continuously differentiable; the graph undirected (symmetric adjacency)",
    decidedBy:
      "mixed partials of xy(x² − y²)/(x² + y²) at 0 by nested differences: −1 and +1; a " +
      "directed graph's D − A is not symmetric."
  },
  {
    id: "MD-8.14",
    claim:
      "A rank-r m×n matrix loses an (n − r)-dimensional null space and outputs into an " +
      "r-dimensional column space.",
    verdict: "true",
    reason: "Rank–nullity: dim N(A) = n − rank A; Col(A) has dimension rank A.",
    decidedBy:
      "for every r = 0…12: the SVD null basis size against the zero eigenvalues of AᵀA (eigh); " +
      "‖AN‖ ≈ 0; non-zero eigenvalues of AAᵀ = min(r, m)."
  },
  {
    id: "MD-8.15",
    claim:
      "Rank is the bottleneck of a linear autoencoder (and the rank in matrix completion, the " +
      "embedding dimension).",
    verdict: "true",
    reason:
      "A linear autoencoder with r hidden units is a rank-≤r map; what lies in its null space " +
      "is lost.",
    decidedBy:
      "for every r: ‖x̂ − x‖ of the least-squares (minimum-norm) reconstruction against ‖NNᵀx‖, " +
      "the inputs' null-space part."
  }
];
