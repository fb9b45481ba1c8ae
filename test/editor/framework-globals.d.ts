// Framework 1.13.4's list of globals a cell may read without making them inputs (internal module; version pinned).
declare module "@observablehq/framework/dist/javascript/globals.js" {
  export const defaultGlobals: Set<string>;
}
