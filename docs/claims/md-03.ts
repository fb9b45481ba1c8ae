// Ledger: Derivations section 3 (eigendecomposition) → docs/derivations/03-eigendecomposition.md.
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "MD-3.1",
    claim: "Along an eigenvector A only rescales: the eigenvector's direction survives the map.",
    verdict: "imprecise",
    reason:
      "The line survives, not the direction: λ < 0 reverses it and λ = 0 sends the vector  " +
      "to 0.",
    decidedBy:
      "Av = λv for each eigenpair of a seeded matrix with eigenvalues 3, −1, 0.5, 2;  " +
      "for λ = −1 the cosine of Av with v is −1."
  },
  {
    id: "MD-3.2",
    claim: "The eigenvalues are the roots of det(A − λI) = 0.",
    verdict: "true",
    reason: "Av = λv with v ≠ 0 means A − λI is singular.",
    decidedBy:
      "eig(A) recovers the planted eigenvalues of PΛP⁻¹; det(A − λI)/det(A) ≈ 0 at each " + "by LU."
  },
  {
    id: "MD-3.3",
    claim: "Σλᵢ = tr(A).",
    verdict: "true",
    reason:
      "Coefficient of λⁿ⁻¹ of the characteristic polynomial, counting complex eigenvalues  " +
      "with multiplicity.",
    decidedBy:
      "Sum of eig's (complex) eigenvalues against the trace summed from the diagonal,  " +
      "over several seeded 6×6 Gaussian matrices."
  },
  {
    id: "MD-3.4",
    claim: "Πλᵢ = det(A).",
    verdict: "true",
    reason: "Constant term of the characteristic polynomial.",
    decidedBy: "Complex product of eig's eigenvalues against det by LU, over several seeds."
  },
  {
    id: "MD-3.5",
    claim: "A real symmetric matrix has only real eigenvalues.",
    verdict: "true",
    reason: "v̄ᵀAv is real when A = Aᵀ is real.",
    decidedBy:
      "eig (general solver) on symmetrised matrices n = 3…7 returns zero imaginary " +
      "parts; a rotation gives ±i."
  },
  {
    id: "MD-3.6",
    claim: "For a real symmetric matrix, eigenvectors of distinct eigenvalues are orthogonal.",
    verdict: "true",
    reason: "λ₁q₂ᵀq₁ = q₂ᵀAq₁ = λ₂q₂ᵀq₁.",
    decidedBy:
      "eig's eigenvectors of symmetric matrices n = 3…7 are mutually orthogonal; the " +
      "non-symmetric A's are not."
  },
  {
    id: "MD-3.7",
    claim: "A real symmetric A is orthogonally diagonalisable: A = QΛQᵀ with QᵀQ = I.",
    verdict: "true",
    reason: "Spectral theorem.",
    decidedBy: "eigh: QᵀQ = I and QΛQᵀ = S for n = 3…7."
  },
  {
    id: "MD-3.8",
    claim: "Proof sketch: comparing v̄ᵀAv computed two ways gives λ = λ̄.",
    verdict: "true",
    reason: "Uses A real and symmetric; v̄ᵀv > 0.",
    decidedBy: "Rayleigh quotients vᵀSv/vᵀv of eig's eigenvectors equal eigh's eigenvalues."
  },
  {
    id: "MD-3.9",
    claim: "A = Σ λᵢ qᵢqᵢᵀ: a weighted sum of orthogonal projections onto orthogonal lines.",
    verdict: "true",
    reason: "Rank-one form of QΛQᵀ.",
    decidedBy:
      "Partial sums leave a Frobenius error √(Σ_dropped λᵢ²) for every k; all terms " + "rebuild S."
  },
  {
    id: "MD-3.10",
    claim: "Covariance, Gram, Hessian and graph-Laplacian matrices are symmetric.",
    verdict: "conditional",
    reason:
      "Covariance and Gram are always symmetric; a Hessian needs continuous second  " +
      "derivatives (Schwarz), a Laplacian an undirected graph.",
    condition:
      "f is C² (mixed partials continuous); the graph is undirected (symmetric  " + "adjacency).",
    decidedBy:
      "f = xy(x²−y²)/(x²+y²): nested differences give f_xy(0,0) = −1, f_yx(0,0) = +1; a " +
      "directed 4-cycle's Laplacian D − W is not symmetric."
  },
  {
    id: "MD-3.11",
    claim:
      "A symmetric A is positive definite (xᵀAx > 0 for x ≠ 0) exactly when all its  " +
      "eigenvalues are positive.",
    verdict: "true",
    reason: "xᵀAx = Σλᵢcᵢ² in the eigenbasis.",
    decidedBy:
      "40 seeded shifted matrices: λ_min > 0 ⇔ Cholesky succeeds, and the min Rayleigh " +
      "quotient over 2000 directions has λ_min's sign; LLᵀ = A for the 2×2."
  },
  {
    id: "MD-3.12",
    claim: "Positive semidefinite means xᵀAx ≥ 0 for all x, equivalently all eigenvalues ≥ 0.",
    verdict: "true",
    reason: "Same argument with ≥.",
    decidedBy: "[[1,1],[1,1]]: eigh gives 0 and 2; xᵀAx = (x₁ + x₂)² on 50 seeded x."
  },
  {
    id: "MD-3.13",
    claim:
      "For A ≻ 0, {x : xᵀAx = 1} is an ellipsoid with axes along the eigenvectors and  " +
      "semi-axes 1/√λᵢ.",
    verdict: "true",
    reason: "In eigen-coordinates Σλᵢcᵢ² = 1.",
    decidedBy:
      "Radii at the stationary (Jacobi) angle equal 1/√λᵢ from eigh on up to five PD " +
      "matrices (incl. the slider's); 3600 scanned radii lie between them."
  },
  {
    id: "MD-3.14",
    claim: "With a negative eigenvalue the level set becomes a hyperboloid (saddle).",
    verdict: "imprecise",
    reason:
      "Only with mixed signs; if all eigenvalues are negative, xᵀAx = 1 is empty and the  " +
      "graph is a cap, not a saddle. In 2-D a mixed-sign level set is one hyperbola with two  " +
      "branches.",
    decidedBy:
      "Negative definite: grid maximum of xᵀAx < 0; saddle: the form is ≤ 0 on the " +
      "whole q₁ line, yet ±q₂/√λ₂ lie on the level set (two branches)."
  },
  {
    id: "MD-3.15",
    claim: "With a negative eigenvalue the quadratic has no minimum.",
    verdict: "true",
    reason: "Along q₋, xᵀAx = λ₋t² → −∞.",
    decidedBy:
      "Along q₁ of [[1,2],[2,−1]], xᵀAx = −√5·t² at t = 1, 10, 100; Cholesky refuses  " +
      "the matrix."
  },
  {
    id: "MD-3.16",
    claim: "That is why convex ML insists on positive definite Hessians.",
    verdict: "imprecise",
    reason: "Convexity needs PSD Hessians; PD is what makes the minimiser unique.",
    decidedBy:
      "Repeated column: λ_min/λ_max(XᵀX) ≈ 0, the Hessian by differences = XᵀX/n, and " +
      "two minimisers with equal loss and zero gradient."
  },
  {
    id: "MD-3.17",
    claim: "A covariance Σ = E[(x − μ)(x − μ)ᵀ] is always PSD.",
    verdict: "true",
    reason:
      "uᵀΣu = E[(uᵀ(x − μ))²] ≥ 0; the sample versions (1/n here, 1/(n−1) in the Deep  " +
      "Dive) are PSD too.",
    decidedBy:
      "Four data sets, including n < d: uᵀΣu as a quadratic form = mean squared " +
      "projection of the centred data; λ_min ≥ −1e-14·λ_max."
  },
  {
    id: "MD-3.18",
    claim: "A Gram matrix XᵀX is PSD, and PD exactly when the columns of X are independent.",
    verdict: "true",
    reason: "uᵀXᵀXu = ‖Xu‖².",
    decidedBy: "λ_min(XᵀX) (eigh) = σ_min(X)² (svd); a repeated column gives λ_min/λ_max ≈ 0."
  },
  {
    id: "MD-3.19",
    claim: "A kernel must be PSD (Mercer) to be an inner product of some feature map.",
    verdict: "true",
    reason:
      "Gram matrices of feature vectors are PSD; conversely a PSD kernel has a feature  " +
      "space (RKHS).",
    decidedBy:
      "RBF kernel matrices are PSD on three seeded point sets; the distance 'kernel' " +
      "has trace 0 and a negative eigenvalue."
  },
  {
    id: "MD-3.20",
    claim: "Hessians of convex losses are PSD, and strict convexity is the same as a PD Hessian.",
    verdict: "false",
    reason:
      "PD Hessian implies strict convexity but not conversely: Σxᵢ⁴ is strictly convex  " +
      "with Hessian 0 at the minimum.",
    decidedBy:
      "Midpoint gap of Σxᵢ⁴ > 0 on seeded segments, while its finite-difference Hessian " +
      "at 0 vanishes."
  }
];
