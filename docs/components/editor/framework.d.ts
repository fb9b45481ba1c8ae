// The one export of Framework 1.13.4's page client module that the editor uses (no public API; the version is pinned).
declare module "observablehq:client" {
  /** Framework's cell definition, as a built page's `define({...})` calls pass it. */
  export interface CellDefinition {
    id: string;
    mode?: "inline" | "jsx";
    inputs?: string[];
    outputs?: string[];
    body: (...inputs: any[]) => unknown;
  }
  export function define(cell: CellDefinition): void;
}
