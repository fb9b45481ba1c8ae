// The whole ledger: every section's claims, and where each is checked.
import type {Claim, Verdict} from "./types.js";
import {claims as dd01} from "./dd-01.js";
import {claims as dd02} from "./dd-02.js";
import {claims as dd03} from "./dd-03.js";
import {claims as dd04} from "./dd-04.js";
import {claims as dd05} from "./dd-05.js";
import {claims as dd06} from "./dd-06.js";
import {claims as dd07} from "./dd-07.js";
import {claims as dd08} from "./dd-08.js";
import {claims as dd09} from "./dd-09.js";
import {claims as dd10} from "./dd-10.js";
import {claims as dd11} from "./dd-11.js";
import {claims as dd12} from "./dd-12.js";
import {claims as md01} from "./md-01.js";
import {claims as md02} from "./md-02.js";
import {claims as md03} from "./md-03.js";
import {claims as md04} from "./md-04.js";
import {claims as md05} from "./md-05.js";
import {claims as md06} from "./md-06.js";
import {claims as md07} from "./md-07.js";
import {claims as md08} from "./md-08.js";
import {claims as mdSummary} from "./md-summary.js";

export type {Claim, Verdict};

/** The two source texts, as the ids name them. */
export const texts = {
  DD: "Deep Dive (interview preparation)",
  MD: "ML Math Derivations (2)"
} as const;

/** Each section's page, in the order of the texts. */
const sections: {prefix: string; page: string; claims: Claim[]}[] = [
  {prefix: "DD-1", page: "/deep-dive/01-linear-maps", claims: dd01},
  {prefix: "DD-2", page: "/deep-dive/02-eigendecomposition", claims: dd02},
  {prefix: "DD-3", page: "/deep-dive/03-svd", claims: dd03},
  {prefix: "DD-4", page: "/deep-dive/04-definiteness", claims: dd04},
  {prefix: "DD-5", page: "/deep-dive/05-matrix-calculus", claims: dd05},
  {prefix: "DD-6", page: "/deep-dive/06-matrix-norms", claims: dd06},
  {prefix: "DD-7", page: "/deep-dive/07-condition-number", claims: dd07},
  {prefix: "DD-8", page: "/deep-dive/08-projections", claims: dd08},
  {prefix: "DD-9", page: "/deep-dive/09-gotchas", claims: dd09},
  {prefix: "DD-10", page: "/deep-dive/10-top-questions", claims: dd10},
  {prefix: "DD-11", page: "/deep-dive/11-drill-plan", claims: dd11},
  {prefix: "DD-12", page: "/deep-dive/12-further-reading", claims: dd12},
  {prefix: "MD-1", page: "/derivations/01-vector-spaces", claims: md01},
  {prefix: "MD-2", page: "/derivations/02-norms-inner-products", claims: md02},
  {prefix: "MD-3", page: "/derivations/03-eigendecomposition", claims: md03},
  {prefix: "MD-4", page: "/derivations/04-svd", claims: md04},
  {prefix: "MD-5", page: "/derivations/05-matrix-calculus", claims: md05},
  {prefix: "MD-6", page: "/derivations/06-numerical-decompositions", claims: md06},
  {prefix: "MD-7", page: "/derivations/07-verify-everything", claims: md07},
  {prefix: "MD-8", page: "/derivations/08-qa", claims: md08},
  {prefix: "MD-[SR]", page: "/derivations/summary", claims: mdSummary}
];

/** A ledger row: the claim, its text, its section label and the page that checks it. */
export interface LedgerRow extends Claim {
  text: keyof typeof texts;
  /** "3" for DD-3.4, "S" or "R" for the summary and references. */
  section: string;
  page: string;
}

/** Every claim of both texts, in ledger order. Throws on an id that does not fit its file. */
export const ledger: LedgerRow[] = sections.flatMap(({prefix, page, claims}) =>
  claims.map((c) => {
    const m = /^(DD|MD)-(\d+|[SR])\.(\d+)$/.exec(c.id);
    if (!m || !new RegExp(`^${prefix}\\.`).test(c.id)) {
      throw new Error(`claims ledger: id ${c.id} does not belong in the ${prefix} file`);
    }
    return {...c, text: m[1] as "DD" | "MD", section: m[2]!, page};
  })
);

/** The verdicts, most important first (the claims page lists false and imprecise claims on top). */
export const verdicts: Verdict[] = ["false", "imprecise", "conditional", "true"];
