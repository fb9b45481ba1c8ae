// Ledger: Derivations section 1 (vector spaces, subspaces, rank) → docs/derivations/01-vector-spaces.md.
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "MD-1.1",
    claim:
      "A subspace must contain the origin; a line or plane shifted off 0 is not closed  " +
      "under sums and scaling.",
    verdict: "true",
    reason:
      "Closure under scaling by 0 forces 0 into the set; a shifted line misses 0 and its  " +
      "point sums leave it.",
    decidedBy:
      "y − x of p + q on the line y = 1 + x is 2, not 1; and a sum of points on y = 2x  " +
      "keeps rank 1."
  },
  {
    id: "MD-1.2",
    claim:
      "A line through 0 is a 1-dimensional subspace of ℝ²; a plane through 0 is a  " +
      "2-dimensional subspace of ℝ³.",
    verdict: "true",
    reason: "Each is the span of one (two) independent vectors.",
    decidedBy:
      "Rank 2 by SVD and by elimination; the SVD's left-null direction is ± the cross " +
      "product a₁ × a₂; a combination of the columns has no component along it."
  },
  {
    id: "MD-1.3",
    claim: "The span of any finite set of vectors is a subspace.",
    verdict: "true",
    reason: "Sums and multiples of linear combinations are linear combinations.",
    decidedBy:
      "A random combination of combinations of V's columns is solved back to " +
      "coefficients by lstsq with zero residual."
  },
  {
    id: "MD-1.4",
    claim:
      "Independence (no vector in the span of the others) is equivalent to: the only  " +
      "combination giving 0 is the trivial one.",
    verdict: "true",
    reason:
      "A non-trivial zero combination solves for one vector in terms of the rest, and  " +
      "conversely.",
    decidedBy:
      "Rank 3 by SVD and by elimination; with v₃ = v₁ + 2v₂ the SVD's kernel direction " +
      "is ±(1, 2, −1)/√6."
  },
  {
    id: "MD-1.5",
    claim:
      "A basis is an independent spanning set, and its size (the dimension) does not depend " +
      "on which basis is chosen.",
    verdict: "true",
    reason: "Steinitz exchange: every basis of a subspace has the same number of vectors.",
    decidedBy:
      "B = VC and V each fit the other exactly by lstsq (QR), and both have rank 3 by " +
      "elimination."
  },
  {
    id: "MD-1.6",
    claim:
      "Two plane vectors are independent exactly when their parallelogram has positive  " +
      "area; dependent ones flatten it.",
    verdict: "true",
    reason:
      "The area is |det[v₁ v₂]| = ‖v₁‖‖v₂‖|sin θ|, zero exactly when the vectors are  " +
      "parallel.",
    decidedBy:
      "|det| (LU) = ‖v₁‖‖v₂‖|sin θ| = σ₁σ₂ (SVD) at every slider angle 0…180°; rank 1 " +
      "exactly at 0° and 180°."
  },
  {
    id: "MD-1.7",
    claim: "Every m×n matrix is a linear map ℝⁿ → ℝᵐ, and every such linear map is a matrix.",
    verdict: "true",
    reason: "Linearity fixes a map by its values on a basis; those values are the columns.",
    decidedBy:
      "A map given only as a function is rebuilt from T(e_j) and reproduces T on 6 " +
      "random inputs; W(x + 2y) = Wx + 2Wy."
  },
  {
    id: "MD-1.8",
    claim: "Column j of A is T(e_j), the image of the j-th standard basis vector.",
    verdict: "true",
    reason: "Ae_j selects column j.",
    decidedBy: "matmul(W, e_j) against W.col(j) for every j, exactly."
  },
  {
    id: "MD-1.9",
    claim:
      "A layer weight W ∈ ℝ^{h×d} maps d-dimensional inputs to h-dimensional outputs;  " +
      "column j is input feature j's contribution.",
    verdict: "true",
    reason: "Wx = Σ_j x_j W_{:,j}.",
    decidedBy: "Wx against the explicit sum of x_j times column j, for a seeded 3×5 W."
  },
  {
    id: "MD-1.10",
    claim: "The column space of an m×n rank-r matrix lies in ℝᵐ and has dimension r.",
    verdict: "true",
    reason: "Rank is the dimension of the column space by definition.",
    decidedBy:
      "SVD rank = elimination pivots = planted r over every shape up to 6×6; the SVD's " +
      "Col basis reproduces A."
  },
  {
    id: "MD-1.11",
    claim: "The null space lies in ℝⁿ and has dimension n − r.",
    verdict: "true",
    reason: "Rank–nullity.",
    decidedBy:
      "Null dimension by SVD = free columns of elimination = n − r (also over the " +
      "planted sweep); A sends each special solution to 0."
  },
  {
    id: "MD-1.12",
    claim: "The row space is Col(Aᵀ), lies in ℝⁿ and has dimension r.",
    verdict: "true",
    reason: "Row rank equals column rank.",
    decidedBy: "Rank of Aᵀ by elimination = r over the planted sweep (row rank = column rank)."
  },
  {
    id: "MD-1.13",
    claim: "The left null space {y : Aᵀy = 0} lies in ℝᵐ and has dimension m − r.",
    verdict: "true",
    reason: "Rank–nullity applied to Aᵀ.",
    decidedBy:
      "Dimension of the SVD's left null space = m − r over the sweep; Aᵀ sends that " +
      "basis to 0."
  },
  {
    id: "MD-1.14",
    claim: "The left null space is 'the outputs that are unreachable'.",
    verdict: "imprecise",
    reason:
      "Unreachable outputs are everything outside Col(A), not a subspace; Null(Aᵀ) is the  " +
      "orthogonal complement of Col(A), the directions no output has a component along.",
    decidedBy:
      "y = Ax₀ + n with n ∈ Null(Aᵀ) is unreachable (lstsq residual = ‖n‖ > 0) yet Aᵀy  " +
      "≠ 0, so y ∉ Null(Aᵀ)."
  },
  {
    id: "MD-1.15",
    claim: "Null(A) is orthogonal to Row(A) (proof: ⟨x, Aᵀz⟩ = zᵀAx = 0).",
    verdict: "true",
    reason: "The one-line proof is complete.",
    decidedBy:
      "Special solutions (elimination) ⟂ the SVD's row basis on 25 seeded matrices; ⟨x, " +
      "Aᵀz⟩ = 0 for a random z."
  },
  {
    id: "MD-1.16",
    claim:
      "ℝⁿ splits orthogonally into row space and null space, and A sees only the row-space  " +
      "part of an input.",
    verdict: "true",
    reason: "Orthogonal complements of dimensions r and n − r fill ℝⁿ.",
    decidedBy:
      "The SVD's row direction is ±(1, 2)/√5; Ax = Ax_row, x_row + x_null = x and " +
      "Ax_null = 0 at the slider's angle."
  },
  {
    id: "MD-1.17",
    claim:
      "With more parameters than equations (always, in modern ML) the null space is  " +
      "non-trivial and many parameter vectors give the same predictions.",
    verdict: "conditional",
    reason:
      "For a linear model n > m forces dim Null ≥ n − m > 0; but 'always' overstates it,  " +
      "and a tall rank-deficient design has a null space too.",
    condition:
      "A linear model Xw with more parameters than linearly independent equations (rank " +
      "X < number of parameters).",
    decidedBy:
      "Wide 3×6: w and w + Nc (N from elimination) give equal predictions; tall 10×4: " +
      "no free column and σ_min > 0.5."
  }
];
