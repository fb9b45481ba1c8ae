// Types for the generated bundle of editor.ts (see bundle.ts).
export * from "../editor.js";
