// Turns an edited cell's code into a runtime definition, as Framework's build does: find the names the cell declares
// and reads, rewrite imports to the built site's files, wrap expressions in display(), guard loops. (TypeScript is
// stripped before, by typescript.ts, which loads only for ts cells.)
import {parse, parseExpressionAt, type Node, type Program} from "acorn";
import {ancestor, simple} from "acorn-walk";

/** The name of the loop guard inside compiled code (see guard.ts); passed as a parameter, never a runtime input. */
export const GUARD = "__workbookGuard";

/** Acorn settings Framework uses for cells: ES2022 modules (top-level await allowed). */
const acornOptions = {ecmaVersion: 13, sourceType: "module"} as const;

/** Globals a cell reads without making them inputs: the same names as Framework's build (a page cell cannot redefine them). */
const GLOBALS = new Set(
  (
    "Array ArrayBuffer atob AudioContext BigInt Blob Boolean btoa cancelAnimationFrame clearInterval clearTimeout console " +
    "crypto CustomEvent DataView Date decodeURI decodeURIComponent devicePixelRatio document encodeURI encodeURIComponent " +
    "Error escape eval fetch File FileList FileReader Float32Array Float64Array Function Headers Image ImageData Infinity " +
    "Int16Array Int32Array Int8Array Intl isFinite isNaN JSON Map Math NaN navigator Number Object observable parseFloat " +
    "parseInt performance Path2D Promise Proxy RangeError ReferenceError Reflect RegExp requestAnimationFrame Set " +
    "setInterval setTimeout String Symbol SyntaxError TextDecoder TextEncoder TypeError Uint16Array Uint32Array Uint8Array " +
    "Uint8ClampedArray undefined unescape URIError URL WeakMap WeakSet WebSocket window Worker"
  ).split(" ")
);

/** A cell compiled for Framework's `define`: names read (inputs), names declared (outputs), and the body's source. */
export interface CompiledCell {
  inputs: string[];
  outputs: string[];
  /** True if the cell was a single JavaScript expression (displayed implicitly, as Framework does). */
  expression: boolean;
  /** `async (input1, input2, …) => {…}`: evaluate with `instantiate`. */
  body: string;
}

/** A syntax or TypeScript error in edited code; `line`/`column` (1-based) are in the reader's source when known. */
export class CellSyntaxError extends SyntaxError {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number
  ) {
    super(message);
    this.name = "SyntaxError";
  }
}

/** Options: `resolveImport(specifier)` gives the URL to load (throw to refuse). */
export interface CompileOptions {
  resolveImport: (specifier: string) => string;
}

interface Edit {
  at: number;
  end: number;
  text: string;
}

/** Acorn's and sucrase's "(line:col)" suffix, which Observable's inspector strips: say it in words instead. */
export function located(message: string, line?: number, column?: number): string {
  return line === undefined
    ? message
    : `${message.replace(/\s*\(\d+:\d+\)$/, "")} at line ${line}, column ${column}`;
}

function syntaxError(error: unknown): CellSyntaxError {
  if (error instanceof SyntaxError) {
    const loc = (error as SyntaxError & {loc?: {line: number; column: number}}).loc;
    return new CellSyntaxError(
      located(error.message, loc?.line, loc ? loc.column + 1 : undefined),
      loc?.line,
      loc ? loc.column + 1 : undefined
    );
  }
  return new CellSyntaxError(String(error));
}

/** The cell as one expression, if it is exactly one (named function and class expressions count as declarations). */
function asExpression(input: string): Node | null {
  try {
    const node = parseExpressionAt(input, 0, {...acornOptions, locations: true}) as Node & {
      id?: unknown;
    };
    if (parse(input.slice(node.end), acornOptions).body.length > 0) return null; // only comments may follow
    if ((node.type === "FunctionExpression" || node.type === "ClassExpression") && node.id)
      return null;
    return node;
  } catch {
    return null;
  }
}

type Pattern = Node & {
  type: string;
  name?: string;
  properties?: Pattern[];
  value?: Pattern;
  elements?: (Pattern | null)[];
  argument?: Pattern;
  left?: Pattern;
};

/** Identifiers bound by a declaration pattern (`{a, b: [c, ...d]} = …` binds a, c, d). */
function patternNames(node: Pattern, out: string[] = []): string[] {
  switch (node.type) {
    case "Identifier":
      out.push(node.name!);
      break;
    case "ObjectPattern":
      for (const p of node.properties!) patternNames(p.type === "Property" ? p.value! : p, out);
      break;
    case "ArrayPattern":
      for (const e of node.elements!) if (e) patternNames(e, out);
      break;
    case "RestElement":
      patternNames(node.argument!, out);
      break;
    case "AssignmentPattern":
      patternNames(node.left!, out);
      break;
  }
  return out;
}

