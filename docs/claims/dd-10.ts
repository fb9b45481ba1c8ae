// Ledger: dd-10 (filled in by the page owner).
import type {Claim} from "./types.js";

export const claims: Claim[] = [];
