// Types for the Framework 1.13.4 internals that src/site/framework.ts (the one adapter) imports, for the two
// untyped Observable packages the cell runner uses, and for the runtime a page module imports by Framework's
// name. Framework has no public API: nothing else may import these.

declare module "@observablehq/framework/dist/markdown.js" {
  import type MarkdownIt from "markdown-it";
  export interface JavaScriptNode {
    /** The parsed cell: an acorn Program, or an Expression for a cell that is one expression. */
    body: {type: string};
    input: string;
    expression: boolean;
    async: boolean;
    declarations: {name: string}[] | null;
    references: {name: string}[];
    imports: {name: string; type: "local" | "global"; method: "static" | "dynamic"}[];
  }
  export interface CodeCell {
    id: string;
    node: JavaScriptNode;
    mode: "block" | "inline" | "jsx";
  }
  export interface MarkdownPage {
    title: string | null;
    body: string;
    data: {draft?: boolean; [key: string]: unknown};
    code: CodeCell[];
  }
  export function createMarkdownIt(options?: {
    markdownIt?: (md: MarkdownIt) => MarkdownIt;
  }): MarkdownIt;
  export function parseMarkdown(
    input: string,
    options: {md: MarkdownIt; path: string}
  ): MarkdownPage;
}

declare module "@observablehq/framework/dist/javascript/transpile.js" {
  import type {JavaScriptNode} from "@observablehq/framework/dist/markdown.js";
  export function transpileJavaScript(
    node: JavaScriptNode,
    options: {
      id: string;
      path: string;
      mode?: string;
      resolveImport?: (specifier: string) => string;
    }
  ): string;
}

declare module "@observablehq/framework/dist/javascript/globals.js" {
  export const defaultGlobals: Set<string>;
}

declare module "@observablehq/framework/dist/client/stdlib/generators/index.js" {
  export function input(element: Element): AsyncGenerator<unknown>;
  export function observe<T>(
    initialize: (change: (value: T) => void) => unknown
  ): AsyncGenerator<T>;
}

declare module "@observablehq/runtime" {
  export interface Observer {
    pending?(): void;
    fulfilled?(value: unknown): void;
    rejected?(error: unknown): void;
  }
  export class Variable {
    define(name: string | null, inputs: string[], definition: unknown): Variable;
    define(inputs: string[], definition: unknown): Variable;
    delete(): void;
  }
  export class Module {
    variable(observer?: Observer | boolean, options?: {shadow?: Record<string, unknown>}): Variable;
  }
  export class Runtime {
    constructor(builtins?: Record<string, unknown>, global?: (name: string) => unknown);
    module(): Module;
    dispose(): void;
  }
}

// In a page module, Framework resolves this name to its client's own runtime (/_observablehq/runtime.js).
declare module "npm:@observablehq/runtime" {
  export {Runtime} from "@observablehq/runtime";
}

declare module "@observablehq/inspector" {
  export class Inspector {
    constructor(node: Element);
    fulfilled(value: unknown): void;
    rejected(error: unknown): void;
  }
}