/** Top-level names a program cell declares: these become the cell's outputs. */
function declaredNames(program: Program): string[] {
  const names: string[] = [];
  for (const statement of program.body) {
    if (statement.type === "VariableDeclaration")
      for (const d of statement.declarations) patternNames(d.id as Pattern, names);
    else if (
      (statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration") &&
      statement.id
    )
      names.push(statement.id.name);
    else if (statement.type === "ImportDeclaration")
      for (const s of statement.specifiers) names.push(s.local.name);
    else if (
      statement.type === "ExportNamedDeclaration" ||
      statement.type === "ExportDefaultDeclaration" ||
      statement.type === "ExportAllDeclaration"
    ) {
      throw new CellSyntaxError(
        "Unexpected token 'export' (cells cannot export)",
        statement.loc?.start.line,
        (statement.loc?.start.column ?? 0) + 1
      );
    }
  }
  return [...new Set(names)];
}

const isFunction = (n: Node): boolean =>
  n.type === "FunctionDeclaration" ||
  n.type === "FunctionExpression" ||
  n.type === "ArrowFunctionExpression";
const isFunctionScope = (n: Node): boolean => isFunction(n) || n.type === "Program";
const isBlockScope = (n: Node): boolean =>
  isFunctionScope(n) ||
  [
    "BlockStatement",
    "SwitchStatement",
    "ForStatement",
    "ForInStatement",
    "ForOfStatement",
    "StaticBlock"
  ].includes(n.type);

/** Names read but not bound anywhere in the cell: the cell's inputs (standard globals left out). */
function freeNames(root: Node): string[] {
  const scopes = new Map<Node, Set<string>>();
  const bind = (scope: Node | undefined, names: string[]): void => {
    if (!scope) return;
    const set = scopes.get(scope) ?? new Set<string>();
    for (const name of names) set.add(name);
    scopes.set(scope, set);
  };
  const nearest = (
    parents: Node[],
    test: (n: Node) => boolean,
    skipSelf: boolean
  ): Node | undefined => {
    for (let i = parents.length - (skipSelf ? 2 : 1); i >= 0; --i)
      if (test(parents[i])) return parents[i];
    return undefined;
  };
  const bindFunction = (node: Node & {params: Node[]; id?: {name: string} | null}): void => {
    bind(
      node,
      node.params.flatMap((p) => patternNames(p as Pattern))
    );
    if (node.type === "FunctionExpression" && node.id) bind(node, [node.id.name]);
    if (node.type !== "ArrowFunctionExpression") bind(node, ["arguments"]);
  };
  ancestor(root, {
    VariableDeclaration(node, _, parents) {
      const scope = nearest(parents, node.kind === "var" ? isFunctionScope : isBlockScope, true);
      bind(
        scope,
        node.declarations.flatMap((d) => patternNames(d.id as Pattern))
      );
    },
    FunctionDeclaration(node, _, parents) {
      if (node.id) bind(nearest(parents, isFunctionScope, true), [node.id.name]);
      bindFunction(node);
    },
    FunctionExpression: bindFunction,
    ArrowFunctionExpression: bindFunction,
    ClassDeclaration(node, _, parents) {
      if (node.id) bind(nearest(parents, isBlockScope, true), [node.id.name]);
    },
    ClassExpression(node) {
      if (node.id) bind(node, [node.id.name]);
    },
    CatchClause(node) {
      if (node.param) bind(node, patternNames(node.param as Pattern));
    },
    ImportDeclaration(node) {
      bind(
        root,
        node.specifiers.map((s) => s.local.name)
      );
    }
  });
  const free = new Set<string>();
  const visit = (node: Node, parents: Node[]): void => {
    const name = (node as Node & {name: string}).name;
    if (GLOBALS.has(name)) return;
    for (let i = parents.length - 2; i >= 0; --i) if (scopes.get(parents[i])?.has(name)) return;
    free.add(name);
  };
  ancestor(root, {
    Identifier: (node, _, parents) => visit(node, parents),
    Pattern(node, _, parents) {
      if (node.type === "Identifier") visit(node, parents);
    }
  });
  return [...free];
}

/** Loops whose bodies get a guard call: every iteration checks the time budget. */
const LOOPS = new Set([
  "ForStatement",
  "ForInStatement",
  "ForOfStatement",
  "WhileStatement",
  "DoWhileStatement"
]);

function guardEdits(root: Node): Edit[] {
  const edits: Edit[] = [];
  simple(root, {
    Statement(node) {
      if (!LOOPS.has(node.type)) return;
      const body = (node as Node & {body: Node}).body;
      if (body.type === "BlockStatement")
        edits.push({at: body.start + 1, end: body.start + 1, text: `${GUARD}();`});
      else {
        edits.push({at: body.start, end: body.start, text: `{${GUARD}();`});
        edits.push({at: body.end, end: body.end, text: "}"});
      }
    }
  });
  return edits;
}

type ImportNode = Node & {source: Node & {type: string; value?: unknown}};

function importEdits(
  program: Node,
  resolve: (specifier: string) => string
): {edits: Edit[]; header: string} {
  const edits: Edit[] = [];
  const bindings: string[] = [];
  const loads: string[] = [];
  simple(program, {
    ImportDeclaration(node) {
      const url = resolve(String(node.source.value));
      edits.push({at: node.start, end: node.end, text: ""});
      const named = node.specifiers.filter((s) => s.type !== "ImportNamespaceSpecifier");
      const namespace = node.specifiers.find((s) => s.type === "ImportNamespaceSpecifier") as
        {local: {name: string}} | undefined;
      bindings.push(
        named.length
          ? `{${named
              .map((s) => {
                if (s.type !== "ImportSpecifier") return `default: ${s.local.name}`;
                const imported =
                  s.imported.type === "Identifier"
                    ? s.imported.name
                    : JSON.stringify(s.imported.value);
                return imported === s.local.name ? imported : `${imported}: ${s.local.name}`;
              })
              .join(", ")}}`
          : (namespace?.local.name ?? "{}")
      );
      loads.push(`import(${JSON.stringify(url)})`);
    },
    ImportExpression(node) {
      const source = (node as ImportNode).source;
      if (source.type === "Literal" && typeof source.value === "string") {
        edits.push({
          at: source.start,
          end: source.end,
          text: JSON.stringify(resolve(source.value))
        });
      }
    }
  });
  const header =
    loads.length === 0
      ? ""
      : loads.length === 1
        ? `const ${bindings[0]} = await ${loads[0]};`
        : `const [${bindings.join(", ")}] = await Promise.all([${loads.join(", ")}]);`;
  return {edits, header};
}

/** Applies non-overlapping edits from the end, so earlier offsets stay valid (closing braces before openings). */
function applyEdits(input: string, edits: Edit[]): string {
  const sorted = [...edits].sort(
    (a, b) => b.at - a.at || (a.text === "}" ? 1 : 0) - (b.text === "}" ? 1 : 0)
  );
  let out = input;
  for (const e of sorted) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  return out;
}

/**
 * Compiles a cell's JavaScript: for a `ts` cell, pass its code after stripTypes (typescript.ts). `js` cells that are a
 * single expression display their value (Framework's implicit display); `ts` cells never do (esbuild turns them into
 * programs). Every loop body starts with a call to the guard. Throws CellSyntaxError for bad code, and whatever
 * `resolveImport` throws for a module the page cannot load.
 */
export function compileCell(
  code: string,
  lang: "js" | "ts",
  {resolveImport}: CompileOptions
): CompiledCell {
  const expression = lang === "js" ? asExpression(code) : null;
  let root: Node;
  try {
    root = expression ?? parse(code, {...acornOptions, locations: true});
  } catch (error) {
    throw syntaxError(error);
  }
  const outputs = expression ? [] : declaredNames(root as Program);
  const inputs = freeNames(root);
  const {edits, header} = importEdits(root, resolveImport);
  let body = applyEdits(code, [...edits, ...guardEdits(root)]);
  if (expression && !inputs.includes("display") && !inputs.includes("view")) {
    inputs.push("display");
    body = `display(await(\n${body}\n))`;
  }
  const tail = outputs.length ? `\nreturn {${outputs.join(", ")}};` : "";
  return {
    inputs,
    outputs,
    expression: !!expression,
    body: `async (${inputs.join(", ")}) => {\n${header}${header ? "\n" : ""}${body}${tail}\n}`
  };
}

/** Evaluates a compiled body into a function, with the loop guard bound (no other outside names are visible). */
export function instantiate(
  compiled: CompiledCell,
  guard: () => void,
  sourceURL = "cell.js"
): (...inputs: unknown[]) => Promise<unknown> {
  return new Function(GUARD, `return (${compiled.body});\n//# sourceURL=${sourceURL}`)(guard);
}

/** The modules a cell's JavaScript imports, in the order Framework's build lists them: static, then literal `import()`s. */
export function importSpecifiers(code: string): string[] {
  const root = asExpression(code) ?? parse(code, acornOptions);
  const statics: string[] = [];
  const dynamics: string[] = [];
  simple(root, {
    ImportDeclaration: (node) => void statics.push(String(node.source.value)),
    ImportExpression(node) {
      const s = (node as ImportNode).source;
      if (s.type === "Literal" && typeof s.value === "string") dynamics.push(s.value);
    }
  });
  return [...statics, ...dynamics];
}

/**
 * One key per module whatever way a cell names it: paths resolved against the page (`../../src/x.js` and `/src/x.js`
 * from `/deep-dive/page` are both `/src/x.js`), package names as written.
 */
export function importKey(specifier: string, pagePath: string): string {
  return /^\.{0,2}\//.test(specifier)
    ? new URL(specifier, `file://${pagePath}`).pathname
    : specifier;
}
