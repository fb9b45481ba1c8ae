// Ledger: Deep Dive section 8, "Projections and least squares" (page docs/deep-dive/08-projections.md).
import type {Claim} from "./types.js";

export const claims: Claim[] = [
  {
    id: "DD-8.1",
    claim: "A projection is a square matrix with P² = P.",
    verdict: "true",
    reason: "The definition of a (possibly oblique) projection; both the orthogonal and the oblique examples satisfy it.",
    decidedBy: "P·P against P for A(AᵀA)⁻¹Aᵀ built with inv and for an oblique map built from a slanted direction, over several seeds."
  },
  {
    id: "DD-8.2",
    claim: "A projection is orthogonal when in addition Pᵀ = P.",
    verdict: "true",
    reason: "Symmetric idempotent P makes the residual (I − P)b orthogonal to range(P); an oblique (non-symmetric) one does not and lands farther from b.",
    decidedBy: "aᵀ(b − Pb) = 0 for the symmetric projector against a non-zero aᵀ(b − P_ob b) and a larger distance for the oblique one."
  },
  {
    id: "DD-8.3",
    claim: "For A with linearly independent columns, P = A(AᵀA)⁻¹Aᵀ is the orthogonal projection onto C(A).",
    verdict: "true",
    reason: "AᵀA is invertible exactly then; P is symmetric, idempotent and fixes every column of A.",
    decidedBy: "A(AᵀA)⁻¹Aᵀ (normal-equations inverse) against U_rU_rᵀ from the SVD, and PA = A, over several shapes and seeds."
  },
  {
    id: "DD-8.4",
    claim: "The OLS solution ŵ = (AᵀA)⁻¹Aᵀb gives fitted values Aŵ = Pb, the projection of b onto the column space.",
    verdict: "true",
    reason: "Aŵ = A(AᵀA)⁻¹Aᵀb = Pb by substitution.",
    decidedBy: "A·lstsq(A, b) (Householder QR) against P·b with P from inv(AᵀA)."
  },
  {
    id: "DD-8.5",
    claim: "Geometrically, OLS finds the point of C(A) closest to b.",
    verdict: "true",
    reason: "Pythagoras: ‖b − Aw‖² = ‖b − Pb‖² + ‖P b − Aw‖² for every w.",
    decidedBy: "‖b − Aw‖² − ‖r‖² against ‖A(w − ŵ)‖² for 500 random w (Pythagoras, not just an inequality)."
  },
  {
    id: "DD-8.6",
    claim: "The residual is orthogonal to C(A): Aᵀ(b − Aŵ) = 0, the normal equations.",
    verdict: "true",
    reason: "Orthogonality to every column is exactly AᵀAŵ = Aᵀb.",
    decidedBy: "Aᵀr from the QR-based lstsq residual against 0 (atol 10⁻¹⁴), and the residuals of a fit with an intercept column summing to 0."
  }
];
